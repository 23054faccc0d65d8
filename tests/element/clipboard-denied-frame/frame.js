// The widget's page inside the frame. The test page cannot reach into a cross-origin frame, so this script
// tells it, by messages, what the operator would see: where the search box is, what was opened and copied, and
// any permissions policy violation the browser reported.
import '/dist/browser/objection-desk.min.js';

const desk = document.querySelector('objection-desk');
desk.context = { clientName: 'Anna', productName: 'X500 vacuum' };
const shadow = desk.shadowRoot;

const violations = [];
new ReportingObserver((reports) => violations.push(...reports.map((report) => report.body.featureId)), {
  types: ['permissions-policy-violation'],
  buffered: true,
}).observe();

const tell = (message) => parent.postMessage(message, '*');

const until = async (check, what) => {
  for (const start = Date.now(); !check(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
  }
};

desk.addEventListener('objection-select', (event) => tell({ kind: 'objection-select', detail: event.detail }));

desk.addEventListener('reply-copy', async (event) => {
  // The event comes before the element shows the outcome; a task later, it has.
  await desk.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  const manual = shadow.querySelector('.manual-copy');
  tell({
    kind: 'reply-copy',
    detail: event.detail,
    manualCopy: manual && {
      value: manual.value,
      selected: manual.value.slice(manual.selectionStart, manual.selectionEnd),
      focused: shadow.activeElement === manual,
    },
    status: shadow.querySelector('.reply-status')?.textContent.trim(),
    buttons: [...shadow.querySelectorAll('[part="copy-button"]')].map((button) => button.textContent.trim()),
    violations,
  });
});

/** Searches, opens the first result and copies its first reply with events a script makes: no user activation. */
async function copyWithoutGesture(query) {
  const input = shadow.querySelector('[part="input"]');
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await until(() => shadow.querySelector('[role="option"][aria-selected="true"]'), 'a result');
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await until(() => shadow.querySelector('[part="copy-button"]'), 'the replies');
  shadow.querySelector('[part="copy-button"]').click();
}

addEventListener('message', async (event) => {
  if (event.source !== parent) return;
  if (event.data.do !== 'copy-without-gesture') return;
  try {
    await copyWithoutGesture(event.data.query);
  } catch (error) {
    tell({ kind: 'failure', message: String(error) });
  }
});

await desk.updateComplete;
await until(() => shadow.querySelector('[role="option"]'), 'the list');
const box = shadow.querySelector('[part="input"]').getBoundingClientRect();
tell({ kind: 'ready', searchBox: { x: box.x + box.width / 2, y: box.y + box.height / 2 } });
