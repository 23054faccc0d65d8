import { css, html, type TemplateResult } from 'lit';
import type { ScriptStrings } from './script-strings.js';

/** The parts of the studio: the objections, the call scripts, or what call logs say (Insights). */
export type StudioSection = 'objections' | 'scripts' | 'insights';

const SECTIONS: readonly StudioSection[] = ['objections', 'scripts', 'insights'];

/** The tab list's name, and each tab's. */
export type SectionLabels = { readonly sections: string } & Readonly<Record<StudioSection, string>>;

/** The labels of the tabs: those of the scripts' words, and the Insights tab's. */
export function sectionLabels({ sections, objectionsTab, scriptsTab }: ScriptStrings, insights: string): SectionLabels {
  return { sections, objections: objectionsTab, scripts: scriptsTab, insights };
}

/** The id of a section's tab and of its panel, for `aria-controls` and `aria-labelledby`. */
export const tabId = (section: StudioSection) => `${section}-tab`;
export const panelId = (section: StudioSection) => `${section}-panel`;

/**
 * The tabs between the objections, the scripts and the insights, by the WAI-ARIA tabs pattern: one tab stop, the
 * arrow keys (and Home, End) move between the tabs and choose the one they reach.
 */
export function sectionTabs(current: StudioSection, label: SectionLabels, choose: (section: StudioSection) => void): TemplateResult {
  const keydown = (event: KeyboardEvent) => {
    const at = SECTIONS.indexOf(current);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: SECTIONS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const section = SECTIONS[(to + SECTIONS.length) % SECTIONS.length]!;
    choose(section);
    const tabs = (event.currentTarget as HTMLElement).parentElement;
    // Drawn again with the new tab selected: the focus follows it.
    void Promise.resolve().then(() => requestAnimationFrame(() => tabs?.querySelector<HTMLElement>(`#${tabId(section)}`)?.focus()));
  };
  return html`<div class="section-tabs" role="tablist" aria-label=${label.sections}>
    ${SECTIONS.map(
      (section) => html`<button
        type="button"
        role="tab"
        id=${tabId(section)}
        aria-selected=${section === current ? 'true' : 'false'}
        aria-controls=${panelId(section)}
        tabindex=${section === current ? '0' : '-1'}
        @click=${() => choose(section)}
        @keydown=${keydown}
      >
        ${label[section]}
      </button>`,
    )}
  </div>`;
}

export const sectionTabsStyles = css`
  .section-tabs {
    display: flex;
    gap: 4px;
    padding: 10px 20px 0;
    border-bottom: 1px solid var(--_border);
  }

  .section-tabs [role='tab'] {
    border-radius: 8px 8px 0 0;
    border-bottom: 0;
    margin-bottom: -1px;
  }

  .section-tabs [role='tab'][aria-selected='true'] {
    background: var(--_surface);
    border-color: var(--_border);
    border-bottom: 1px solid var(--_surface);
    font-weight: 700;
  }

  [role='tabpanel'][hidden] {
    display: none;
  }

  .scripts-panel,
  .insights-panel {
    padding: 12px 20px 24px;
  }
`;
