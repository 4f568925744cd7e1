// Parts of names and phrases: small tests that run for every token and name, so they avoid allocating.
const CAPITAL = /^\p{Lu}/u;

/** Does the text open with a capital letter (of any script)? ASCII, the common case, skips the regex. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(text);
}

/** The possessive "'s" ending a word: "Velmora's". */
export const POSSESSIVE_END = /['\u2019]s$/u;

/** "its", "their", "our": words that say whose. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Lower-case particles inside a name: "Correio da Tarde", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'la', 'da', 'do', 'dos', 'das', 'di', 'du', 'der', 'den', 'van', 'von', 'dello', 'della', 'al', 'bin', 'ibn'];

/** The text before its first comma: the head of "Jo Hale, a senator". */
export function beforeComma(text: string): string {
  const k = text.indexOf(',');
  return k < 0 ? text : text.slice(0, k);
}

/** The text before its first space: "Calloway" of "Calloway Marine Terminals". */
export function firstWord(text: string): string {
  const k = text.indexOf(' ');
  return k < 0 ? text : text.slice(0, k);
}

export function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

const SHOUTED_OPENING = /^(\p{Lu}{3,})(?=\s+\p{Lu}\p{Ll}|$)/u;

/**
 * "BUCKINGHAM Palace has denied", "POLICE have urged": a phrase opening with a word in capitals,
 * written as the article writes that word elsewhere; `writes` says whether it does (remembered by the caller).
 */
export function unshouted(phrase: string, writes: (word: string) => boolean): string {
  // Most names fail at their second letter: no regex for them.
  const second = phrase.charCodeAt(1);
  if (second < 128 && (second < 65 || second > 90)) return phrase;
  const shouted = SHOUTED_OPENING.exec(phrase)?.[1];
  if (!shouted) return phrase;
  const written = shouted.charAt(0) + shouted.slice(1).toLowerCase();
  return writes(written) ? written + phrase.slice(shouted.length) : phrase;
}

/** "al-Sahel", "el-Sisi": a name's last word after an Arabic article, which the article keeps in lower case. */
export const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u;
