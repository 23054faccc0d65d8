import { expect } from '@open-wc/testing';
import { until } from '../browser-wait.js';
import { SAMPLE_CALLS } from '../../demo/sample-calls.js';
import { demoFrame } from './demo-page.js';

// The demo CRM page's "play a sample call": its telephony feeds a recorded-style transcript into desk.hear() line by
// line, and shows it in a panel. hear() is stubbed on the widget here: the test is about what the page hands it.

type Heard = { readonly text: string; readonly speaker: string; readonly final: boolean | undefined };
type Hearing = HTMLElement & { hear?: (text: string, options: { speaker: string; final?: boolean }) => void };

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** The demo at `pace` times the speaking pace, with its widget, buttons and transcript panel. */
async function demo(query: string, pace = 100) {
  const frame = await demoFrame(`${query}&pace=${pace}`);
  const page = frame.contentDocument!;
  return {
    page,
    desk: page.querySelector<Hearing>('objection-desk')!,
    play: page.querySelector<HTMLButtonElement>('#call-play')!,
    stop: page.querySelector<HTMLButtonElement>('#call-stop')!,
    shownLines: () => [...page.querySelectorAll('#transcript .transcript-line')].map((line) => text(line.querySelector('.transcript-text'))),
    /** Switches the demo's language with its own button, which draws the panel again. */
    language: (locale: string) => page.querySelector<HTMLButtonElement>(`[data-locale="${locale}"]`)!.click(),
  };
}

/** Stubs the widget's hear(): the calls it gets, in order. */
function stubHear(desk: Hearing): Heard[] {
  const heard: Heard[] = [];
  desk.hear = (text, { speaker, final }) => void heard.push({ text, speaker, final });
  return heard;
}

describe('the demo, playing a sample call', () => {
  it('keeps its button disabled, saying why, when the widget has no hear()', async () => {
    const { desk, play, stop, page, language } = await demo('?lang=ru');
    // A widget of a version without hear(), whatever this one is; the panel is drawn again with the language.
    desk.hear = undefined;
    language('en');
    expect(play.disabled).to.equal(true);
    expect(play.title).to.contain('desk.hear()');
    expect(stop.disabled).to.equal(true);
    expect(text(page.querySelector('#transcript'))).to.contain('has no desk.hear()');
  });

  it('feeds the call into hear() line by line in order, interim fragments first, and shows it in the panel', async () => {
    const { desk, play, stop, shownLines, language } = await demo('?lang=ru');
    const heard = stubHear(desk);
    language('en');
    expect(play.disabled, 'the button is enabled once the widget hears').to.equal(false);
    play.click();
    expect(play.disabled).to.equal(true);
    expect(stop.disabled).to.equal(false);
    const call = SAMPLE_CALLS.en;
    await until(() => heard.filter((line) => line.final).length === call.length && !play.disabled, 'the call did not play to its end');

    // Its final lines are the call's lines, in order, each with its speaker.
    expect(heard.filter((line) => line.final === true).map(({ text, speaker }) => ({ text, speaker }))).to.deep.equal(
      call.map(({ text, speaker }) => ({ text, speaker })),
    );
    // Every other call is a fragment of the next final line, from its speaker, growing.
    let fragments: Heard[] = [];
    for (const line of heard) {
      if (line.final) {
        for (const fragment of fragments) {
          expect(line.text.startsWith(`${fragment.text} `), `«${fragment.text}» is not the start of «${line.text}»`).to.equal(true);
          expect(fragment.speaker).to.equal(line.speaker);
        }
        expect(fragments.map((fragment) => fragment.text.length)).to.deep.equal(fragments.map((fragment) => fragment.text.length).sort((a, b) => a - b));
        expect(fragments.length > 0, `«${line.text}»`).to.equal(call.find((said) => said.text === line.text)!.interim === true);
        fragments = [];
      } else {
        expect(line.final).to.equal(false);
        fragments.push(line);
      }
    }
    expect(shownLines()).to.deep.equal(call.map((line) => line.text));
    expect(stop.disabled).to.equal(true);
  });

  it('stops with Stop, and plays the call of the language chosen from its start', async () => {
    const { desk, play, stop, shownLines, language } = await demo('?lang=tr', 10);
    const heard = stubHear(desk);
    language('ru');
    play.click();
    await until(() => heard.filter((line) => line.final).length >= 2, 'the call did not start');
    stop.click();
    expect(stop.disabled).to.equal(true);
    expect(play.disabled).to.equal(false);
    expect(shownLines().length).to.be.lessThan(SAMPLE_CALLS.ru.length);

    heard.length = 0;
    play.click();
    await until(() => heard.some((line) => line.final), 'the call did not play again');
    expect(heard.find((line) => line.final)!.text).to.equal(SAMPLE_CALLS.ru[0]!.text);
    expect(shownLines()[0]).to.equal(SAMPLE_CALLS.ru[0]!.text);
    stop.click();
  });

  it("lists the widget's reply-outcome, objection-gap and objection-detect in the page's log", async () => {
    const { desk, page } = await demo('?lang=en');
    // As the widget tells them (its own tests check that it does): the log is the page's.
    const tell = (name: string, detail: object) => desk.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    tell('objection-detect', { id: 'expensive', confidence: 0.93, text: 'it is a bit too expensive for me' });
    tell('reply-outcome', { objectionId: 'expensive', replyId: 'price-only-question', outcome: 'worked', query: 'too expensive' });
    tell('objection-gap', { query: 'warranty in spain', locale: 'en' });
    tell('objection-gap', { query: 'too expensive', locale: 'en', objectionId: 'expensive' });
    const log = [...page.querySelectorAll('#activity .event')].slice(0, 4).map((event) => [...event.querySelectorAll('.event-body p')].map(text).join(' | '));
    expect(log).to.deep.equal([
      'No fitting answer in expensive | too expensive',
      'No answer for this | warranty in spain',
      'Marked “Worked”: price-only-question',
      'Sounds like (93%): expensive | it is a bit too expensive for me',
    ]);
  });
});
