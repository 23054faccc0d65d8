import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import type { CatalogInput, ObjectionDesk, ReplyCopyDetail, UiStrings } from '../../src/index.js';
import { copyButtons, deskFixture, objectionTitle, optionTitles, prepareGeneratedCatalog, press, root, search, searchBox } from './helpers.js';

/** What a German integrator would give: some of the interface texts, the count of results among them. */
const GERMAN_STRINGS: Partial<UiStrings> = {
  searchPlaceholder: 'Was hat der Kunde gesagt?',
  results: (count) => `${count} Treffer`,
  back: 'Zurück',
  copy: 'Kopieren',
  copied: 'Kopiert',
};

/** 3,000 generated objections make a 2.8 MB file; at 2 MB/s its loading line shows for a second and more. */
const SLOW_SRC = '/test-catalogs/generated/3000.json';

const germanCatalog = async (): Promise<CatalogInput> => (await fetch('/test-catalogs/german-catalog.json')).json();
const text = (desk: ObjectionDesk, selector: string) => root(desk).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<objection-desk> in a language of its own catalog (German)', () => {
  it('finds a German objection by a typo, opens it and copies its German reply, with German strings and English for the rest', async () => {
    const catalog = await germanCatalog();
    const desk = await deskFixture(html`<objection-desk locale="de" .catalog=${catalog} .strings=${GERMAN_STRINGS} .context=${{ clientName: 'Anna' }}></objection-desk>`);
    expect(searchBox(desk).placeholder).to.equal('Was hat der Kunde gesagt?');
    expect(text(desk, 'label[for="search"]')).to.equal('Search objections');

    await search(desk, 'gunstiger gefunden');
    await until(() => optionTitles(desk)[0] === 'Zu teuer', 'the German objection did not come first');
    await until(() => text(desk, '[role="status"]') === `${optionTitles(desk).length} Treffer`, 'the count was not announced in German');

    const selected = oneEvent(desk, 'objection-select');
    await press(desk, 'Enter');
    expect((await selected).detail).to.deep.equal({ id: 'zu-teuer' });
    expect(objectionTitle(desk)).to.equal('Zu teuer');
    expect(text(desk, '[part="back-button"]')).to.equal('Zurück');
    expect(text(desk, '#replies-heading')).to.equal('Replies');
    expect(text(desk, '[part="tip"]')).to.equal('Nicht sofort Rabatt anbieten: erst den Nutzen klären.');
    expect(root(desk).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de');
    await until(() => copyButtons(desk)[0] === root(desk).activeElement, 'the first reply did not get focus');

    const copied = oneEvent(desk, 'reply-copy');
    await press(desk, 'Enter');
    const detail: ReplyCopyDetail = (await copied).detail;
    expect(detail).to.include({ objectionId: 'zu-teuer', replyId: 'wert', copied: true });
    expect(detail.text).to.equal('Verstehe ich, Anna. Schauen wir gemeinsam, was im Preis enthalten ist, bevor wir über Zahlen reden.');
    expect(await navigator.clipboard.readText()).to.equal(detail.text);
    await desk.updateComplete;
    expect(copyButtons(desk)[0]!.textContent!.trim()).to.equal('Kopiert');
    await expect(desk).to.be.accessible();
  });

  it('words a catalog\'s notice with the page\'s strings too, though its texts come with the notice', async () => {
    const catalog = await germanCatalog();
    const strings: Partial<UiStrings> = { catalogProblems: (count) => `Der Zusatzkatalog hat ${count} Probleme.`, details: 'Einzelheiten' };
    const broken = { ...catalog, objections: [...(catalog as { objections: object[] }).objections, { id: 'Kaputt!' }] } as CatalogInput;
    const desk = await deskFixture(html`<objection-desk locale="de" .catalog=${broken} .strings=${strings}></objection-desk>`);
    await until(() => text(desk, '.notice-message'), 'no notice about the broken objection');
    expect(text(desk, '.notice-message')).to.match(/^Der Zusatzkatalog hat \d+ Probleme\.$/);
    expect(text(desk, '.notice-details summary')).to.equal('Einzelheiten');
    expect(root(desk).querySelector('.dismiss-button')!.getAttribute('aria-label')).to.equal('Dismiss');
  });

  it('writes the megabytes of a loading src file in the digits of the words around them: English without German texts, German in the page\'s', async () => {
    await prepareGeneratedCatalog(SLOW_SRC);
    const strings: Partial<UiStrings> = { catalogLoadingProgress: (loaded, total) => `Lade… ${loaded} von ${total} MB` };
    const box = await fixture<HTMLDivElement>(html`<div>
      <objection-desk locale="de"></objection-desk>
      <objection-desk locale="de" .strings=${strings}></objection-desk>
    </div>`);
    const desks = [...box.querySelectorAll('objection-desk')];
    // Every loading line each one shows, however briefly: a wait that polls could miss one.
    const shown = desks.map(() => new Set<string>());
    const observers = desks.map((desk, index) => {
      const observer = new MutationObserver(() => shown[index]!.add(text(desk, '[part="notice"]') ?? ''));
      observer.observe(root(desk), { childList: true, subtree: true, characterData: true });
      return observer;
    });
    for (const desk of desks) desk.src = `${SLOW_SRC}?mbps=2`;
    const progressIn = (index: number) => [...shown[index]!].filter((line) => /\d MB$/.test(line));
    try {
      await until(() => progressIn(0).length > 0 && progressIn(1).length > 0, 'no loading line with megabytes came');
    } finally {
      for (const observer of observers) observer.disconnect();
    }
    expect(progressIn(0)[0]).to.match(/^Loading the extra catalog… [12] of 2\.8 MB$/);
    expect(progressIn(1)[0]).to.match(/^Lade… [12] von 2,8 MB$/);
  });

  it('shows the built-in objections, which have no German, in English', async () => {
    const desk = await deskFixture(html`<objection-desk locale="de" .catalog=${await germanCatalog()}></objection-desk>`);
    await search(desk, 'ljhjuj');
    await until(() => optionTitles(desk)[0] === 'Too expensive / found it cheaper', 'the built-in objection was not shown in English');
    expect(searchBox(desk).placeholder).to.equal('What did the customer say?');
  });

  it('takes German from the page\'s lang="de-DE" for a German catalog', async () => {
    const desk = await deskFixture(html`<div lang="de-DE"><objection-desk .catalog=${await germanCatalog()}></objection-desk></div>`);
    await search(desk, 'keine zeit');
    await until(() => optionTitles(desk)[0] === 'Keine Zeit', 'the German title was not shown');
  });
});
