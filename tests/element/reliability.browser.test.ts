import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import { builtinCatalog } from '../../src/core/index.js';
import { uiStrings } from '../../src/element/i18n.js';
import type { ObjectionDesk } from '../../src/index.js';
import {
  WIDE,
  activeOption,
  copyButtons,
  deskFixture,
  focused,
  objectionTitle,
  openFirst,
  options,
  optionTitles,
  press,
  root,
  search,
  searchBox,
} from './helpers.js';

const EN = uiStrings('en');
const EXPENSIVE = 'Too expensive / found it cheaper';
const NO_MONEY = 'No money right now';
const DISCOUNT = 'Asks for a discount';
/** The context of a call where the CRM knows the customer but not the product they want. */
const NO_PRODUCT = { clientName: 'Anna' };
const ANNA = { clientName: 'Anna', productName: 'the X500 vacuum' };

/** Records what the page reports as wrong while `run` goes: console errors and warnings, uncaught errors. */
async function withoutAlarms(run: () => Promise<void>): Promise<string[]> {
  const alarms: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => alarms.push(`console.error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => alarms.push(`console.warn: ${args.map(String).join(' ')}`);
  const onError = (event: ErrorEvent) => alarms.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => alarms.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    console.error = error;
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return alarms;
}

/** Replaces a property of `target` for one test; the returned function puts it back. */
function stubProperty(target: object, key: PropertyKey, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<PropertyKey, unknown>)[key];
  };
}

const productFields = (desk: ObjectionDesk) => [...root(desk).querySelectorAll<HTMLInputElement>('[part="placeholder"][data-name="productName"]')];

/**
 * The operator's whole flow: finds "expensive", opens it, types the product the context lacks, copies the
 * first reply. Resolves with the copied text.
 */
async function operatorFlow(desk: ObjectionDesk): Promise<string> {
  await openFirst(desk, 'expensive');
  expect(objectionTitle(desk)).to.equal(EXPENSIVE);
  productFields(desk)[0]!.focus();
  await sendKeys({ type: 'X500 vacuum' });
  const copied = oneEvent(desk, 'reply-copy');
  await press(desk, 'Enter');
  const { detail } = await copied;
  expect(detail.copied).to.equal(true);
  await until(() => copyButtons(desk)[0]!.textContent!.trim() === EN.copied, 'the reply did not show "Copied"');
  return detail.text;
}

/**
 * What the polite live region says, each time it changes: one entry per change a screen reader hears. Lit changes
 * the text in one step, so each batch of mutations is one announcement.
 */
function listenToLiveRegion(desk: ObjectionDesk): { heard(): string[]; stop(): void } {
  const live = root(desk).querySelector('[role="status"]')!;
  const heard: string[] = [];
  // `trim()` also drops the no-break space the element adds to have a repeated message read again.
  const observer = new MutationObserver(() => heard.push(live.textContent!.trim()));
  observer.observe(live, { childList: true, characterData: true, subtree: true });
  return {
    heard: () => {
      if (observer.takeRecords().length > 0) heard.push(live.textContent!.trim());
      return [...heard];
    },
    stop: () => observer.disconnect(),
  };
}

const countMessage = (count: number) => (count === 0 ? EN.nothingFound : EN.results(count));

describe('<objection-desk> reliability', () => {
  describe('storage', () => {
    /** The operator's whole flow with `stub` in place (it returns what puts things back); no alarm is raised. */
    async function quietFlowWith(stub: () => () => void): Promise<string> {
      const restore = stub();
      try {
        let text = '';
        const alarms = await withoutAlarms(async () => {
          const desk = await deskFixture(html`<objection-desk locale="en" .context=${NO_PRODUCT}></objection-desk>`);
          text = await operatorFlow(desk);
        });
        expect(alarms).to.deep.equal([]);
        return text;
      } finally {
        restore();
      }
    }

    it('works through the whole flow, quietly, when the page may not touch localStorage or sessionStorage', async () => {
      const denied = () => {
        throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
      };
      const text = await quietFlowWith(() => {
        const restoreLocal = stubProperty(window, 'localStorage', { get: denied });
        const restoreSession = stubProperty(window, 'sessionStorage', { get: denied });
        return () => {
          restoreLocal();
          restoreSession();
        };
      });
      expect(text).to.contain('Is everything else about X500 vacuum right for you');
      expect(text).to.match(/^Anna, /);
    });

    it('works through the whole flow, quietly, when storage is full and holds corrupted JSON', async () => {
      const full = () => {
        throw new DOMException("Failed to execute 'setItem' on 'Storage': exceeded the quota.", 'QuotaExceededError');
      };
      const text = await quietFlowWith(() => {
        const restoreSet = stubProperty(Storage.prototype, 'setItem', { value: full, writable: true });
        const restoreGet = stubProperty(Storage.prototype, 'getItem', { value: () => '{"objection-desk": [{"broken', writable: true });
        return () => {
          restoreSet();
          restoreGet();
        };
      });
      expect(text).to.contain('Is everything else about X500 vacuum right for you');
    });

    it('works in a sandboxed iframe, where any storage access throws, and says nothing alarming', async function () {
      this.timeout(15000);
      // A CRM that embeds the widget in `<iframe sandbox="allow-scripts">` gives it an opaque origin: storage
      // throws SecurityError there, and module scripts come only with CORS. The frame loads the built drop-in, as
      // such a page would from a CDN (the test runner sends the CDN's CORS header for /dist/). The test page
      // cannot reach into an opaque-origin frame, so the frame's own script plays the operator: it searches,
      // opens with Enter, types the product into its field and copies, then posts what it saw.
      const bundle = new URL('/dist/browser/objection-desk.min.js', location.href).href;
      const frameScript = `
        const problems = [];
        for (const level of ['error', 'warn']) {
          const original = console[level];
          console[level] = (...args) => { problems.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
        }
        addEventListener('error', (event) => problems.push('error: ' + event.message));
        addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + String(event.reason)));
        const until = async (check, what) => {
          for (const start = Date.now(); !check(); await new Promise((resolve) => setTimeout(resolve, 20))) {
            if (Date.now() - start > 8000) throw new Error('timed out waiting for ' + what);
          }
        };
        let storage = 'available';
        try { localStorage.getItem('objection-desk'); } catch (error) { storage = error.name; }
        const result = { storage, problems };
        try {
          await import(${JSON.stringify(bundle)});
          const desk = document.createElement('objection-desk');
          desk.setAttribute('locale', 'en');
          desk.context = { clientName: 'Anna' };
          document.body.append(desk);
          await desk.updateComplete;
          const shadow = desk.shadowRoot;
          const input = shadow.querySelector('[part="input"]');
          input.value = 'expensive';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await until(() => shadow.querySelector('[role="option"][aria-selected="true"]'), 'a result');
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          await until(() => shadow.querySelector('#objection-title'), 'the objection');
          result.title = shadow.querySelector('#objection-title').textContent.trim();
          const field = shadow.querySelector('[part="placeholder"][data-name="productName"]');
          field.value = 'X500 vacuum';
          field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          const copied = new Promise((resolve) => desk.addEventListener('reply-copy', (event) => resolve(event.detail), { once: true }));
          shadow.querySelector('[part="copy-button"]').click();
          result.copy = await copied;
          await desk.updateComplete;
        } catch (error) {
          result.failure = String(error);
        }
        parent.postMessage(result, '*');
      `;
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">${frameScript}</script></body></html>`;
      const reported = new Promise<Record<string, unknown>>((resolve) => {
        window.addEventListener('message', function listen(event: MessageEvent) {
          if (event.source !== frame.contentWindow) return;
          window.removeEventListener('message', listen);
          resolve(event.data as Record<string, unknown>);
        });
      });
      document.body.append(frame);
      try {
        const result = await reported;
        expect(result['failure']).to.equal(undefined);
        expect(result['storage'], 'the frame was not sandboxed as a CRM would sandbox it').to.equal('SecurityError');
        expect(result['title']).to.equal(EXPENSIVE);
        const copy = result['copy'] as { text: string; replyId: string };
        expect(copy.replyId).to.equal('price-only-question');
        expect(copy.text).to.contain('Is everything else about X500 vacuum right for you');
        expect(result['problems']).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('operator work', () => {
    it('keeps a product typed into a reply through a switch to another objection and back, and copies it', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${NO_PRODUCT}></objection-desk>`);
      await openFirst(desk, 'expensive');
      productFields(desk)[0]!.focus();
      await sendKeys({ type: 'X500 vacuum' });

      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'no money right now');
      expect(objectionTitle(desk)).to.equal(NO_MONEY);
      // One value per placeholder name for the session (README, Keyboard): the other objection shows it too.
      expect(productFields(desk).length).to.be.greaterThan(1);
      expect(productFields(desk).every((field) => field.value === 'X500 vacuum')).to.equal(true);
      const field = productFields(desk)[1]!;
      field.focus();
      field.select();
      await sendKeys({ type: 'X700 vacuum' });

      await press(desk, 'Escape');
      await press(desk, 'Escape');
      await openFirst(desk, 'expensive');
      expect(objectionTitle(desk)).to.equal(EXPENSIVE);
      expect(productFields(desk)[0]!.value, 'the edit made in the other objection').to.equal('X700 vacuum');
      const copied = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      const { detail } = await copied;
      expect(detail.text).to.contain('Is everything else about X700 vacuum right for you');
      expect(await navigator.clipboard.readText()).to.equal(detail.text);
    });

    it('keeps a half-typed value when the operator clicks another result beside the objection and comes back', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${NO_PRODUCT}></objection-desk>`, WIDE);
      await search(desk, 'money');
      const titles = optionTitles(desk);
      expect(titles).to.include(NO_MONEY);
      options(desk)[titles.indexOf(NO_MONEY)]!.click();
      await until(() => objectionTitle(desk) === NO_MONEY, `"${NO_MONEY}" did not open`);
      productFields(desk)[0]!.focus();
      await sendKeys({ type: 'X5' });

      const other = titles.findIndex((title) => title !== NO_MONEY);
      options(desk)[other]!.click();
      await until(() => objectionTitle(desk) === titles[other], `"${titles[other]}" did not open`);
      options(desk)[titles.indexOf(NO_MONEY)]!.click();
      await until(() => objectionTitle(desk) === NO_MONEY, `"${NO_MONEY}" did not open again`);
      expect(productFields(desk).length).to.be.greaterThan(1);
      expect(productFields(desk).every((field) => field.value === 'X5')).to.equal(true);

      const copied = oneEvent(desk, 'reply-copy');
      copyButtons(desk)[1]!.click();
      expect((await copied).detail.text).to.contain('we can reserve X5 for you');
    });
  });

  describe('input methods and focus', () => {
    /** Enter as input methods send it while a composition is active: the flag, the legacy key code, or both. */
    const COMPOSING_ENTERS: KeyboardEventInit[] = [
      { key: 'Enter', isComposing: true },
      { key: 'Enter', keyCode: 229 },
      { key: 'Enter', isComposing: true, keyCode: 229 },
    ];
    const pressComposingEnters = async (desk: ObjectionDesk, target: Element) => {
      for (const init of COMPOSING_ENTERS) {
        target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true }));
        await desk.updateComplete;
      }
    };

    it('never opens or copies on an Enter that ends an input method composition', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" .context=${NO_PRODUCT}></objection-desk>`);
      let selects = 0;
      let copies = 0;
      desk.addEventListener('objection-select', () => selects++);
      desk.addEventListener('reply-copy', () => copies++);

      await search(desk, 'expensive');
      const active = activeOption(desk);
      await pressComposingEnters(desk, searchBox(desk));
      expect(selects, 'opened from the search box').to.equal(0);
      expect(objectionTitle(desk)).to.equal(undefined);
      expect(activeOption(desk)).to.equal(active);

      await press(desk, 'Enter');
      await until(() => focused(desk) === copyButtons(desk)[0], 'the first reply did not get focus');
      expect(selects).to.equal(1);
      await pressComposingEnters(desk, copyButtons(desk)[0]!);
      const field = productFields(desk)[0]!;
      field.focus();
      await pressComposingEnters(desk, field);
      expect(copies, 'copied on a composing Enter').to.equal(0);
      expect(copyButtons(desk)[0]!.textContent!.trim()).to.equal(EN.copy);

      // The Enter after the composition copies, once.
      await press(desk, 'Enter');
      await until(() => copies === 1, 'the Enter after the composition did not copy');
    });

    it("never takes keys typed in the host page's own fields, '/' included, even with an objection open", async () => {
      const page = await deskFixture(
        html`<div><input id="crm-note" /><textarea id="crm-comment"></textarea><objection-desk locale="en" .context=${ANNA}></objection-desk></div>`,
      );
      let events = 0;
      page.addEventListener('objection-select', () => events++);
      page.addEventListener('reply-copy', () => events++);
      const note = document.querySelector<HTMLInputElement>('#crm-note')!;
      const comment = document.querySelector<HTMLTextAreaElement>('#crm-comment')!;
      const keys = ['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Home', 'End'];

      // Nothing open yet: the page's keys go to the page.
      note.focus();
      await sendKeys({ type: '/expensive' });
      for (const key of keys) await sendKeys({ press: key });
      await page.updateComplete;
      expect(note.value).to.equal('/expensive');
      expect(searchBox(page).value).to.equal('');
      expect(activeOption(page)).to.equal(null);
      expect(events).to.equal(0);

      // An objection open, a query in the box: the operator turns to the CRM's comment field.
      await openFirst(page, 'discount');
      const query = searchBox(page).value;
      events = 0;
      comment.focus();
      await sendKeys({ type: '/ call back' });
      for (const key of keys) await sendKeys({ press: key });
      await page.updateComplete;
      expect(comment.value.trim()).to.equal('/ call back');
      expect(document.activeElement).to.equal(comment);
      expect(searchBox(page).value).to.equal(query);
      expect(objectionTitle(page)).to.equal(DISCOUNT);
      expect(events).to.equal(0);
      expect(await navigator.clipboard.readText()).not.to.contain('call back');
    });

    it('announces each new result count once while a query is typed, not on every keystroke', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en"></objection-desk>`);
      const live = listenToLiveRegion(desk);
      const counts: number[] = [];
      desk.focus();
      for (const letter of 'discount') {
        await sendKeys({ type: letter });
        await desk.updateComplete;
        counts.push(options(desk).length);
      }
      const heard = live.heard();
      live.stop();
      const changes = counts.filter((count, index) => index === 0 || count !== counts[index - 1]);
      expect(heard).to.deep.equal(changes.map(countMessage));
      expect(heard.length, 'one announcement per keystroke').to.be.lessThan(counts.length);
    });

    it('announces "Copied" once per copy, and the result count again for the first search after it', async () => {
      const desk = await deskFixture(html`<objection-desk locale="en" limit="1" .context=${ANNA}></objection-desk>`);
      const live = listenToLiveRegion(desk);
      await openFirst(desk, 'expensive');
      // Opening an objection says its title and number of replies (issue 15).
      const expensive = builtinCatalog().objections.find((o) => o.id === 'expensive')!;
      const opened = `Too expensive / found it cheaper. Replies: ${expensive.replies.length + expensive.followUps.flatMap((f) => f.replies).length}`;
      expect(live.heard()).to.deep.equal([EN.results(1), opened]);

      await press(desk, 'Enter');
      await until(() => copyButtons(desk)[0]!.textContent!.trim() === EN.copied, 'the reply did not show "Copied"');
      expect(live.heard()).to.deep.equal([EN.results(1), opened, EN.copied]);
      await press(desk, 'ArrowDown');
      await press(desk, 'Enter');
      await until(() => live.heard().length === 4, 'the second copy was not announced');
      expect(live.heard()).to.deep.equal([EN.results(1), opened, EN.copied, EN.copied]);

      // A letter typed on a reply starts a new search: the operator hears its count, though it is the same as
      // before the copies, and only once while the query grows.
      await sendKeys({ type: 'd' });
      await desk.updateComplete;
      await sendKeys({ type: 'isc' });
      await desk.updateComplete;
      expect(options(desk)).to.have.length(1);
      expect(live.heard()).to.deep.equal([EN.results(1), opened, EN.copied, EN.copied, EN.results(1)]);
      live.stop();
    });
  });

  describe('many on one page', () => {
    it('runs 50 instances side by side, each with its own query, results and opened objection', async function () {
      this.timeout(20000);
      const box = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: repeat(5, 300px)"></div>`);
      const desks = Array.from({ length: 50 }, () => {
        const desk = document.createElement('objection-desk');
        desk.locale = 'en';
        desk.style.height = '240px';
        box.append(desk);
        return desk;
      });
      await Promise.all(desks.map((desk) => desk.updateComplete));
      const queries = ['ljhjuj', 'no money', 'discount', 'дорого', 'скидк'];
      const expected = [EXPENSIVE, NO_MONEY, DISCOUNT, EXPENSIVE, DISCOUNT];
      desks.forEach((desk, index) => {
        searchBox(desk).value = queries[index % queries.length]!;
        searchBox(desk).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      });
      await Promise.all(desks.map((desk) => desk.updateComplete));
      desks.forEach((desk, index) => {
        expect(optionTitles(desk)[0], `instance ${index}, "${queries[index % queries.length]}"`).to.equal(expected[index % expected.length]);
      });
      // Opening an objection in one instance leaves the others as they were.
      options(desks[7]!)[0]!.click();
      await until(() => objectionTitle(desks[7]!) === DISCOUNT, 'instance 7 did not open its objection');
      expect(desks.filter((desk) => objectionTitle(desk) !== undefined)).to.deep.equal([desks[7]]);
      expect(optionTitles(desks[8]!)[0]).to.equal(EXPENSIVE);
    });

    it('leaves no growing heap or page listeners after being attached and detached 1,000 times', async function () {
      this.timeout(60000);
      const heapUsed = () => executeServerCommand<number, undefined>('heap-used');
      const pageListeners = () => executeServerCommand<{ window: number; document: number }, undefined>('page-listeners');
      const host = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"></div>`);
      const desk = document.createElement('objection-desk');
      desk.locale = 'en';
      const cycles = async (count: number) => {
        for (let cycle = 0; cycle < count; cycle += 1) {
          host.append(desk);
          await desk.updateComplete;
          desk.remove();
        }
      };
      await cycles(100);
      const listenersAfterFirstCycles = await pageListeners();
      const afterFirstCycles = await heapUsed();
      await cycles(900);
      const growth = (await heapUsed()) - afterFirstCycles;
      expect(await pageListeners(), 'listeners on the window and the document').to.deep.equal(listenersAfterFirstCycles);
      // Anything kept per cycle (a listener, an observer, an engine) would be over 2 KB: 900 cycles, 2 MB.
      expect(growth, 'heap growth over 900 more cycles, bytes').to.be.below(2 * 1024 * 1024);
      host.append(desk);
      await search(desk, 'ljhjuj');
      expect(optionTitles(desk)[0]).to.equal(EXPENSIVE);
    });
  });
});
