// A Vue app's typings: the types-only entry that adds <objection-desk> to Vue's GlobalComponents.
import type { GlobalComponents } from 'vue';
import type { ObjectionDeskVueComponent } from 'objection-desk/vue';

const component: GlobalComponents['objection-desk'] = {} as ObjectionDeskVueComponent;
export { component };
