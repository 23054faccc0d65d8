// "Play a sample call": the demo's telephony. It feeds a recorded-style transcript (sample-calls.js) into the
// widget's `desk.hear(text, { speaker, final })` line by line at a speaking pace, as a CRM passes on what its
// speech-to-text hears, and shows the transcript in a small panel. `?pace=2` plays twice as fast.

import { SAMPLE_CALLS } from './sample-calls.js';

/** About 150 words a minute, a calm speaking pace. */
const WORD_MS = 400;
/** The silence between two lines. */
const PAUSE_MS = 700;
/** A recogniser's interim result comes every few words while someone is still talking. */
const WORDS_PER_FRAGMENT = 2;

const STRINGS = {
  ru: {
    title: 'Расшифровка звонка',
    hint: 'каждая реплика идёт в <code>desk.hear()</code>',
    play: 'Проиграть пример звонка',
    stop: 'Стоп',
    customer: 'Клиент',
    operator: 'Оператор',
    idle: 'Нажмите «Проиграть»: реплики звонка пойдут в виджет, и он подскажет возражение, пока клиент говорит.',
    unavailable: 'В этой сборке виджета нет desk.hear() — пример звонка играть некуда.',
  },
  en: {
    title: 'Call transcript',
    hint: 'each line goes to <code>desk.hear()</code>',
    play: 'Play a sample call',
    stop: 'Stop',
    customer: 'Customer',
    operator: 'Agent',
    idle: 'Press play: the call’s lines go to the widget, which suggests an objection while the customer talks.',
    unavailable: 'This build of the widget has no desk.hear(), so the sample call has nowhere to play.',
  },
  tr: {
    title: 'Görüşme dökümü',
    hint: 'her satır <code>desk.hear()</code> ile widget’a gider',
    play: 'Örnek görüşmeyi oynat',
    stop: 'Durdur',
    customer: 'Müşteri',
    operator: 'Temsilci',
    idle: 'Oynat’a basın: görüşmenin satırları widget’a gider, müşteri konuşurken widget bir itiraz önerir.',
    unavailable: 'Widget’ın bu sürümünde desk.hear() yok, örnek görüşme oynatılamıyor.',
  },
};

/**
 * The sample call's panel: `desk` is the widget, `locale()` the demo's language. Returns `render()` (after a
 * language change: the panel's texts, and the call of that language from its start) and `stop()`.
 */
export function callPlayer(desk, locale) {
  const panel = document.getElementById('transcript-card');
  const playButton = document.getElementById('call-play');
  const stopButton = document.getElementById('call-stop');
  const list = document.getElementById('transcript');
  const pace = Number(new URLSearchParams(location.search).get('pace')) || 1;
  /** The call playing, until it ends or is stopped: a new object per play, so that a stopped one never resumes. */
  let playing;
  let timer;

  const strings = () => STRINGS[locale()];
  // Checked at each render rather than once: a page may define the widget, or a newer one, after this script.
  const canHear = () => typeof desk.hear === 'function';

  function render() {
    const t = strings();
    panel.querySelector('.card-title').textContent = t.title;
    panel.querySelector('.transcript-hint').innerHTML = t.hint;
    playButton.textContent = t.play;
    stopButton.textContent = t.stop;
    playButton.disabled = Boolean(playing) || !canHear();
    playButton.title = canHear() ? '' : t.unavailable;
    stopButton.disabled = !playing;
    if (!playing && list.childElementCount === 0) list.append(placeholder(t));
    for (const speaker of list.querySelectorAll('.transcript-speaker')) speaker.textContent = t[speaker.parentElement.dataset.speaker];
  }

  function placeholder(t) {
    const item = document.createElement('li');
    item.className = 'transcript-idle';
    item.textContent = canHear() ? t.idle : t.unavailable;
    return item;
  }

  /** Waits `ms` at the call's pace; false when the call was stopped meanwhile. */
  function pause(call, ms) {
    return new Promise((resolve) => {
      timer = setTimeout(() => resolve(call === playing), ms / pace);
    });
  }

  /** Adds a line to the panel, scrolled to it (the panel alone: the page stays where the operator is). */
  function show(line) {
    const item = document.createElement('li');
    item.className = 'transcript-line';
    item.dataset.speaker = line.speaker;
    const speaker = document.createElement('span');
    speaker.className = 'transcript-speaker';
    speaker.textContent = strings()[line.speaker];
    const text = document.createElement('span');
    text.className = 'transcript-text';
    item.append(speaker, ' ', text);
    list.append(item);
    return (words, final) => {
      text.textContent = words;
      item.toggleAttribute('data-interim', !final);
      list.scrollTop = list.scrollHeight;
    };
  }

  async function play() {
    if (playing || !canHear()) return;
    const call = (playing = {});
    const lines = SAMPLE_CALLS[locale()];
    list.replaceChildren();
    render();
    for (const line of lines) {
      const words = line.text.split(' ');
      let said = 0;
      let update;
      if (line.interim) {
        for (said = WORDS_PER_FRAGMENT; said < words.length; said += WORDS_PER_FRAGMENT) {
          if (!(await pause(call, WORDS_PER_FRAGMENT * WORD_MS))) return;
          const fragment = words.slice(0, said).join(' ');
          update ??= show(line);
          update(fragment, false);
          desk.hear(fragment, { speaker: line.speaker, final: false });
        }
        said -= WORDS_PER_FRAGMENT;
      }
      if (!(await pause(call, (words.length - said) * WORD_MS))) return;
      (update ?? show(line))(line.text, true);
      desk.hear(line.text, { speaker: line.speaker, final: true });
      if (!(await pause(call, PAUSE_MS))) return;
    }
    playing = undefined;
    render();
    if (document.activeElement === stopButton) playButton.focus();
  }

  function stop() {
    if (!playing) return;
    playing = undefined;
    clearTimeout(timer);
    render();
  }

  playButton.addEventListener('click', () => void play());
  stopButton.addEventListener('click', () => {
    stop();
    playButton.focus();
  });

  return {
    render() {
      // Another language: its own call, from the start.
      stop();
      list.replaceChildren();
      render();
    },
    stop,
  };
}
