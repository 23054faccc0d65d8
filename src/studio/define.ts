import '../element/define.js';
import { InsightsPanel } from './insights.component.js';
import { ObjectionEditor } from './objection-editor.component.js';
import { ObjectionList } from './objection-list.component.js';
import { ObjectionStudio } from './objection-studio.component.js';
import { PhraseTester } from './phrase-tester.component.js';
import { ProblemList } from './problem-list.component.js';
import { ScriptEditor } from './script-editor.component.js';
import { ScriptStudio } from './script-studio.component.js';

// The preview is the real <objection-desk> from this codebase (imported above), so what the studio shows is
// what the widget of the same version does.
const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['objection-studio', ObjectionStudio],
  ['objection-studio-list', ObjectionList],
  ['objection-studio-editor', ObjectionEditor],
  ['objection-studio-problems', ProblemList],
  ['objection-studio-tester', PhraseTester],
  ['objection-studio-scripts', ScriptStudio],
  ['objection-studio-script-editor', ScriptEditor],
  ['objection-studio-insights', InsightsPanel],
];

for (const [name, constructor] of ELEMENTS) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'objection-studio': ObjectionStudio;
    'objection-studio-list': ObjectionList;
    'objection-studio-editor': ObjectionEditor;
    'objection-studio-problems': ProblemList;
    'objection-studio-tester': PhraseTester;
    'objection-studio-scripts': ScriptStudio;
    'objection-studio-script-editor': ScriptEditor;
    'objection-studio-insights': InsightsPanel;
  }
}
