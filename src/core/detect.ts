import { foldForSearch } from './fold.js';
import type { ObjectionSearch } from './search.js';
import { deniedWords, dropQuestionTags, isNumber, wordLists, type WordLists } from './detect-words.js';
import { joinSplitWords, phraseTable, sayings } from './detect-phrases.js';
import { STOP_WORD_SHARE, isStopWord, wordImportance } from './stop-words.js';
import type { Locale } from './types.js';

/** An objection a customer's line raises, and how sure the detection is of it. */
export interface Detection {
  readonly id: string;
  /** 0–1; nothing below {@link DETECT_CONFIDENCE} is reported. */
  readonly confidence: number;
}

export interface DetectOptions {
  /** The language the customer speaks: only the catalog's phrases in it count (every language when absent). */
  readonly locale?: Locale;
  /** At most this many detections (default 3). */
  readonly limit?: number;
}

/**
 * Below this confidence a line is ordinary call talk and nothing is reported. Chosen on
 * tests/detect/utterances.tsv, in the middle of the range (0.36–0.42) where precision stays above 0.90 and recall
 * above 0.85 (0.92 and 0.89 there; tests/detect/holdout.tsv 0.92 and 0.90).
 */
export const DETECT_CONFIDENCE = 0.4;

const DEFAULT_LIMIT = 3;
/** Words of a line read at once: a catalog phrase is short, and a run-on line says several things. */
const WINDOW = 6;
/** Windows start this many words apart, so a phrase of up to five words is whole in one of them. */
const STEP = 2;
/** A line is cut here: speech-to-text may send a whole monologue as one line. */
const MAX_WORDS = 60;
/**
 * A detection's confidence is (share of one of the objection's phrases the window says) ^ PHRASE_SHARE ×
 * (share of the window the objection's phrases explain): a one-word phrase ("цена") said amid other talk
 * counts little, a long phrase half said still counts.
 */
const PHRASE_SHARE = 0.7;
/**
 * Confidence left to an objection whose words the line says are only question words and topics («ne kadar»,
 * "courier") when the line says something else none of its phrases explain: a plain question.
 */
const TOPIC_ONLY = 0.5;
/** Share of a phrase of topics a line must say for the topics alone to say the objection («ne kadar?», "how much"). */
const WHOLE_PHRASE = 0.8;
/** Share left to a phrase that denies («не хочу регистрироваться») when the line denies none of the words it says. */
const DENIAL_UNSAID = 0.5;

/**
 * Words speech-to-text writes for hesitation and padding, and intensifiers and hedges that do not change
 * what is said ("pretty pricey" is "pricey", «pahalı bence» is «pahalı»). Several words joined by `_` are one
 * filler ("как бы"), dropped only together.
 */
const FILLERS = {
  ru: 'ну э ээ эээ эм ммм мм хм ага угу как_бы короче типа слушайте слушай блин вот значит это_самое в_общем честно_говоря по_правде_говоря довольно весьма конечно в_принципе кажется по_моему',
  en: 'um umm uh uhh er erm hmm mm ah oh like kinda sorta basically literally actually well you_know i_mean kind_of sort_of to_be_honest pretty i_guess seriously',
  tr: 'ıı ı ııı ee eee hmm şey yani işte hani ya ay aa valla falan filan epey baya bayağı oldukça bence açıkçası aslında',
};

/**
 * Words of ordinary call talk that no objection is about: parts of addresses and contacts, thanks and
 * greetings (numbers are not read at all, see {@link isNumber}). A line made mostly of them is not
 * an objection, whichever phrase its other words brush against.
 */
const PLAIN_TALK = {
  ru: `номер улица дом квартира подъезд этаж корпус домофон индекс почта собака точка адрес телефон
    спасибо здравствуйте алло привет до свидания хорошо отлично понятно записала записал зовут`,
  en: `number street avenue road apartment
    floor buzzer zip code email dot com gmail address phone thanks thank hello hi bye goodbye yes yeah yep
    okay alright great perfect got name`,
  tr: `numara numaram numarası cadde caddesi sokak mahalle daire kat zil posta kodu mail nokta et com adres
    adresim telefon telefonum teşekkürler teşekkür merhaba alo evet tamam anladım güzel adım`,
};

/** Short forms of speech that speech-to-text writes as heard. */
const SPOKEN_FORMS: Readonly<Record<string, string>> = {
  щас: 'сейчас', ща: 'сейчас', чё: 'что', скока: 'сколько', wanna: 'want', gonna: 'going', gotta: 'got',
};
let spoken: ReadonlyMap<string, string> | undefined;
const [AT_WHAT, HOW_MUCH, WHEN] = ['во', 'сколько', 'когда'].map((word) => foldForSearch(word));

/** Folded word lists, made on the first detection rather than when the module loads. */
let fillers: { single: ReadonlySet<string>; multi: ReadonlyArray<readonly string[]> } | undefined;
let plainTalk: ReadonlySet<string> | undefined;

function foldedList(lists: Readonly<Record<string, string>>): string[] {
  return Object.values(lists).flatMap((list) => list.split(/\s+/).filter((word) => word !== ''));
}

/**
 * The words of `text` as detection reads them: folded as every searched text (see {@link foldForSearch}),
 * fillers dropped, at most 60.
 *
 * ```ts
 * utteranceWords('ну эээ как бы дорого'); // ['dorogo']
 * ```
 */
export function utteranceWords(text: string): string[] {
  fillers ??= (() => {
    const all = foldedList(FILLERS);
    return {
      single: new Set(all.filter((word) => !word.includes('_')).map((word) => foldForSearch(word))),
      multi: all.filter((word) => word.includes('_')).map((words) => foldForSearch(words.replace(/_/g, ' ')).split(' ')),
    };
  })();
  const { single, multi } = fillers;
  const words = foldForSearch(text.slice(0, MAX_WORDS * 30)).split(' ').filter((word) => word !== '');
  const kept: string[] = [];
  for (let i = 0; i < words.length && kept.length < MAX_WORDS; i += 1) {
    const filler = multi.find((phrase) => phrase.every((word, j) => words[i + j] === word));
    if (filler) i += filler.length - 1;
    else if (!single.has(words[i]!)) kept.push(words[i]!);
  }
  return kept;
}

/** Share of `words` (folded) that are ordinary call talk (see {@link PLAIN_TALK}). */
function plainTalkShare(words: readonly string[]): number {
  plainTalk ??= new Set(foldedList(PLAIN_TALK).map((word) => foldForSearch(word)));
  if (words.length === 0) return 0;
  return words.filter((word) => plainTalk!.has(word)).length / words.length;
}

/**
 * The words of a line that detection matches: question tags and numbers dropped («заказ номер сто двадцать
 * три» reads as «заказ номер»), spoken short forms written out («щас»).
 */
function meaningfulWords(text: string, lists: WordLists): string[] {
  spoken ??= new Map(Object.entries(SPOKEN_FORMS).map(([short, full]) => [foldForSearch(short), foldForSearch(full)]));
  const words = dropQuestionTags(utteranceWords(text), lists)
    .filter((word) => !isNumber(word, lists))
    .map((word) => spoken!.get(word) ?? word);
  // «во сколько» asks the time (when), not the price.
  for (let i = words.indexOf(AT_WHAT); i >= 0 && i < words.length - 1; i = words.indexOf(AT_WHAT, i + 1)) {
    if (words[i + 1] === HOW_MUCH) words.splice(i, 2, WHEN);
  }
  return words;
}

/** Whether a phrase in `phraseLocale` is in the customer's `locale`: `en` for `en-GB` and the other way round. */
function sameLanguage(phraseLocale: Locale, locale: Locale): boolean {
  return phraseLocale === locale || phraseLocale.startsWith(`${locale}-`) || locale.startsWith(`${phraseLocale}-`);
}

/**
 * Objections a customer's speech-to-text line raises, best first; `[]` for ordinary call talk (greetings,
 * confirmations, addresses, numbers, questions about a product). Stateless and deterministic: each line is
 * judged alone.
 *
 * The line is folded, its fillers dropped («ну», «как бы», "um", "you know", "yani", "şey"), and read in
 * windows of six words. In each window, each phrase of the catalog (triggers and titles, in `locale`'s
 * language when given) that shares a word of meaning with it scores by how much of the phrase the window
 * says, its rare words weighing more; an objection scores by its best phrase's share, and by how much of the
 * window its phrases together explain. A line made mostly of numbers, addresses and thanks scores less. An
 * objection's confidence is its best window's score. `search` gives the merged catalog; its phrases are
 * indexed once per catalog, on the first detection.
 *
 * Words are matched whole, by stem (a different ending) or one letter off, not by the search's fuzzy
 * matching: speech-to-text spells words right, and a fuzzy search per window would cost milliseconds.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));
 * detectObjections(search, 'ну эээ дороговато у вас как бы', { locale: 'ru' }); // [{ id: 'expensive', confidence: 1 }]
 * detectObjections(search, 'да улица ленина дом пять квартира двенадцать', { locale: 'ru' }); // []
 * ```
 */
export function detectObjections(search: ObjectionSearch, text: string, options: DetectOptions = {}): Detection[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  const { locale } = options;
  const lists = wordLists(locale);
  const { catalog } = search;
  const table = phraseTable(catalog);
  const words = joinSplitWords(meaningfulWords(text, lists), table);
  if (words.length === 0 || !(limit >= 1)) return [];
  const said = words.map((word) => sayings(word, table));
  // A word that picks an item ("the blue one") weighs as a function word: the line is about the item either way.
  const wordWeights = words.map((word) => (lists.item.has(word) ? STOP_WORD_SHARE : wordImportance(word)) * Math.min(word.length, 10));
  const denied = deniedWords(words, lists);
  // Ordinary call talk brushes against phrases through a word or two: its share counts against.
  const plain = 1 - plainTalkShare(words);
  const best = new Map<number, number>();
  /** A word that says something: not a function word or one that picks an item. */
  const isOther = (word: string) => !isStopWord(word) && !lists.item.has(word);
  /** Whether the line's word at `at` says a word of one of the objection's phrases (found once per word). */
  const objectionsSaid = new Map<number, ReadonlySet<number>>();
  const says = (at: number, objection: number) => {
    let set = objectionsSaid.get(at);
    if (!set) {
      const phrases = [...said[at]!.keys()].flatMap((word) => table.phrasesOf.get(word) ?? []);
      objectionsSaid.set(at, (set = new Set(phrases.map((index) => table.phrases[index]!.objection))));
    }
    return set.has(objection);
  };
  const starts = new Set(Array.from({ length: Math.max(1, Math.ceil((words.length - WINDOW) / STEP) + 1) }, (_, i) => Math.max(0, Math.min(i * STEP, words.length - WINDOW))));
  for (const start of starts) {
    const end = Math.min(words.length, start + WINDOW);
    const candidates = new Set<number>();
    for (let at = start; at < end; at += 1) for (const word of said[at]!.keys()) for (const phrase of table.phrasesOf.get(word) ?? []) candidates.add(phrase);
    let windowWeight = 0;
    for (let at = start; at < end; at += 1) windowWeight += wordWeights[at]!;
    // Per objection: the best share of one of its phrases the window says, how much of the window its
    // phrases together explain (several phrases of one objection agreeing), and whether a word it explains
    // says more than a topic.
    const byObjection = new Map<number, { explains: number[]; share: number; beyondTopic: boolean; carried: boolean }>();
    for (const index of candidates) {
      const phrase = table.phrases[index]!;
      if (locale && !sameLanguage(phrase.locale, locale)) continue;
      let own = byObjection.get(phrase.objection);
      if (!own) byObjection.set(phrase.objection, (own = { explains: new Array<number>(end - start).fill(0), share: 0, beyondTopic: false, carried: false }));
      let covered = 0;
      let deniedToo = false;
      let carried = false;
      let beyondTopic = false;
      phrase.words.forEach((word, i) => {
        let quality = 0;
        for (let at = start; at < end; at += 1) {
          // «не дорого», "not expensive", «pahalı değil»: a denied word says the opposite of a phrase that does not deny.
          const q = denied[at] && !phrase.denies ? 0 : (said[at]!.get(word) ?? 0);
          if (q === 0) continue;
          quality = Math.max(quality, q);
          own!.explains[at - start] = Math.max(own!.explains[at - start]!, q);
          if (phrase.carries[i]) carried = true;
          if (!phrase.topics[i] && !lists.topic.has(words[at]!) && !plainTalk!.has(words[at]!)) beyondTopic = true;
          if (denied[at]) deniedToo = true;
        }
        covered += phrase.weights[i]! * quality;
      });
      // "i don't want to cancel anything, i just wanted to check" says only "don't want" of site-hassle's "don't
      // want to register": such words explain the line for an objection only beside a word that says it.
      if (carried) own.carried = true;
      // «uygun» says the opposite of "şu an uygun değil": it says no more than a topic of that phrase.
      if (beyondTopic && (deniedToo || !phrase.denies)) own.beyondTopic = true;
      if (!carried) continue;
      // "şu an uygun değil" (not convenient now) is not said by «pahalı değil, gayet uygun»: the line denies, but not what the phrase denies.
      if (phrase.denies && !deniedToo) covered *= DENIAL_UNSAID;
      if (phrase.total > 0) own.share = Math.max(own.share, covered / phrase.total);
    }
    for (const [objection, { explains, share, beyondTopic, carried }] of byObjection) {
      if (!carried) continue;
      const explained = explains.reduce((sum, q, i) => sum + q * wordWeights[start + i]!, 0);
      // The word just after the window counts too: "how much does the big one | weigh".
      const saysElse =
        explains.some((q, i) => q === 0 && isOther(words[start + i]!)) || (end < words.length && isOther(words[end]!) && !says(end, objection));
      // Only topics, beside other talk or without a whole phrase of them ("my order number is…" is not "I haven't
      // got an order number"; "how much" alone is the price question).
      const topicOnly = !beyondTopic && (saysElse || share < WHOLE_PHRASE) ? TOPIC_ONLY : 1;
      const confidence = share ** PHRASE_SHARE * (windowWeight === 0 ? 0 : explained / windowWeight) * plain * topicOnly;
      if (confidence > (best.get(objection) ?? 0)) best.set(objection, confidence);
    }
  }
  return [...best]
    .filter(([, confidence]) => confidence >= DETECT_CONFIDENCE)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([objection, confidence]) => ({ id: catalog.objections[objection]!.id, confidence: Math.round(confidence * 100) / 100 }));
}
