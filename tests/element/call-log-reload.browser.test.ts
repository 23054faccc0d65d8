import { expect } from '@open-wc/testing';
import type { LogRecord } from '../../src/core/call-log.js';
import type { ObjectionDesk } from '../../src/index.js';
import { until } from '../browser-wait.js';
import { demoFrame } from './demo-page.js';

// The local call log across a reload of the CRM page: the demo page (the built drop-in) in a same-origin frame shares
// this page's IndexedDB, and a reload gives a new element in a new page, as an operator's F5 does.

const desk = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<ObjectionDesk>('objection-desk')!;
const all = (frame: HTMLIFrameElement, selector: string) => [...desk(frame).shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const records = async (frame: HTMLIFrameElement): Promise<LogRecord[]> =>
  (await desk(frame).exportLog()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogRecord);

/** Reloads the frame's page; settles once the new page has drawn its widget. */
async function reload(frame: HTMLIFrameElement): Promise<void> {
  const before = frame.contentDocument;
  frame.contentWindow!.location.reload();
  await until(
    () => frame.contentDocument !== before && frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.customElements.get('objection-desk'),
    'the page did not load again',
  );
  await desk(frame).updateComplete;
}

before(async () => {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('objection-desk');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

describe('<objection-desk> local call log across a page reload', () => {
  it('still exports the records an earlier page wrote', async () => {
    const frame = await demoFrame('?lang=en');
    await until(() => all(frame, '[role="option"]').length > 0, 'no objections listed');
    all(frame, '[role="option"]')[0]!.click();
    await until(() => all(frame, '[part="copy-button"]').length > 0, 'the objection did not open');
    all(frame, '[part="copy-button"]')[0]!.click();
    await until(async () => (await records(frame)).length === 2, 'the open and the copy were not logged');
    const written = await desk(frame).exportLog();
    expect((await records(frame)).map((record) => record.kind)).to.deep.equal(['open', 'copy']);

    await reload(frame);
    expect(await desk(frame).exportLog()).to.equal(written);
  });

  it('keeps a record made just before the page is reloaded, before the browser was idle to write it', async () => {
    const frame = await demoFrame('?lang=en');
    const earlier = (await records(frame)).length;
    await until(() => all(frame, '[role="option"]').length > 0, 'no objections listed');
    all(frame, '[role="option"]')[0]!.click();
    await until(() => all(frame, '[part="copy-button"]').length > 0, 'the objection did not open');
    await until(async () => (await records(frame)).length === earlier + 1, 'the open was not logged');
    // A busy page: the browser is never idle to write the copy's record.
    frame.contentWindow!.requestIdleCallback = () => 0;
    const copied = new Promise((resolve) => desk(frame).addEventListener('reply-copy', resolve, { once: true }));
    all(frame, '[part="copy-button"]')[0]!.click();
    await copied;
    // The record is made once the event has been told (a few promise steps later).
    await new Promise((resolve) => frame.contentWindow!.setTimeout(resolve));

    // The page goes: its pagehide writes what waits. Told here rather than by the reload itself, whose teardown may
    // or may not let the browser finish a write begun in the page's last moment (under load it once did not): the
    // test checks the element's part, the write, and then that a reload keeps it.
    frame.contentWindow!.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // Read in a transaction IndexedDB runs after that write: the reload below then finds it done.
    expect((await records(frame)).slice(earlier).map((record) => record.kind)).to.deep.equal(['open', 'copy']);
    await reload(frame);
    expect((await records(frame)).slice(earlier).map((record) => record.kind)).to.deep.equal(['open', 'copy']);
  });
});
