import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseLogRecords, type LogRecord } from '../../src/core/call-log.js';
import { outcomeReport } from '../../src/core/outcome-report.js';
import type { CatalogInput, ObjectionDesk, ObjectionDetectDetail, ReplyCopyDetail, ReplyOutcomeDetail } from '../../src/index.js';
import { paneStrings } from '../../src/element/templates/pane-text.js';
import { uiStrings } from '../../src/element/i18n.js';
import { until } from '../browser-wait.js';
import { clearCallLog, copyButtons, focused, objectionTitle, openFirst, root } from './helpers.js';
import '../../src/element/define.js';

const RU = paneStrings('ru', uiStrings('ru'));
const CALL_CONTEXT = JSON.stringify({ clientName: 'Анна', productName: 'Acer Aspire 5' });

const card = (desk: ObjectionDesk) => root(desk).querySelector<HTMLElement>('[part="suggestion"]');
const suggested = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('.suggestion-open')];
const suggestedTitles = (desk: ObjectionDesk) => suggested(desk).map((button) => button.querySelector('.suggestion-title')!.textContent!.trim());
const said = (desk: ObjectionDesk) => root(desk).querySelector('[role="status"]')?.textContent?.trim();
const marks = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLButtonElement>('[part="outcome-button"]')];

/** A CRM page: call notes with the caret in them, and the widget in a sidebar 320 px wide. */
async function crmPage(locale = 'ru'): Promise<{ notes: HTMLTextAreaElement; desk: ObjectionDesk }> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <label>Call notes <textarea id="notes">Customer hesitates.</textarea></label>
    <aside style="width: 320px"></aside>
  </div>`);
  page.querySelector('aside')!.innerHTML = `<objection-desk locale="${locale}" context='${CALL_CONTEXT}'></objection-desk>`;
  const desk = page.querySelector<ObjectionDesk>('objection-desk')!;
  await desk.updateComplete;
  const notes = page.querySelector('textarea')!;
  notes.focus();
  notes.setSelectionRange(notes.value.length, notes.value.length);
  return { notes, desk };
}

/** What the page was told of `objection-detect`, from now on. */
function detections(desk: ObjectionDesk): ObjectionDetectDetail[] {
  const heard: ObjectionDetectDetail[] = [];
  desk.addEventListener('objection-detect', (event) => heard.push(event.detail));
  return heard;
}

/** The records `exportLog()` gives, once it has one of each kind in `kinds`. */
async function logged(desk: ObjectionDesk, kinds: readonly LogRecord['kind'][]): Promise<LogRecord[]> {
  let records: LogRecord[] = [];
  await until(async () => {
    records = parseLogRecords(await desk.exportLog(), 'export').records;
    return kinds.every((kind) => records.some((record) => record.kind === kind));
  }, `the log did not get ${kinds.join(', ')} records`);
  return records;
}

beforeEach(clearCallLog);

describe('<objection-desk> hear()', () => {
  it('suggests "expensive" for a customer\'s price line while the operator types notes; Alt+1 opens it, and its copy and "worked" mark are logged and reported', async () => {
    const { notes, desk } = await crmPage();
    const heard = detections(desk);
    const copies: ReplyCopyDetail[] = [];
    const outcomes: ReplyOutcomeDetail[] = [];
    desk.addEventListener('reply-copy', (event) => copies.push(event.detail));
    desk.addEventListener('reply-outcome', (event) => outcomes.push(event.detail));

    await desk.hear('ну эээ дороговато у вас как-то', { speaker: 'customer' });
    await nextFrame();
    expect(suggestedTitles(desk)).to.deep.equal(['Дорого / нашёл дешевле']);
    expect(card(desk)!.textContent).to.contain('Похоже на:').and.contain('Alt+1');
    expect(suggested(desk)[0]!.getAttribute('aria-keyshortcuts')).to.equal('Alt+1');
    expect(document.activeElement, 'the suggestion took no focus').to.equal(notes);
    expect(said(desk)).to.equal('Похоже на: Дорого / нашёл дешевле — Alt+1, чтобы открыть');
    expect(heard).to.deep.equal([{ id: 'expensive', confidence: heard[0]!.confidence, text: 'ну эээ дороговато у вас как-то' }]);
    expect(heard[0]!.confidence).to.be.within(0.4, 1);
    await expect(desk).to.be.accessible();

    // The operator goes on typing in the notes.
    await sendKeys({ type: ' Wants a discount.' });
    expect(notes.value).to.equal('Customer hesitates. Wants a discount.');
    expect(document.activeElement).to.equal(notes);

    await sendKeys({ press: 'Alt+Digit1' });
    await until(() => objectionTitle(desk) === 'Дорого / нашёл дешевле', 'Alt+1 did not open the suggestion');
    expect(notes.value, 'Alt+1 typed nothing in the notes').to.equal('Customer hesitates. Wants a discount.');
    expect(card(desk), 'the card goes once its suggestion is opened').to.equal(null);
    await until(() => focused(desk) === copyButtons(desk)[0], 'the opened objection did not get focus');

    copyButtons(desk)[0]!.click();
    await until(() => marks(desk).length === 2, 'the copied reply offered no marks');
    marks(desk)[0]!.click();
    expect(marks(desk)[0]!.textContent!.trim()).to.equal(RU.worked);
    expect(copies.map(({ objectionId }) => objectionId)).to.deep.equal(['expensive']);
    expect(outcomes).to.deep.equal([{ objectionId: 'expensive', replyId: copies[0]!.replyId, outcome: 'worked', query: '' }]);

    const records = await logged(desk, ['detect', 'open', 'copy', 'outcome']);
    expect(records.map(({ kind }) => kind)).to.deep.equal(['detect', 'open', 'copy', 'outcome']);
    expect(records[0]).to.include({ kind: 'detect', objectionId: 'expensive', confidence: heard[0]!.confidence });
    expect(records[1]).to.include({ kind: 'open', objectionId: 'expensive', via: 'detect', query: '' });
    expect(JSON.stringify(records), 'the customer\'s words are never logged').not.to.contain('дороговато');
    // What `objection-desk report` prints, from the same core function.
    const [row] = outcomeReport(records).objections;
    expect(row).to.include({ objectionId: 'expensive', opens: 1, copies: 1, worked: 1, failed: 0, detected: 1, openedAfterDetection: 1 });
  });

  it('prepares on an empty line, which suggests nothing', async () => {
    const { notes, desk } = await crmPage();
    await desk.hear('', { speaker: 'customer' });
    await nextFrame();
    expect(card(desk)).to.equal(null);
    await desk.hear('слишком дорого', { speaker: 'customer' });
    await nextFrame();
    expect(suggestedTitles(desk)).to.deep.equal(['Дорого / нашёл дешевле']);
    expect(document.activeElement).to.equal(notes);
  });

  it('never suggests from the operator\'s lines, nor from plain call talk', async () => {
    const { notes, desk } = await crmPage();
    const heard = detections(desk);
    await desk.hear('понимаю что дорого но у нас скидка', { speaker: 'operator' });
    await desk.hear('да записывайте улица ленина дом пять квартира двенадцать', { speaker: 'customer' });
    await desk.hear('алло здравствуйте да это анна', { speaker: 'customer' });
    await nextFrame();
    expect(card(desk)).to.equal(null);
    expect(heard).to.deep.equal([]);
    expect(document.activeElement).to.equal(notes);
  });

  it('does not suggest the same objection twice in a row, but again once something else was said', async () => {
    const { desk } = await crmPage();
    const heard = detections(desk);
    await desk.hear('дорого у вас', { speaker: 'customer' });
    await desk.updateComplete;
    root(desk).querySelector<HTMLButtonElement>('.suggestion-dismiss')!.click();
    await desk.updateComplete;
    expect(card(desk), '× dismisses the card').to.equal(null);
    await desk.hear('ну всё равно дороговато', { speaker: 'customer' });
    await desk.hear('да улица ленина дом пять', { speaker: 'customer' });
    await desk.hear('слишком дорого', { speaker: 'customer' });
    await desk.updateComplete;
    expect(card(desk), 'plain talk in between is not something else').to.equal(null);
    await desk.hear('а доставка долго идёт', { speaker: 'customer' });
    await desk.hear('и всё-таки дорого', { speaker: 'customer' });
    await desk.updateComplete;
    expect(heard.map(({ id }) => id)).to.deep.equal(['expensive', 'delivery-too-long', 'expensive']);
    expect(suggestedTitles(desk)).to.deep.equal(['Дорого / нашёл дешевле']);
  });

  it('hears English and Turkish customers in their language; a click opens the suggestion; Escape on the card dismisses it', async () => {
    const en = await crmPage('en');
    await en.desk.hear('um yeah its kinda too expensive for me honestly', { speaker: 'customer' });
    await en.desk.updateComplete;
    expect(suggestedTitles(en.desk)[0]).to.equal('Too expensive / found it cheaper');
    suggested(en.desk)[0]!.click();
    await until(() => objectionTitle(en.desk) === 'Too expensive / found it cheaper', 'a click did not open the suggestion');

    const tr = await crmPage('tr');
    await tr.desk.hear('yani şey bu fiyat çok pahalı ya', { speaker: 'customer' });
    await tr.desk.updateComplete;
    expect(suggestedTitles(tr.desk)[0]).to.equal('Pahalı / daha ucuzunu buldum');
    suggested(tr.desk)[0]!.focus();
    await sendKeys({ press: 'Escape' });
    await tr.desk.updateComplete;
    expect(card(tr.desk)).to.equal(null);
    expect(focused(tr.desk), 'focus goes from the card to the search box').to.equal(root(tr.desk).querySelector('[part="input"]'));
  });

  it('matches interim fragments as they grow, and the final fragment replaces what the line suggested', async () => {
    const { desk } = await crmPage();
    const heard = detections(desk);
    await desk.hear('ну', { speaker: 'customer', final: false });
    await desk.updateComplete;
    expect(card(desk)).to.equal(null);
    await desk.hear('ну это дорого', { speaker: 'customer', final: false });
    await desk.updateComplete;
    expect(suggestedTitles(desk)).to.deep.equal(['Дорого / нашёл дешевле']);
    await desk.hear('ну это дорого для меня', { speaker: 'customer', final: false });
    await desk.hear('ну это не дорого просто доставка долгая', { speaker: 'customer', final: true });
    await desk.updateComplete;
    expect(suggestedTitles(desk)[0]).to.equal('Долгая доставка');
    expect(suggestedTitles(desk)).not.to.include('Дорого / нашёл дешевле');
    expect(heard.map(({ id }) => id), 'one event per objection and line').to.deep.equal(['expensive', 'delivery-too-long']);
  });

  it('shows only near-certain suggestions while a line is still being said, and what the whole line says once final', async () => {
    const { desk } = await crmPage();
    const heard = detections(desk);
    // Its first words sound like a question about delivery; the line is a complaint about its time.
    await desk.hear('а вот доставка', { speaker: 'customer', final: false });
    await desk.hear('а вот доставка кстати три дня', { speaker: 'customer', final: false });
    await desk.updateComplete;
    expect(card(desk)).to.equal(null);
    await desk.hear('а вот доставка кстати три дня это ну долго мне бы к пятнице уже', { speaker: 'customer' });
    await desk.updateComplete;
    expect(suggestedTitles(desk)).to.deep.equal(['Долгая доставка']);
    expect(heard.map(({ id }) => id)).to.deep.equal(['delivery-too-long']);
  });

  it('suggests two objections a line raises alike, Alt+2 opening the second, but not a far weaker one beside a likely one', async () => {
    const { notes, desk } = await crmPage();
    await desk.hear('у вас дорого и доставка слишком долгая', { speaker: 'customer' });
    await desk.updateComplete;
    expect([...suggestedTitles(desk)].sort()).to.deep.equal(['Долгая доставка', 'Дорого / нашёл дешевле']);
    const second = suggestedTitles(desk)[1]!;
    expect(document.activeElement).to.equal(notes);
    await sendKeys({ press: 'Alt+2' });
    await until(() => objectionTitle(desk) === second, `Alt+2 did not open "${second}"`);

    const english = (await crmPage('en')).desk;
    // "i had another look" alone sounds a little like call-back-later, beside a clear "too expensive".
    await english.hear('right so um i had another look and honestly it is a bit too expensive for me', { speaker: 'customer' });
    await english.updateComplete;
    expect(suggestedTitles(english)).to.deep.equal(['Too expensive / found it cheaper']);
  });

  it('logs an objection found by the search as found so, after a suggestion whose objection had left the catalogs', async () => {
    const { desk } = await crmPage();
    await desk.hear('ну эээ дороговато у вас как-то', { speaker: 'customer' });
    desk.catalog = { objections: [{ id: 'expensive', disabled: true }] } as CatalogInput;
    await desk.updateComplete;
    await sendKeys({ press: 'Alt+Digit1' });
    await openFirst(desk, 'подумаю');
    const records = await logged(desk, ['open']);
    expect(records.filter(({ kind }) => kind === 'open')).to.deep.equal([
      { ...records.find(({ kind }) => kind === 'open')!, objectionId: 'think-about-it', via: 'search', query: 'подумаю' },
    ]);
  });

  it('keeps a suggestion dismissed while the line that raised it is still being said', async () => {
    const { desk } = await crmPage();
    await desk.hear('слишком дорого', { speaker: 'customer', final: false });
    await desk.updateComplete;
    root(desk).querySelector<HTMLButtonElement>('.suggestion-dismiss')!.click();
    await desk.hear('слишком дорого для нас', { speaker: 'customer', final: false });
    await desk.hear('слишком дорого для нас сейчас', { speaker: 'customer' });
    await desk.updateComplete;
    expect(card(desk)).to.equal(null);
  });
});
