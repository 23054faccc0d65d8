import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import { builtinCatalog } from '../../src/core/index.js';
import { uiStrings } from '../../src/element/i18n.js';
import type { ObjectionDesk, ReplyCopyDetail } from '../../src/index.js';
import {
  NARROW,
  WIDE,
  activeOption,
  copyButtons,
  deskFixture,
  focused,
  objectionTitle,
  openFirst,
  optionTitles,
  options,
  press,
  replyText,
  root,
  search,
  searchBox,
} from './helpers.js';

const EXPENSIVE_RU = 'Дорого / нашёл дешевле';
const ANNA = { clientName: 'Анна', productName: 'пылесос' };
/** The replies "expensive" shows, in order: how many are its own, and the ids of all, follow-ups' included. */
function expensiveReplies(): { own: number; ids: string[] } {
  const expensive = builtinCatalog().objections.find((o) => o.id === 'expensive')!;
  const ids = [...expensive.replies, ...expensive.followUps.flatMap((f) => f.replies)].map((r) => r.id);
  return { own: expensive.replies.length, ids };
}

/**
 * Connects `desk` and resolves once it has settled, with the titles its first render listed. They are read as Lit
 * finishes that update, in which the element sends the engine its catalogs to load: the engine cannot have
 * answered yet. `duringFirstRender` runs then too, as an operator acting before the catalog has loaded.
 */
async function firstRenderTitles(desk: ObjectionDesk, duringFirstRender?: () => void): Promise<string[]> {
  let titles: string[] | undefined;
  desk.addController({
    hostUpdated: () => {
      if (titles) return;
      titles = optionTitles(desk);
      duringFirstRender?.();
    },
  });
  // An action in that update makes another, which Lit's development build warns about; here it is the point.
  const Desk = desk.constructor as typeof ObjectionDesk;
  if (duringFirstRender) Desk.disableWarning?.('change-in-update');
  try {
    const box = await fixture<HTMLDivElement>(html`<div style="width: ${NARROW}px"></div>`);
    box.append(desk);
    await desk.updateComplete;
  } finally {
    Desk.enableWarning?.('change-in-update');
  }
  return titles!;
}

/** Replaces a browser method for one test; the returned function puts it back. */
function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  // `console.warn` is an own property: deleting the stub would leave none.
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<K, unknown>)[key];
  };
}

describe('<objection-desk>', () => {
  describe('keyboard flow', () => {
    it('opens "expensive" for the wrong-layout query "ljhjuj" with Enter and copies a reply with the client name on Enter', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${ANNA}></objection-desk>`);
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
      expect(activeOption(desk)).to.equal(options(desk)[0]);

      const selected = oneEvent(desk, 'objection-select');
      await press(desk, 'Enter');
      expect((await selected).detail).to.deep.equal({ id: 'expensive' });
      await until(() => focused(desk) === copyButtons(desk)[0], 'the first reply did not get focus');
      expect(objectionTitle(desk)).to.equal(EXPENSIVE_RU);

      const copied = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      const detail: ReplyCopyDetail = (await copied).detail;
      expect(detail.objectionId).to.equal('expensive');
      expect(detail.replyId).to.equal('price-only-question');
      expect(detail.copied).to.equal(true);
      expect(detail.text).to.match(/^Анна, давайте уточню/);
      expect(detail.text).to.contain('в «пылесос» вас устраивает');
      expect(detail.text).not.to.contain('{');
      expect(await navigator.clipboard.readText()).to.equal(detail.text);
      await desk.updateComplete;
      expect(copyButtons(desk)[0]!.textContent!.trim()).to.equal('Скопировано');
    });

    it('does not copy anything with the Enter that opens an objection', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      let copies = 0;
      desk.addEventListener('reply-copy', () => copies++);
      await openFirst(desk, 'ljhjuj');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(copies).to.equal(0);
    });

    it('moves the active result with ArrowDown and ArrowUp, wrapping at both ends', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" limit="3"></objection-desk>`);
      await search(desk, 'цена');
      const all = options(desk);
      expect(all).to.have.length(3);
      const input = searchBox(desk);
      const activeIndex = () => all.indexOf(activeOption(desk)!);

      expect(activeIndex()).to.equal(0);
      await press(desk, 'ArrowDown');
      expect(activeIndex()).to.equal(1);
      expect(input.getAttribute('aria-activedescendant')).to.equal(all[1]!.id);
      await press(desk, 'ArrowDown');
      await press(desk, 'ArrowDown');
      expect(activeIndex()).to.equal(0);
      await press(desk, 'ArrowUp');
      expect(activeIndex()).to.equal(2);
      expect(input.getAttribute('aria-activedescendant')).to.equal(all[2]!.id);
      expect(all.filter((option) => option.getAttribute('aria-selected') === 'true')).to.have.length(1);
    });

    it('opens the result moved to with ArrowDown', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await search(desk, 'дорого');
      const second = optionTitles(desk)[1];
      await press(desk, 'ArrowDown');
      await press(desk, 'Enter');
      await until(() => objectionTitle(desk) === second, 'the second result did not open');
    });

    it('moves through all replies, follow-up replies included, with ArrowDown and ArrowUp and copies the highlighted one', async () => {
      // Every value the replies name is known, so the arrows go reply to reply (an empty field is a stop of its own).
      const context = { ...ANNA, storeName: 'ТехноДом', deliveryDays: 3, orderDiscount: '3%', loyaltyDiscount: '5%' };
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${context}></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      const buttons = copyButtons(desk);
      // "expensive": its own replies, then those of its follow-ups.
      const { own, ids } = expensiveReplies();
      const only = (index: number) => ids.map((_, i) => (i === index ? 0 : -1));
      expect(buttons).to.have.length(ids.length);
      expect(buttons.map((button) => button.tabIndex)).to.deep.equal(only(0));

      for (let i = 0; i < own; i++) await press(desk, 'ArrowDown');
      expect(focused(desk)).to.equal(buttons[own]);
      expect(buttons[own]!.closest('[part="reply"]')!.classList.contains('active')).to.equal(true);
      expect(buttons[own]!.closest('[part="follow-up"]')).not.to.equal(null);
      expect(buttons.map((button) => button.tabIndex)).to.deep.equal(only(own));

      for (let i = own; i < ids.length; i++) await press(desk, 'ArrowDown');
      expect(focused(desk), 'ArrowDown wraps to the first reply').to.equal(buttons[0]);
      await press(desk, 'ArrowUp');
      expect(focused(desk), 'ArrowUp wraps to the last reply').to.equal(buttons[ids.length - 1]);

      const copied = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      expect((await copied).detail.replyId).to.equal(ids[ids.length - 1]);
    });

    it('goes back with Escape to the search box with the query kept, and a second Escape clears it', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      await press(desk, 'Escape');
      await until(() => focused(desk) === searchBox(desk), 'focus did not return to the search box');
      expect(searchBox(desk).value).to.equal('ljhjuj');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
      expect(root(desk).querySelector('[part="listbox"]')!.getBoundingClientRect().height).to.be.greaterThan(0);

      await press(desk, 'Escape');
      expect(searchBox(desk).value).to.equal('');
      expect(root(desk).querySelectorAll('[role="group"]').length).to.be.greaterThan(1);
    });

    it('starts a new search when a letter is typed on a reply', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      await sendKeys({ type: 'c' });
      await until(() => focused(desk) === searchBox(desk), 'the search box did not get focus');
      await sendKeys({ type: 'rbl' });
      await desk.updateComplete;
      expect(searchBox(desk).value).to.equal('crbl');
      expect(optionTitles(desk)).to.include('Просит скидку');
    });

    it('ignores Enter while an input method is composing', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await search(desk, 'дорого');
      let selects = 0;
      desk.addEventListener('objection-select', () => selects++);
      searchBox(desk).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
      searchBox(desk).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true }));
      await desk.updateComplete;
      expect(selects).to.equal(0);
      expect(objectionTitle(desk)).to.equal(undefined);
    });

    it("never captures keys typed in the host page's own inputs", async () => {
      const page = await deskFixture(html`<div><input id="crm-note" /><objection-desk locale="ru"></objection-desk></div>`);
      const note = document.querySelector<HTMLInputElement>('#crm-note')!;
      let events = 0;
      page.addEventListener('objection-select', () => events++);
      note.focus();
      await sendKeys({ type: 'ljhjuj' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Escape' });
      await page.updateComplete;
      expect(note.value).to.equal('ljhjuj');
      expect(searchBox(page).value).to.equal('');
      expect(events).to.equal(0);
    });

    it('opens a result and copies a reply with the mouse', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${ANNA}></objection-desk>`);
      await search(desk, 'ljhjuj');
      const selected = oneEvent(desk, 'objection-select');
      options(desk)[0]!.click();
      expect((await selected).detail.id).to.equal('expensive');
      await desk.updateComplete;

      const copied = oneEvent(desk, 'reply-copy');
      copyButtons(desk)[1]!.click();
      expect((await copied).detail.replyId).to.equal('compare-whole-offer');

      const copiedByText = oneEvent(desk, 'reply-copy');
      root(desk).querySelector<HTMLElement>('.reply-text')!.click();
      expect((await copiedByText).detail.replyId).to.equal('price-only-question');
    });

    it('shows "Copied" on the copied reply for about two seconds', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${ANNA}></objection-desk>`);
      await openFirst(desk, 'expensive');
      // The button's text 1.5 s and 3 s after the copy, read by timers started in the task that copied, after the
      // element's own: timers run in the order they are due, however late a loaded machine runs them all.
      const buttonAt = (ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve(copyButtons(desk)[0]!.textContent!.trim()), ms));
      const later = new Promise<string[]>((resolve) => {
        desk.addEventListener('reply-copy', () => resolve(Promise.all([buttonAt(1500), buttonAt(3000)])), { once: true });
      });
      await press(desk, 'Enter');
      await until(() => copyButtons(desk)[0]!.textContent!.trim() === 'Copied', 'the reply did not show "Copied"');
      expect(root(desk).querySelector('[role="status"]')!.textContent).to.contain('Copied');
      const [afterOneAndAHalf, afterThree] = await later;
      expect(afterOneAndAHalf).to.equal('Copied');
      expect(afterThree, 'the Copied state did not end').to.equal('Copy');
    });

    it('falls back to execCommand("copy") when the Clipboard API refuses', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${ANNA}></objection-desk>`);
      await openFirst(desk, 'expensive');
      const commands: string[] = [];
      const restoreClipboard = stub(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const restoreExec = stub(document, 'execCommand', (command: string) => {
        commands.push(command);
        return true;
      });
      try {
        const copied = oneEvent(desk, 'reply-copy');
        await press(desk, 'Enter');
        expect((await copied).detail.copied).to.equal(true);
        expect(commands).to.deep.equal(['copy']);
        expect(focused(desk), 'focus stays on the reply').to.equal(copyButtons(desk)[0]);
      } finally {
        restoreClipboard();
        restoreExec();
      }
    });

    it('selects the reply text for manual copy and says so when the clipboard cannot be used at all', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${ANNA}></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      const restoreClipboard = stub(navigator.clipboard, 'writeText', () => Promise.reject(new Error('no')));
      const restoreExec = stub(document, 'execCommand', () => false);
      try {
        const copied = oneEvent(desk, 'reply-copy');
        await press(desk, 'Enter');
        const { detail } = await copied;
        expect(detail.copied).to.equal(false);
        await desk.updateComplete;
        const manual = root(desk).querySelector<HTMLTextAreaElement>('.manual-copy')!;
        expect(focused(desk)).to.equal(manual);
        expect(manual.value).to.equal(detail.text);
        expect(manual.value.slice(manual.selectionStart, manual.selectionEnd)).to.equal(detail.text);
        expect(root(desk).querySelector('.reply-status')!.textContent).to.match(/текст выделен, нажмите (Ctrl\+C|⌘C)/);
      } finally {
        restoreClipboard();
        restoreExec();
      }
    });
  });

  describe('results', () => {
    it('shows the whole catalog grouped by category while nothing is typed', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      const groups = [...root(desk).querySelectorAll('[role="listbox"] > [role="group"]')];
      const labels = groups.map((group) => root(desk).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim());
      expect(labels).to.include.members(['Цена', 'Доверие']);
      expect(options(desk)).to.have.length(desk.objectionCount);
      expect(searchBox(desk).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('highlights the matched part of the title', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await search(desk, 'too expensive');
      const marks = [...options(desk)[0]!.querySelectorAll('mark[part="highlight"]')].map((mark) => mark.textContent);
      expect(optionTitles(desk)[0]).to.equal('Too expensive / found it cheaper');
      expect(marks.join(' ').toLowerCase()).to.contain('expensive');
    });

    it('shows the matched phrase in a second line when it is not the title', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await search(desk, 'у вас дорого');
      const match = options(desk)[0]!.querySelector('.option-match')!;
      expect(match.textContent).to.match(/^«.*у вас дорого.*»$/);
      expect(match.querySelector('mark')).not.to.equal(null);
    });

    it('previews a matched reply with its placeholders filled from the context', async () => {
      const catalog = {
        locale: 'ru',
        objections: [
          { id: 'warranty', title: 'Гарантия', triggers: ['а гарантия есть'], replies: [{ text: '{clientName}, талон приедет вместе с {productName}.' }] },
        ],
      };
      const desk = await deskFixture(
        html`<objection-desk locale="ru" no-builtin .catalog=${catalog} .context=${{ clientName: 'Анна' }}></objection-desk>`,
      );
      await search(desk, 'талон');
      const match = options(desk)[0]!.querySelector('.option-match')!;
      expect(match.textContent).to.equal('«Анна, талон приедет вместе с {productName}.»');
      expect(match.querySelector('mark')!.textContent).to.equal('талон');
    });

    it('says so when nothing is found', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      await search(desk, 'qqqqzzzzxxxx');
      expect(options(desk)).to.have.length(0);
      expect(root(desk).querySelector('.empty-results')!.textContent).to.contain('Nothing found');
      expect(searchBox(desk).getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows at most `limit` results', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" limit="2"></objection-desk>`);
      await search(desk, 'а');
      expect(options(desk).length).to.be.at.most(2);
    });

    it('announces the result count only when it changes', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" limit="1"></objection-desk>`);
      const live = root(desk).querySelector('[role="status"]')!;
      let changes = 0;
      new MutationObserver(() => changes++).observe(live, { childList: true, characterData: true, subtree: true });
      await search(desk, 'дорого');
      await new Promise((resolve) => setTimeout(resolve));
      expect(live.textContent!.trim()).to.equal('1 результат');
      expect(changes).to.equal(1);
    });

    it('words result counts with the plural forms of each language', () => {
      const ru = uiStrings('ru');
      expect([1, 2, 5, 21, 22, 25, 11].map(ru.results)).to.deep.equal([
        '1 результат',
        '2 результата',
        '5 результатов',
        '21 результат',
        '22 результата',
        '25 результатов',
        '11 результатов',
      ]);
      expect([1, 5].map(uiStrings('en').results)).to.deep.equal(['1 result', '5 results']);
      expect([1, 5].map(uiStrings('tr').results)).to.deep.equal(['1 sonuç', '5 sonuç']);
    });
  });

  describe('before the built-in catalog has loaded', () => {
    it("shows the built-in catalog's list in its first render, before the catalog chunk has loaded", async () => {
      const desk = document.createElement('objection-desk');
      desk.locale = 'ru';
      const first = await firstRenderTitles(desk);
      expect(first).to.have.length(builtinCatalog().objections.length);
      expect(first[0]).to.equal(EXPENSIVE_RU);
      // The catalog, once loaded, lists the same titles in the same order: nothing moves.
      expect(optionTitles(desk)).to.deep.equal(first);
      expect(desk.objectionCount).to.equal(first.length);
    });

    it('opens the objection chosen from the first list once the catalog has loaded', async () => {
      const desk = document.createElement('objection-desk');
      desk.locale = 'en';
      let chosen: string | undefined;
      let openedAtOnce: string | undefined;
      await firstRenderTitles(desk, () => {
        const option = options(desk)[2]!;
        chosen = option.querySelector('.option-title')!.textContent!.trim();
        option.click();
        openedAtOnce = objectionTitle(desk);
      });
      expect(openedAtOnce, 'opened before the catalog had loaded').to.equal(undefined);
      await until(() => objectionTitle(desk) === chosen, `"${chosen}" did not open`);
      expect(copyButtons(desk).length).to.be.greaterThan(0);
      await until(() => focused(desk) === copyButtons(desk)[0], 'the first reply did not get focus');
    });

    it('opens the objection chosen with the keyboard from the first list once the catalog has loaded', async () => {
      const desk = document.createElement('objection-desk');
      desk.locale = 'en';
      let chosen: string | undefined;
      await firstRenderTitles(desk, () => {
        const key = (name: string) =>
          searchBox(desk).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
        key('ArrowDown');
        key('ArrowDown');
        key('Enter');
        chosen = options(desk)[1]!.querySelector('.option-title')!.textContent!.trim();
      });
      await until(() => objectionTitle(desk) === chosen, `"${chosen}" did not open`);
    });

    it('searches what is typed in the first list, before the search engine has started', async () => {
      const desk = document.createElement('objection-desk');
      desk.locale = 'ru';
      await firstRenderTitles(desk, () => {
        searchBox(desk).value = 'ljhjuj';
        searchBox(desk).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      });
      await until(() => optionTitles(desk)[0] === EXPENSIVE_RU, `"ljhjuj" listed ${optionTitles(desk).join(', ')}`);
      expect(optionTitles(desk).length).to.be.lessThan(builtinCatalog().objections.length);
    });

    it('starts its search engine by itself once the first list is painted', async () => {
      const desk = document.createElement('objection-desk');
      desk.locale = 'ru';
      await firstRenderTitles(desk);
      // Settled with no action of the test's: the engine started, loaded the catalog and searches it.
      expect(desk.objectionCount).to.equal(builtinCatalog().objections.length);
      searchBox(desk).value = 'дорого';
      searchBox(desk).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await desk.updateComplete;
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE_RU);
    });

    it('lists nothing of the built-in catalog first when it is left out or another catalog changes the list', async () => {
      const catalog = { locale: 'en', objections: [{ id: 'own', title: 'Our own objection', triggers: ['own'], replies: [{ text: 'Yes.' }] }] };
      const withoutBuiltin = document.createElement('objection-desk');
      withoutBuiltin.noBuiltin = true;
      withoutBuiltin.catalog = catalog;
      expect(await firstRenderTitles(withoutBuiltin)).to.deep.equal([]);
      expect(optionTitles(withoutBuiltin)).to.deep.equal(['Our own objection']);
      const merged = document.createElement('objection-desk');
      merged.locale = 'en';
      merged.catalog = catalog;
      expect(await firstRenderTitles(merged)).to.deep.equal([]);
      expect(optionTitles(merged)).to.include('Our own objection');
    });
  });

  describe('placeholders', () => {
    it('fills placeholders from the context', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${ANNA}></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      expect(replyText(desk, 0)).to.match(/^Анна, давайте уточню/);
      const firstReply = root(desk).querySelector('[part="reply"]')!;
      expect(firstReply.querySelector('[part="placeholder"]')).to.equal(null);
    });

    it('turns a placeholder the context lacks into a marked field, and copies what is typed into it', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${{ productName: 'пылесос' }}></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      const field = root(desk).querySelector<HTMLInputElement>('[part="reply"] [part="placeholder"]')!;
      expect(field.getAttribute('aria-label')).to.equal('имя клиента');
      expect(field.placeholder).to.equal('имя клиента');
      expect(getComputedStyle(field).borderTopStyle).to.equal('dashed');

      field.focus();
      await sendKeys({ type: 'Олег' });
      const copied = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      const { detail } = await copied;
      expect(detail.replyId).to.equal('price-only-question');
      expect(detail.text).to.match(/^Олег, давайте уточню/);
      expect(await navigator.clipboard.readText()).to.equal(detail.text);
    });

    it('copies a placeholder left empty as {name} at the second Enter and says which were left unfilled', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      const copied = oneEvent(desk, 'reply-copy');
      // The first Enter goes to the empty field (placeholders-keyboard.browser.test.ts); the second copies.
      await press(desk, 'Enter');
      await press(desk, 'Enter');
      const { detail } = await copied;
      expect(detail.text).to.match(/^\{clientName\}, давайте уточню/);
      expect(detail.text).to.contain('{productName}');
      await desk.updateComplete;
      expect(root(desk).querySelector('.reply-status')!.textContent!.trim()).to.equal('Скопировано без: имя клиента, товар');
      expect(root(desk).querySelector('[role="status"]')!.textContent).to.contain('Скопировано без: имя клиента, товар');
    });

    it('keeps what was typed into a reply when the operator opens another objection and comes back', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      root(desk).querySelector<HTMLInputElement>('[part="placeholder"]')!.focus();
      await sendKeys({ type: 'Олег' });
      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'скидка');
      expect(objectionTitle(desk)).to.equal('Просит скидку');
      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'ljhjuj');
      expect(root(desk).querySelector<HTMLInputElement>('[part="placeholder"]')!.value).to.equal('Олег');
    });

    it('fills a name typed into one reply into every reply, follow-ups and other objections included, and clears it everywhere', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${{ productName: 'пылесос' }}></objection-desk>`);
      const clientNameFields = () => [...root(desk).querySelectorAll<HTMLInputElement>('[part="placeholder"][data-name="clientName"]')];
      await openFirst(desk, 'ljhjuj');
      // "expensive": every reply, the follow-up replies included, asks for the client's name.
      const { ids } = expensiveReplies();
      expect(clientNameFields()).to.have.length(ids.length);
      clientNameFields()[0]!.focus();
      await sendKeys({ type: 'Анна' });
      await desk.updateComplete;
      expect(clientNameFields().map((field) => field.value)).to.deep.equal(ids.map(() => 'Анна'));
      expect(getComputedStyle(clientNameFields()[1]!).borderTopStyle, 'a filled field is no longer marked').to.equal('solid');

      const copiedFollowUp = oneEvent(desk, 'reply-copy');
      copyButtons(desk)[ids.indexOf('clarify-issues')]!.click();
      const followUp = (await copiedFollowUp).detail;
      expect(followUp.replyId).to.equal('clarify-issues');
      expect(followUp.text).to.contain('Анна');
      expect(followUp.text).not.to.contain('{clientName}');

      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'скидка');
      expect(objectionTitle(desk)).to.equal('Просит скидку');
      expect(clientNameFields().length).to.be.greaterThan(0);
      expect(clientNameFields().every((field) => field.value === 'Анна')).to.equal(true);
      const copiedOther = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      expect((await copiedOther).detail.text).to.contain('Анна');

      const field = clientNameFields()[0]!;
      field.focus();
      field.select();
      await press(desk, 'Backspace');
      expect(clientNameFields().every((other) => other.value === '')).to.equal(true);
      expect(getComputedStyle(clientNameFields()[1]!).borderTopStyle).to.equal('dashed');
      const copiedCleared = oneEvent(desk, 'reply-copy');
      // The first click on a reply with an empty field goes to the field; the second copies it as it is.
      copyButtons(desk)[0]!.click();
      await until(() => focused(desk) === clientNameFields()[0], 'the click did not go to the empty field');
      copyButtons(desk)[0]!.click();
      expect((await copiedCleared).detail.text).to.contain('{clientName}');
      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'ljhjuj');
      expect(clientNameFields().every((other) => other.value === '')).to.equal(true);
    });

    it('prefers the context value to a typed one while the context has it', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      root(desk).querySelector<HTMLInputElement>('[part="placeholder"][data-name="clientName"]')!.focus();
      await sendKeys({ type: 'Олег' });
      desk.context = { clientName: 'Мария' };
      await desk.updateComplete;
      expect(root(desk).querySelector('[part="placeholder"][data-name="clientName"]')).to.equal(null);
      expect(replyText(desk, 1)).to.match(/^Мария,/);
      const copied = oneEvent(desk, 'reply-copy');
      copyButtons(desk)[1]!.click();
      expect((await copied).detail.text).to.match(/^Мария,/);

      desk.context = {};
      await desk.updateComplete;
      expect(root(desk).querySelector<HTMLInputElement>('[part="placeholder"][data-name="clientName"]')!.value).to.equal('Олег');
    });

    it('previews a matched reply with the values typed for its placeholders', async () => {
      const catalog = {
        locale: 'ru',
        objections: [
          { id: 'warranty', title: 'Гарантия', triggers: ['а гарантия есть'], replies: [{ text: '{clientName}, талон приедет с товаром.' }] },
          { id: 'delivery', title: 'Доставка', triggers: ['когда привезут'], replies: [{ text: '{clientName}, привезём завтра.' }] },
        ],
      };
      const desk = await deskFixture(html`<objection-desk locale="ru" no-builtin .catalog=${catalog}></objection-desk>`);
      await openFirst(desk, 'доставка');
      root(desk).querySelector<HTMLInputElement>('[part="placeholder"]')!.focus();
      await sendKeys({ type: 'Анна' });
      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await search(desk, 'талон');
      expect(options(desk)[0]!.querySelector('.option-match')!.textContent).to.equal('«Анна, талон приедет с товаром.»');
    });

    it('takes a newly assigned context, and not a key changed inside the same object', async () => {
      const context = { clientName: 'Анна', productName: 'пылесос' };
      const desk = await deskFixture(html`<objection-desk locale="ru" .context=${context}></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      context.clientName = 'Мария';
      await press(desk, 'ArrowDown');
      expect(replyText(desk, 0)).to.match(/^Анна,/);
      const unchanged = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      expect((await unchanged).detail.text).to.match(/^Анна,/);

      desk.context = { ...context };
      await desk.updateComplete;
      expect(replyText(desk, 0)).to.match(/^Мария,/);
      const changed = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      expect((await changed).detail.text).to.match(/^Мария,/);
    });

    it('reads the context attribute as JSON, and ignores invalid JSON with a warning', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" context='{"clientName": "Анна"}'></objection-desk>`);
      expect(desk.context).to.deep.equal({ clientName: 'Анна' });
      const warnings: unknown[][] = [];
      const restore = stub(console, 'warn', (...args: unknown[]) => warnings.push(args));
      try {
        desk.setAttribute('context', '{"clientName": ');
        desk.setAttribute('context', '["not", "an", "object"]');
      } finally {
        restore();
      }
      expect(warnings).to.have.length(2);
      expect(desk.context).to.deep.equal({ clientName: 'Анна' });
      await openFirst(desk, 'ljhjuj');
      expect(replyText(desk, 0)).to.match(/^Анна,/);
    });
  });

  describe('locale', () => {
    it('shows titles and interface text in the locale attribute', async () => {
      const desk = await deskFixture(html`<objection-desk locale="tr"></objection-desk>`);
      expect(searchBox(desk).placeholder).to.equal('Müşteri ne dedi?');
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal('Pahalı / daha ucuzunu buldum');
    });

    it('takes the locale from the nearest lang attribute', async () => {
      const desk = await deskFixture(html`<div lang="ru-RU"><section lang="tr"><objection-desk></objection-desk></section></div>`);
      expect(searchBox(desk).placeholder).to.equal('Müşteri ne dedi?');
    });

    it('falls back to English when the nearest lang is not one it speaks', async () => {
      const desk = await deskFixture(html`<div lang="ru"><div lang="de"><objection-desk></objection-desk></div></div>`);
      expect(searchBox(desk).placeholder).to.equal('What did the customer say?');
    });

    it('re-renders titles and interface text when the locale changes', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      expect(root(desk).querySelector('[part="back-button"]')!.textContent!.trim()).to.equal('Назад');
      desk.locale = 'en';
      await desk.updateComplete;
      expect(objectionTitle(desk)).to.equal('Too expensive / found it cheaper');
      expect(root(desk).querySelector('[part="back-button"]')!.textContent!.trim()).to.equal('Back');
      expect(copyButtons(desk)[0]!.textContent!.trim()).to.equal('Copy');
      expect(searchBox(desk).placeholder).to.equal('What did the customer say?');
    });

    it('follows a change of the lang attribute around it', async () => {
      const desk = await deskFixture(html`<div lang="en"><objection-desk></objection-desk></div>`);
      desk.parentElement!.setAttribute('lang', 'ru');
      await until(() => searchBox(desk).placeholder === 'Что сказал клиент?', 'the placeholder did not switch to Russian');
    });
  });

  describe('layout', () => {
    it('keeps the search box with the query above the opened objection in a narrow sidebar, in place of the results', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" style="height: 420px"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      const box = searchBox(desk);
      const listbox = root(desk).querySelector('[part="listbox"]')!;
      expect(box.value).to.equal('ljhjuj');
      expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(box.getBoundingClientRect().bottom).to.be.at.most(root(desk).querySelector('[part="objection"]')!.getBoundingClientRect().top);
      expect(listbox.getBoundingClientRect().height).to.equal(0);
      expect(box.getAttribute('aria-expanded'), 'the listbox is not shown').to.equal('false');
      expect(box.hasAttribute('aria-activedescendant')).to.equal(false);

      // A long objection scrolls under the search box, which stays in view.
      const pane = root(desk).querySelector('.objection-pane')!;
      expect(pane.scrollHeight).to.be.greaterThan(pane.clientHeight);
      pane.scrollTop = pane.scrollHeight;
      const host = desk.getBoundingClientRect();
      expect(box.getBoundingClientRect().top).to.be.at.least(host.top);
      expect(box.getBoundingClientRect().bottom).to.be.at.most(pane.getBoundingClientRect().top);
    });

    it('goes back to the results when the operator types into the search box over an opened objection', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      await openFirst(desk, 'ljhjuj');
      desk.focus();
      searchBox(desk).select();
      await sendKeys({ type: 'crbl' });
      await desk.updateComplete;
      expect(optionTitles(desk)).to.include('Просит скидку');
      expect(root(desk).querySelector('[part="listbox"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(root(desk).querySelector('.objection-pane')!.getBoundingClientRect().height).to.equal(0);
      expect(searchBox(desk).getAttribute('aria-expanded')).to.equal('true');
      expect(searchBox(desk).getAttribute('aria-activedescendant')).to.equal(options(desk)[0]!.id);
    });

    it('shows the results hidden by the opened objection with Escape or ArrowDown in the search box, query kept', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`);
      const listboxHeight = () => root(desk).querySelector('[part="listbox"]')!.getBoundingClientRect().height;
      await openFirst(desk, 'ljhjuj');
      desk.focus();
      await press(desk, 'Escape');
      expect(searchBox(desk).value).to.equal('ljhjuj');
      expect(listboxHeight()).to.be.greaterThan(0);
      expect(searchBox(desk).getAttribute('aria-expanded')).to.equal('true');
      await press(desk, 'Escape');
      expect(searchBox(desk).value).to.equal('');

      await openFirst(desk, 'ljhjuj');
      desk.focus();
      await press(desk, 'ArrowDown');
      expect(listboxHeight()).to.be.greaterThan(0);
      expect(activeOption(desk)!.querySelector('.option-title')!.textContent!.trim(), 'on the opened objection').to.equal(EXPENSIVE_RU);
      expect(searchBox(desk).getAttribute('aria-activedescendant')).to.equal(activeOption(desk)!.id);
    });

    it('shows the results and the opened objection side by side in a wide panel', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru"></objection-desk>`, WIDE);
      expect(root(desk).querySelector('.nothing-opened')!.getBoundingClientRect().width).to.be.greaterThan(0);
      await openFirst(desk, 'ljhjuj');
      const results = root(desk).querySelector('.search-pane')!.getBoundingClientRect();
      const objection = root(desk).querySelector('.objection-pane')!.getBoundingClientRect();
      expect(results.width).to.be.greaterThan(0);
      expect(objection.left).to.be.at.least(results.right - 1);
      expect(searchBox(desk).getBoundingClientRect().height).to.be.greaterThan(0);
      expect(searchBox(desk).getAttribute('aria-expanded'), 'the listbox stays shown').to.equal('true');
      expect(searchBox(desk).getAttribute('aria-activedescendant')).to.equal(activeOption(desk)!.id);
      expect(activeOption(desk)!.classList.contains('current')).to.equal(true);
      await press(desk, 'Escape');
      expect(objectionTitle(desk), 'the objection stays in view while searching again').to.equal(EXPENSIVE_RU);
    });

    it('takes its colors from --objection-desk-* custom properties and can be styled through parts', async () => {
      const desk = await deskFixture(
        html`<div>
          <style>
            .themed { --objection-desk-accent: rgb(200, 0, 100); --objection-desk-font-size: 18px; }
            .themed::part(option) { border-bottom: 1px solid rgb(1, 2, 3); }
          </style>
          <objection-desk class="themed" locale="en"></objection-desk>
        </div>`,
      );
      expect(getComputedStyle(root(desk).querySelector('[part="base"]')!).fontSize).to.equal('18px');
      expect(getComputedStyle(options(desk)[0]!).borderBottomColor).to.equal('rgb(1, 2, 3)');
      await openFirst(desk, 'expensive');
      expect(getComputedStyle(copyButtons(desk)[0]!).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('follows the dark color scheme', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const background = () => getComputedStyle(root(desk).querySelector('[part="base"]')!).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(background()).to.equal('rgb(21, 27, 35)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('forces the light or dark theme with the theme attribute, whatever the system prefers', async () => {
      const desk = await deskFixture(html`<objection-desk locale="ru" theme="dark"></objection-desk>`);
      const base = () => getComputedStyle(root(desk).querySelector('[part="base"]')!);
      expect(base().backgroundColor).to.equal('rgb(21, 27, 35)');
      expect(base().colorScheme).to.equal('dark');
      await openFirst(desk, 'ljhjuj');
      const field = root(desk).querySelector('[part="placeholder"]')!;
      expect(getComputedStyle(field).borderTopColor, 'the dark warning color').to.equal('rgb(210, 153, 34)');

      await emulateMedia({ colorScheme: 'dark' });
      try {
        desk.theme = 'light';
        await desk.updateComplete;
        expect(desk.getAttribute('theme')).to.equal('light');
        expect(base().backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(base().colorScheme).to.equal('light');
        expect(getComputedStyle(field).borderTopColor, 'the light warning color').to.equal('rgb(138, 92, 0)');
        desk.theme = 'auto';
        await desk.updateComplete;
        expect(base().backgroundColor, 'auto follows the system again').to.equal('rgb(21, 27, 35)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('takes the warning and subtle background colors from --objection-desk-warning and --objection-desk-subtle-background', async () => {
      const desk = await deskFixture(
        html`<div>
          <style>
            .themed { --objection-desk-warning: rgb(180, 0, 0); --objection-desk-subtle-background: rgb(240, 230, 250); }
          </style>
          <objection-desk class="themed" locale="ru"></objection-desk>
        </div>`,
      );
      await openFirst(desk, 'ljhjuj');
      const field = root(desk).querySelector('[part="placeholder"]')!;
      expect(getComputedStyle(field).borderTopColor).to.equal('rgb(180, 0, 0)');
      expect(getComputedStyle(field, '::placeholder').color).to.equal('rgb(180, 0, 0)');
      expect(getComputedStyle(root(desk).querySelector('[part="tip"]')!).backgroundColor).to.equal('rgb(240, 230, 250)');
      expect(getComputedStyle(copyButtons(desk)[1]!).backgroundColor).to.equal('rgb(240, 230, 250)');
    });

    it('keeps its own text styles when the host page styles text', async () => {
      const desk = await deskFixture(
        html`<div style="font: italic 30px serif; letter-spacing: 5px; text-transform: uppercase; text-align: right; direction: rtl; white-space: pre; line-height: 4">
          <objection-desk locale="en"></objection-desk>
        </div>`,
      );
      const base = getComputedStyle(root(desk).querySelector('[part="base"]')!);
      expect(base.fontSize).to.equal('14px');
      expect(base.fontStyle).to.equal('normal');
      expect(base.letterSpacing).to.equal('normal');
      expect(base.textTransform).to.equal('none');
      expect(base.textAlign).to.equal('left');
      expect(base.direction).to.equal('ltr');
      expect(base.whiteSpace).to.equal('normal');
    });
  });

  describe('accessibility', () => {
    let desk: ObjectionDesk;

    beforeEach(async () => {
      desk = await deskFixture(html`<objection-desk locale="ru" .context=${{ productName: 'пылесос' }}></objection-desk>`);
    });

    it('passes axe with the catalog listed by category', async () => {
      await expect(desk).to.be.accessible();
    });

    it('passes axe with search results', async () => {
      await search(desk, 'ljhjuj');
      expect(searchBox(desk).getAttribute('role')).to.equal('combobox');
      expect(searchBox(desk).getAttribute('aria-controls')).to.equal(root(desk).querySelector('[role="listbox"]')!.id);
      expect(searchBox(desk).getAttribute('aria-expanded')).to.equal('true');
      expect(searchBox(desk).getAttribute('aria-activedescendant')).to.equal(options(desk)[0]!.id);
      await expect(desk).to.be.accessible();
    });

    it('passes axe with an objection open', async () => {
      await openFirst(desk, 'ljhjuj');
      await expect(desk).to.be.accessible();
    });

    it('passes axe with an objection open beside the results in a wide panel', async () => {
      const wide = await deskFixture(html`<objection-desk locale="ru" .context=${{ productName: 'пылесос' }}></objection-desk>`, WIDE);
      await openFirst(wide, 'ljhjuj');
      await expect(wide).to.be.accessible();
    });

    it('passes axe with nothing found', async () => {
      await search(desk, 'qqqqzzzzxxxx');
      await expect(desk).to.be.accessible();
    });
  });
});
