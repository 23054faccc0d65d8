import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import { copyButtons, deskFixture, openFirst, press, root } from './helpers.js';

/**
 * Issue 6, item 7: the clipboard refused. In a CRM panel served from another origin, in a frame without
 * `allow="clipboard-write"`, the browser blocks the Clipboard API by permissions policy; the frame's own script
 * (clipboard-denied-frame/frame.js) reports by messages what the operator sees there. On the page itself, the
 * clipboard-write permission is denied through the browser.
 */

interface FrameMessage {
  readonly kind: 'ready' | 'objection-select' | 'reply-copy' | 'failure';
  readonly message?: string;
  readonly searchBox?: { readonly x: number; readonly y: number };
  readonly detail?: { readonly text: string; readonly copied: boolean };
  readonly manualCopy?: { readonly value: string; readonly selected: string; readonly focused: boolean } | null;
  readonly status?: string;
  /** The copy buttons' labels. */
  readonly buttons?: readonly string[];
  readonly violations?: readonly string[];
}

interface OpenedFrame {
  readonly frame: HTMLIFrameElement;
  /** Where the frame's search box is, in this page's coordinates. */
  readonly searchBox: readonly [x: number, y: number];
  /** The next message of that kind from the frame. */
  next(kind: FrameMessage['kind']): Promise<FrameMessage>;
}

/**
 * How long a message from the frame may take before a test calls it a hang: the first, 'ready', comes once the
 * frame has loaded the built drop-in from the other origin and listed the catalog.
 */
const MESSAGE_WAIT_MS = 8000;
/** Room above the frame: a click there puts focus back on this page, which the clipboard needs to be read. */
const ABOVE_FRAME_PX = 40;
const frames: HTMLIFrameElement[] = [];

/** The frame page on the other of localhost and 127.0.0.1: another origin on the same test server. */
function crossOriginUrl(): string {
  const url = new URL('/tests/element/clipboard-denied-frame/index.html', location.href);
  url.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

/** Opens the frame as a CRM embeds a panel, with no `allow` attribute, and waits until its widget lists the catalog. */
async function openFrame(): Promise<OpenedFrame> {
  const frame = document.createElement('iframe');
  frame.src = crossOriginUrl();
  frame.style.cssText = `width: 420px; height: 560px; border: 0; display: block; position: fixed; left: 0; top: ${ABOVE_FRAME_PX}px`;
  const received: FrameMessage[] = [];
  window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (event.source === frame.contentWindow) received.push(event.data);
  });
  const next = async (kind: FrameMessage['kind']): Promise<FrameMessage> => {
    let found: FrameMessage | undefined;
    const arrived = () => {
      const failure = received.find((message) => message.kind === 'failure');
      if (failure) throw new Error(`the frame failed: ${failure.message}`);
      const index = received.findIndex((message) => message.kind === kind);
      if (index >= 0) found = received.splice(index, 1)[0];
      return found;
    };
    await until(arrived, `the frame did not tell ${kind}`, { timeout: MESSAGE_WAIT_MS });
    return found!;
  };
  frames.push(frame);
  document.body.append(frame);
  const { searchBox } = await next('ready');
  expect(frame.contentDocument, 'the frame is cross-origin').to.equal(null);
  const { left, top } = frame.getBoundingClientRect();
  return { frame, searchBox: [Math.round(left + searchBox!.x), Math.round(top + searchBox!.y)], next };
}

/** What this page reads from the clipboard, after putting focus back on it. */
async function clipboardText(): Promise<string> {
  await sendMouse({ type: 'click', position: [ABOVE_FRAME_PX / 2, ABOVE_FRAME_PX / 2] });
  return navigator.clipboard.readText();
}

describe('<objection-desk> in a cross-origin frame without clipboard-write', () => {
  beforeEach(async () => {
    await sendMouse({ type: 'click', position: [ABOVE_FRAME_PX / 2, ABOVE_FRAME_PX / 2] });
    await navigator.clipboard.writeText('what was on the clipboard before');
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('still copies the reply the operator chose with the keyboard, without a policy violation in the console', async function () {
    this.timeout(15000);
    const { searchBox, next } = await openFrame();
    await sendMouse({ type: 'click', position: [...searchBox] });
    await sendKeys({ type: 'ljhjuj' });
    await sendKeys({ press: 'Enter' });
    await next('objection-select');
    await sendKeys({ press: 'Enter' });
    const copy = await next('reply-copy');
    expect(copy.detail!.text).to.match(/^Anna, /);
    // The Clipboard API is blocked there; the old way, allowed for a key the operator pressed, copies.
    expect(copy.detail!.copied).to.equal(true);
    expect(await clipboardText()).to.equal(copy.detail!.text);
    expect(copy.manualCopy).to.equal(null);
    expect(copy.buttons![0]).to.equal('Copied');
    expect(copy.status).to.equal('');
    expect(copy.violations, 'permissions policy violations reported in the frame').to.deep.equal([]);
  });

  it('selects the reply for copying by hand, says how, and reports copied: false when the browser refuses both ways', async function () {
    this.timeout(15000);
    const { frame, next } = await openFrame();
    // A copy no key or click of the operator's started (a CRM macro's events): the old way is refused too.
    frame.contentWindow!.postMessage({ do: 'copy-without-gesture', query: 'ljhjuj' }, '*');
    const copy = await next('reply-copy');
    expect(copy.detail!.copied).to.equal(false);
    expect(await clipboardText()).to.equal('what was on the clipboard before');
    expect(copy.manualCopy).to.deep.equal({ value: copy.detail!.text, selected: copy.detail!.text, focused: true });
    expect(copy.status).to.match(/^Couldn’t copy — the text is selected, press (Ctrl\+C|⌘C)$/);
    expect(copy.violations).to.deep.equal([]);
  });
});

describe('<objection-desk> where the clipboard-write permission is denied', () => {
  it('copies the reply the operator chose the old way, and says Copied', async () => {
    const desk = await deskFixture(html`<objection-desk locale="en" .context=${{ clientName: 'Anna', productName: 'X500' }}></objection-desk>`);
    await navigator.clipboard.writeText('what was on the clipboard before');
    await executeServerCommand('clipboard-permission', { setting: 'denied' });
    let text: string;
    try {
      const probe = await navigator.clipboard.writeText('probe').then(
        () => 'written',
        (error: DOMException) => error.name,
      );
      expect(probe, 'the Clipboard API refuses').to.equal('NotAllowedError');
      await openFirst(desk, 'ljhjuj');
      const copied = oneEvent(desk, 'reply-copy');
      await press(desk, 'Enter');
      const { detail } = await copied;
      expect(detail.copied).to.equal(true);
      text = detail.text;
      await desk.updateComplete;
      expect(copyButtons(desk)[0]!.textContent!.trim()).to.equal('Copied');
      expect(root(desk).querySelector('.manual-copy')).to.equal(null);
    } finally {
      await executeServerCommand('clipboard-permission', { setting: 'granted' });
    }
    expect(text).to.match(/^Anna, /);
    expect(await navigator.clipboard.readText()).to.equal(text);
  });
});
