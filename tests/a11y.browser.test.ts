import { expect, fixture, html } from '@open-wc/testing';
import type { AxeResults, ElementContext } from 'axe-core';
import { until } from './browser-wait.js';
import type { ObjectionDesk } from '../src/index.js';
import type { ObjectionStudio } from '../src/studio/objection-studio.component.js';
import { demoFrame } from './element/demo-page.js';
import { deskFixture, loadFailing, NARROW, notice, openFirst, openNoticeDetails, options, root, search, WIDE } from './element/helpers.js';
import { button, editor, field, freshStorageKey, languageButton, list, noticeText, openFile, previewDesk, problemList, studioFixture, textOf, typeInto } from './studio/helpers.js';

// axe-core on every surface a user meets, in each state they meet it in: the widget (the embeddable part, in a
// box short enough for its results to scroll), the demo CRM page and the catalog studio. Only serious and
// critical violations fail: the bar, and the one the README promises.

type Axe = { run: (context: ElementContext) => Promise<AxeResults> };

const AXE_URL = '/node_modules/axe-core/axe.min.js';

/** axe-core in `frame` (this window by default), loaded once. */
async function axeIn(frame: Window = window): Promise<Axe> {
  const held = (frame as unknown as { axe?: Axe }).axe;
  if (held) return held;
  const script = frame.document.createElement('script');
  script.src = AXE_URL;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${AXE_URL} did not load`));
  });
  frame.document.head.append(script);
  await loaded;
  return (frame as unknown as { axe: Axe }).axe;
}

/** Fails with the rule ids, impact and targets of every serious or critical violation axe finds in `context`. */
async function expectNoSeriousViolations(context: Element | Document, frame: Window = window): Promise<void> {
  const axe = await axeIn(frame);
  const { violations } = await axe.run(context);
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const described = serious.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  expect(described, `serious or critical axe violations: ${described.join('; ')}`).to.deep.equal([]);
}

/** A widget in a box `width` px wide and short enough that its results scroll. */
async function shortDesk(width = NARROW): Promise<ObjectionDesk> {
  const desk = await deskFixture(html`<objection-desk locale="ru" style="height: 360px" .context=${{ clientName: 'Анна' }}></objection-desk>`, width);
  await until(() => options(desk).length > 5, 'the widget listed no objections');
  return desk;
}

const scroller = (desk: ObjectionDesk) => {
  const listbox = root(desk).querySelector<HTMLElement>('[role="listbox"]')!;
  for (let node: HTMLElement | null = listbox; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflowY !== 'visible') return node;
  }
  throw new Error('the results do not scroll');
};

describe('accessibility (axe-core, serious and critical)', () => {
  describe('<objection-desk>', () => {
    it('passes with the catalog listed, its list scrolling', async () => {
      const desk = await shortDesk();
      scroller(desk);
      await expectNoSeriousViolations(desk);
    });

    it('passes with the results scrolled to their end', async () => {
      const desk = await shortDesk();
      await search(desk, 'а');
      await until(() => options(desk).length > 3, 'nothing was found');
      const list = scroller(desk);
      list.scrollTop = list.scrollHeight;
      await expectNoSeriousViolations(desk);
    });

    it('passes with an objection open in a narrow widget', async () => {
      const desk = await shortDesk();
      await openFirst(desk, 'ljhjuj');
      await expectNoSeriousViolations(desk);
    });

    it('passes with an objection open beside the results in a wide widget', async () => {
      const desk = await shortDesk(WIDE);
      await openFirst(desk, 'ljhjuj');
      await expectNoSeriousViolations(desk);
    });

    it('passes with the notice of a src file that failed', async () => {
      const desk = await shortDesk();
      await loadFailing(desk, '/test-catalogs/status/404');
      await until(() => notice(desk), 'no notice came');
      await expectNoSeriousViolations(desk);
    });

    it('passes with the long list of a catalog’s problems open', async () => {
      const desk = await shortDesk();
      await loadFailing(desk, '/test-catalogs/hostile/02-million-zeros.json');
      await until(() => notice(desk), 'no notice came');
      await openNoticeDetails(desk);
      await expectNoSeriousViolations(desk);
    });

    it('passes with the loading line of a src catalog', async () => {
      const desk = await shortDesk();
      desk.src = '/test-catalogs/drip?ms=200';
      await until(() => root(desk).querySelector('.notice.loading'), 'no loading line came');
      await expectNoSeriousViolations(desk);
      desk.src = undefined;
    });
  });

  describe('the demo page', () => {
    async function demo(query: string): Promise<HTMLIFrameElement> {
      const frame = await demoFrame(query);
      const desk = frame.contentDocument!.querySelector('objection-desk') as ObjectionDesk;
      await until(() => desk.shadowRoot?.querySelectorAll('[role="option"]').length, 'the demo widget listed nothing');
      return frame;
    }

    for (const lang of ['ru', 'en', 'tr']) {
      it(`passes in the ${lang} sidebar layout`, async () => {
        const frame = await demo(`?lang=${lang}`);
        await expectNoSeriousViolations(frame.contentDocument!, frame.contentWindow!);
      });
    }

    it('passes in the wide layout with an objection open', async () => {
      const frame = await demo('?layout=wide');
      const desk = frame.contentDocument!.querySelector('objection-desk') as ObjectionDesk;
      desk.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
      await until(() => desk.shadowRoot!.querySelector('#objection-title'), 'no objection opened');
      await expectNoSeriousViolations(frame.contentDocument!, frame.contentWindow!);
    });
  });

  describe('the catalog studio', () => {
    const TITLES: Record<string, string> = { ru: 'Студия каталога', en: 'Catalog studio', tr: 'Katalog stüdyosu' };

    async function studioPage(locale: string): Promise<HTMLIFrameElement> {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/studio.html" style="width: 1280px; height: 900px"></iframe>`);
      await until(() => frame.contentDocument?.location.pathname === '/demo/studio.html' && frame.contentDocument.readyState === 'complete', 'the studio page did not load');
      const studio = frame.contentDocument!.querySelector('objection-studio') as ObjectionStudio;
      await until(() => studio.shadowRoot?.querySelector('.ui-locale'), 'the studio did not draw');
      languageButton(studio, locale.toUpperCase()).click();
      await studio.updateComplete;
      await until(() => previewDesk(studio).shadowRoot?.querySelectorAll('[role="option"]').length, 'the preview listed nothing');
      return frame;
    }

    for (const locale of ['ru', 'en', 'tr']) {
      it(`passes on its page in ${locale}, the page's language and title following`, async () => {
        const frame = await studioPage(locale);
        const page = frame.contentDocument!;
        await until(() => page.documentElement.lang === locale, `the page's lang is "${page.documentElement.lang}", not ${locale}`);
        expect(page.title).to.equal(`${TITLES[locale]} · objection-desk`);
        await expectNoSeriousViolations(page, frame.contentWindow!);
      });
    }

    it('passes as an element with a draft', async () => {
      const studio = await studioFixture(freshStorageKey());
      await until(() => previewDesk(studio).shadowRoot?.querySelectorAll('[role="option"]').length, 'the preview listed nothing');
      await expectNoSeriousViolations(studio);
    });

    it('passes with issue 14\'s tools in use: a file\'s notice, every problem and its fix, a new category, the list searched, the export question', async () => {
      const storageKey = freshStorageKey();
      const studio = await studioFixture(storageKey);
      await until(() => !button(studio.shadowRoot!, 'Open built-in catalog').disabled, 'the built-in catalog did not load');
      const tigger = await (await fetch('/tests/fixtures/studio/tigger.yaml')).text();
      await openFile(studio, 'tigger.yaml', tigger);
      await until(() => noticeText(studio).includes('Use "tigger" as "triggers"'), 'no notice with the field to use');
      button(list(studio), '+ New objection').click();
      await studio.updateComplete;
      await until(() => textOf(problemList(studio)).includes('not filled in yet'), 'the new objection is not listed as unfinished');
      button(problemList(studio), 'Check').click();
      await until(() => problemList(studio).querySelector('button.fix') !== null, 'no fix among the problems');
      const menu = field(editor(studio), 'Category') as unknown as HTMLSelectElement;
      menu.value = menu.options[menu.options.length - 1]!.value;
      menu.dispatchEvent(new Event('change'));
      await until(() => editor(studio).querySelector('.new-category input') !== null, 'the new category\'s name is not asked');
      await typeInto(list(studio).querySelector<HTMLInputElement>('input[type="search"]')!, 'new');
      await until(() => textOf(list(studio).querySelector('.filter-count')) !== '', 'the list search counts nothing');
      await expectNoSeriousViolations(studio);
      button(studio.shadowRoot!, 'Download JSON').click();
      await until(() => studio.shadowRoot!.querySelector<HTMLDialogElement>('dialog.export-question')?.open, 'no question before the export');
      await expectNoSeriousViolations(studio);
      localStorage.removeItem(storageKey);
      localStorage.removeItem(`${storageKey}:selected`);
    });
  });
});
