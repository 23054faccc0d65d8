/**
 * The same keys on the Russian ЙЦУКЕН layout and the Latin QWERTY layout (the Turkish Q layout's own
 * letters included), so text typed with the wrong layout active can be read as intended: "ljhjuj" → "дорого",
 * "рщц ьгср" → "how much".
 */
const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const QWERTY_SHIFTED = '{}:"<>~';
const JCUKEN_SHIFTED = 'ХЪЖЭБЮЁ';
/** Turkish Q layout letters on the keys of х ъ ж ш б ю. */
const TURKISH_Q = 'ğüşıöç';
const TURKISH_Q_AS_JCUKEN = 'хъжшбю';

const LATIN_TO_CYRILLIC = new Map<string, string>();
const CYRILLIC_TO_LATIN = new Map<string, string>();

for (let i = 0; i < QWERTY.length; i += 1) {
  const latin = QWERTY[i]!;
  const cyrillic = JCUKEN[i]!;
  LATIN_TO_CYRILLIC.set(latin, cyrillic);
  CYRILLIC_TO_LATIN.set(cyrillic, latin);
  const upperLatin = latin.toUpperCase();
  if (upperLatin !== latin) {
    LATIN_TO_CYRILLIC.set(upperLatin, cyrillic.toUpperCase());
    CYRILLIC_TO_LATIN.set(cyrillic.toUpperCase(), upperLatin);
  }
}
for (let i = 0; i < QWERTY_SHIFTED.length; i += 1) {
  LATIN_TO_CYRILLIC.set(QWERTY_SHIFTED[i]!, JCUKEN_SHIFTED[i]!);
  CYRILLIC_TO_LATIN.set(JCUKEN_SHIFTED[i]!, QWERTY_SHIFTED[i]!);
}
for (let i = 0; i < TURKISH_Q.length; i += 1) {
  LATIN_TO_CYRILLIC.set(TURKISH_Q[i]!, TURKISH_Q_AS_JCUKEN[i]!);
  LATIN_TO_CYRILLIC.set(TURKISH_Q[i]!.toLocaleUpperCase('tr'), TURKISH_Q_AS_JCUKEN[i]!.toUpperCase());
}

/**
 * Re-types `text` as if the other layout had been active: Latin key characters become Cyrillic and Cyrillic
 * become Latin; anything else (digits, spaces, other scripts) stays.
 */
export function switchKeyboardLayout(text: string): string {
  let result = '';
  for (const ch of text) result += LATIN_TO_CYRILLIC.get(ch) ?? CYRILLIC_TO_LATIN.get(ch) ?? ch;
  return result;
}
