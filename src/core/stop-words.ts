import { foldForSearch } from './fold.js';

/**
 * Fillers and function words of Russian, English and Turkish. In a query of several words they still count,
 * but little: "ну это дорого" is about "дорого", not about whichever phrase also says "ну" and "это".
 * Words that carry the meaning of an objection ("не", "ne", "how", "çok") are deliberately not here.
 */
const STOP_WORDS_BY_LANGUAGE = {
  ru: `а и но да же ли бы уж то это этот эта эти вот ну так там тут как я мы вы ты он она оно они меня мне
    нас нам вас вам вами его её ее их у в во на с со по за к ко о об от до из для при про что чтобы если или
    уже ещё еще просто вообще слушайте слушай скажите скажи короче типа ой кстати вроде значит очень
    как-то прям прямо реально честно блин наверное может пожалуйста ладно ага`,
  en: `a an the is are am was be been it its it's this that these those to of in on at for and or but so
    just well i i'm you you're we me my your our do does did um uh hmm oh ah like really okay ok hey hi hello
    yeah even guys actually honestly very quite totally maybe probably please pls plz`,
  tr: `bu şu o bir ve de da mi mı mu mü ki ya şey yani ama için ile ben sen biz siz beni sizi bana size acaba
    hani işte peki tamam evet hayır pek biraz çok gerçekten valla yahu lütfen galiba herhalde`,
};

let folded: ReadonlySet<string> | undefined;

/**
 * True for a stop word, folded like every searched text (see {@link foldForSearch}). The list is folded on
 * the first query rather than when the script loads: start-up is what an embedded widget is judged by.
 */
export function isStopWord(word: string): boolean {
  folded ??= new Set(
    Object.values(STOP_WORDS_BY_LANGUAGE).flatMap((words) => words.split(/\s+/).map((each) => foldForSearch(each))),
  );
  return folded.has(word);
}

/** Weight of a filler or function word (see {@link isStopWord}) as a share of an ordinary word's. */
export const STOP_WORD_SHARE = 0.2;

/** How much a folded word says, as a share of an ordinary word: a filler or function word says little. */
export function wordImportance(word: string): number {
  return isStopWord(word) ? STOP_WORD_SHARE : 1;
}
