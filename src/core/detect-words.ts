import { foldForSearch } from './fold.js';
import { isStopWord } from './stop-words.js';
import type { Locale } from './types.js';

/**
 * How detection reads the words of a customer's line apart from matching them: which carry no meaning for an
 * objection (numbers, question tags), which deny what follows or precedes them («не», "not", «değil», a Turkish
 * verb with the negative -me/-ma), and which only name a topic (a question word, "delivery", «ödeme») that a
 * plain product question shares with an objection.
 */

/** Numbers as speech-to-text writes them: an order number or a sum says nothing about which objection. */
const NUMBERS = {
  ru: `ноль один одна одну одного два две двух три трёх четыре пять шесть семь восемь девять десять одиннадцать
    двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать
    тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот
    шестьсот семьсот восемьсот девятьсот тысяча тысячи тысячу тысяч тыща тыщу тыщи тыщ полторы`,
  en: `zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
    thousands`,
  tr: `sıfır bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli altmış yetmiş seksen doksan yüz
    bin milyon`,
};

/**
 * Tags that turn a statement into a question without changing what it says ("pahalı değil mi" is "pahalı");
 * words joined by `_` are one tag. Dropped wherever they stand, except those marked `$`: dropped only at the
 * end of the line («да» elsewhere is an answer).
 */
const QUESTION_TAGS = {
  ru: 'не_так_ли да$ правда$ верно$ ведь$ же$',
  en: "isn't_it aren't_they isn't_that don't_you_think right$ is_it$ or_what$",
  tr: 'değil_mi değil_dimi di_mi dimi öyle_mi$',
};

/** Words that deny the next word of meaning («не дорого», "not expensive", "don't want to cancel"). */
const NEGATORS_BEFORE = {
  ru: 'не ни ничего никак никогда нисколько вовсе',
  en: "not never don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't haven't hasn't",
  tr: '',
};

/** Words that deny the word of meaning before them («pahalı değil»). */
const NEGATORS_AFTER = { ru: '', en: '', tr: 'değil değilim değiliz değildi değildir değilsiniz' };

/**
 * Words that accept what was said before them: "cash on delivery is fine", «оплата при получении меня
 * устраивает», «kapıda ödeme olur» agree to it (up to three words of meaning back), as «не» or «değil» would
 * refuse it. Turkish «olur mu» asks.
 */
const APPROVALS = { ru: 'устраивает подходит', en: 'fine', tr: 'olur' };
/** A Turkish question particle (folded: «mı», «musunuz»): «olur mu» is a question, not an answer. */
const QUESTION_PARTICLE = /^m[iu](?:s[iu]n(?:[iu]z)?|[iu]m|[iu]z)?$/;

/** After «не», these deny what came before: «отменять не надо», «регистрироваться не хочу». */
const DENIED_BEFORE_NE = 'надо нужно стоит буду будем хочу хотим могу';

/**
 * Words a denial passes through to the word it denies: "don't want to cancel" denies "cancel", "not too
 * expensive" denies "expensive", «не слишком дорого» denies «дорого», "i never said i wanted to return it"
 * denies "return".
 */
const PASSED_THROUGH = `want wanna wanted need think like have going gonna too that so any said say asked meant хочу хотим
  хотел хотела надо нужно буду будем думаю слишком особо сильно говорил говорила сказал сказала просил просила`;

/** A Turkish infinitive ("etmek", "almayı"): the verb after it, when negative, denies it and the word before it. */
const TURKISH_INFINITIVE = /m[ea]k$|m[ea]i$|m[ea]s[iu]n[iu]$/;
/** A Turkish light verb in the negative ("etmeyin", "olmaz"): it denies the noun before it («iptal etmeyin»). */
const TURKISH_LIGHT_VERB = /^(?:et|ed|ol|yap)m/;

/**
 * A Turkish verb in the negative (folded): a stem of two letters or more, then -me/-ma with a tense or person
 * ("istemiyorum", "gelmedi", "ödemem", "olmaz", "etmeyin"). -meli (must) and -mek (to) are not negative.
 */
// Folded: "istemiyorum" is "istemiorum", "etmeyin" "etmein", "olmayacak" "olmaiacak".
const TURKISH_NEGATIVE_VERB = /^[a-z]{2,}?m(?:[iu]i?or|[ea]z|[ea]d[iu]|[ea]m$|[ea]i?[iu]n|[ea]i[ea]c[ea]k)/;

/**
 * Words a plain product or delivery question shares with an objection: question words and the names of
 * topics. A line whose match is only these, beside a word no phrase of that objection explains ("how much
 * does it weigh", «ağırlığı ne kadar», "what time will the courier come"), asks something else.
 */
const TOPIC_WORDS = {
  ru: `сколько как когда где какой какая какие что чем доставка доставку доставки курьер курьер курьера заказ
    заказа оплата оплату оплаты карта карты картой гарантия гарантии товар товара сайт сайте время будет примерно
    приблизительно цена цену цены стоимость сегодня завтра утром утра днём днем вечером вечера понедельник вторник
    среду четверг пятницу субботу воскресенье выходные`,
  en: `how what when where which much many long time courier delivery deliver shipping ship order card cards
    pay payment warranty item product site website come arrive one roughly about approximately price prices
    today tomorrow tonight morning afternoon evening monday tuesday wednesday thursday friday saturday sunday weekend`,
  tr: `ne kadar nasıl zaman hangi kaç kargo kurye sipariş ödeme kart kartla garanti garantisi ürün site sitede
    olur gelir etmek olmak yapmak kaçta saat yaklaşık bugün yarın sabah öğle öğleden akşam sonra
    pazartesi salı çarşamba perşembe cuma cumartesi pazar`,
};

/**
 * Words that pick which of the items the call is about — colours, sizes, "one", "model" — and say nothing
 * else: "how much is the blue one" asks the price as "how much is it" does, «mavisi ne kadar» as «ne kadar».
 */
const ITEM_WORDS = {
  ru: `синий синего синюю синяя синее черный черного черную черная белый белого белую белая красный красного
    красную красная серый серого серую серая зеленый зеленого зеленую розовый розового большой большого
    большую маленький маленького маленькую модель модели этот эта этого эту вариант`,
  en: `one ones blue black white red grey gray green pink silver gold big bigger small smaller large medium
    model version size colour color`,
  tr: `mavi mavisi siyah siyahı beyaz beyazı kırmızı kırmızısı gri grisi yeşil yeşili pembe pembesi büyük
    büyüğü küçük küçüğü model modeli boy renk rengi`,
};

export interface WordLists {
  readonly numbers: ReadonlySet<string>;
  readonly tags: ReadonlyArray<{ readonly words: readonly string[]; readonly atEnd: boolean }>;
  readonly negatorsBefore: ReadonlySet<string>;
  readonly negatorsAfter: ReadonlySet<string>;
  /** Words that accept the words of meaning before them (see {@link APPROVALS}). */
  readonly approvals: ReadonlySet<string>;
  readonly deniedBeforeNe: ReadonlySet<string>;
  readonly passedThrough: ReadonlySet<string>;
  readonly topic: ReadonlySet<string>;
  /** Words that pick an item (see {@link ITEM_WORDS}). */
  readonly item: ReadonlySet<string>;
  /** Whether Turkish negative verbs are read (the line may be Turkish). */
  readonly turkish: boolean;
}

const split = (list: string) => list.split(/\s+/).filter((word) => word !== '');
const foldAll = (lists: Readonly<Record<string, string>>, locale?: Locale) =>
  Object.entries(lists)
    .filter(([language]) => !locale || locale === language || locale.startsWith(`${language}-`))
    .flatMap(([, list]) => split(list))
    .map((word) => foldForSearch(word.replace(/_/g, ' ')));

const LISTS = new Map<string, WordLists>();

/**
 * The word lists of `locale`'s language, folded (every language's when none is given, except that «не» and
 * the Turkish "ne" (what) fold alike: the Russian negator counts only for Russian).
 */
export function wordLists(locale?: Locale): WordLists {
  const key = locale ?? '';
  const known = LISTS.get(key);
  if (known) return known;
  const negatorsBefore = new Set(foldAll(NEGATORS_BEFORE, locale));
  if (!locale) negatorsBefore.delete('ne');
  const lists: WordLists = {
    numbers: new Set(foldAll(NUMBERS)),
    tags: Object.entries(QUESTION_TAGS)
      .filter(([language]) => !locale || locale === language || locale.startsWith(`${language}-`))
      .flatMap(([, list]) => split(list))
      .map((tag) => ({ words: foldForSearch(tag.replace(/[_$]/g, ' ')).split(' ').filter((w) => w !== ''), atEnd: tag.endsWith('$') })),
    negatorsBefore,
    negatorsAfter: new Set(foldAll(NEGATORS_AFTER, locale)),
    approvals: new Set(foldAll(APPROVALS, locale)),
    deniedBeforeNe: new Set(split(DENIED_BEFORE_NE).map((word) => foldForSearch(word))),
    passedThrough: new Set(split(PASSED_THROUGH).map((word) => foldForSearch(word))),
    topic: new Set(foldAll(TOPIC_WORDS)),
    item: new Set(foldAll(ITEM_WORDS, locale)),
    turkish: !locale || locale === 'tr' || locale.startsWith('tr-'),
  };
  LISTS.set(key, lists);
  return lists;
}

/** Whether `word` (folded) is a number: digits or a number word of any language. */
export function isNumber(word: string, lists: WordLists): boolean {
  return lists.numbers.has(word) || /^\d+$/.test(word);
}

/** `words` without question tags: those marked for the end only there. */
export function dropQuestionTags(words: readonly string[], lists: WordLists): string[] {
  const kept = [...words];
  for (const { words: tag, atEnd } of lists.tags) {
    for (let i = atEnd ? kept.length - tag.length : 0; i >= 0 && i <= kept.length - tag.length; i += 1) {
      if (tag.every((word, j) => kept[i + j] === word)) {
        kept.splice(i, tag.length);
        i -= 1;
      }
    }
  }
  return kept;
}

/** Whether `word` (folded) is a Turkish verb in the negative. */
export function isNegativeVerb(word: string): boolean {
  return word !== 'tamam' && TURKISH_NEGATIVE_VERB.test(word);
}

/** Whether a word of a phrase or a line denies: a negator or a Turkish negative verb. */
export function isDenial(word: string, lists: WordLists): boolean {
  return lists.negatorsBefore.has(word) || lists.negatorsAfter.has(word) || (lists.turkish && isNegativeVerb(word));
}

/** "no need to…" denies as "don't need to…" does; "no" alone is an answer ("no, it's too expensive"). */
const NO_NEED = ['no', 'need'].map((word) => foldForSearch(word));

/** Whether the word at `at` of `words` denies: {@link isDenial}, or the "no" of "no need". */
export function isDenialAt(words: readonly string[], at: number, lists: WordLists): boolean {
  return isDenial(words[at]!, lists) || isNoNeed(words, at, lists);
}

function isNoNeed(words: readonly string[], at: number, lists: WordLists): boolean {
  return lists.negatorsBefore.has('not') && words[at] === NO_NEED[0] && words[at + 1] === NO_NEED[1];
}

/**
 * For each word of a line, whether a denial covers it: the next word of meaning after «не» / "not" (stop words
 * and words such as "want", "too", «слишком» passed through), the word before «değil» or two before «не надо»,
 * and a Turkish negative verb itself — with the noun before it when it is a light verb («iptal etmeyin») or
 * with an infinitive and its noun before it («iptal etmek istemiyorum»).
 *
 * ```ts
 * deniedWords(['ne', 'dorogo'], wordLists('ru')); // [false, true]
 * ```
 */
export function deniedWords(words: readonly string[], lists: WordLists): boolean[] {
  const denied = words.map(() => false);
  /** Denies the word of meaning before `at` and the stop words between. */
  const back = (at: number): number => {
    let i = at - 1;
    while (i > 0 && isStopWord(words[i]!)) denied[i--] = true;
    if (i >= 0) denied[i] = true;
    return i;
  };
  words.forEach((word, at) => {
    if (lists.negatorsBefore.has(word) || isNoNeed(words, at, lists)) {
      if (lists.deniedBeforeNe.has(words[at + 1] ?? '')) back(back(at));
      for (let i = at + 1; i < words.length; i += 1) {
        denied[i] = true;
        if (!isStopWord(words[i]!) && !lists.passedThrough.has(words[i]!)) break;
      }
    } else if (lists.negatorsAfter.has(word)) back(at);
    else if (lists.approvals.has(word) && !QUESTION_PARTICLE.test(words[at + 1] ?? '')) back(back(back(at)));
    else if (lists.turkish && isNegativeVerb(word)) {
      denied[at] = true;
      const before = words[at - 1] ?? '';
      if (TURKISH_INFINITIVE.test(before)) back(back(at));
      else if (TURKISH_LIGHT_VERB.test(word)) back(at);
    }
  });
  return denied;
}
