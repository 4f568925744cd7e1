// Parts of names and phrases: small tests that run for every token and name, so they avoid allocating.
const CAPITAL = /^\p{Lu}/u;

/** Does the text open with a capital letter (of any script)? ASCII, the common case, skips the regex. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(text);
}

/** Lower-case particles inside a name: "Correio da Tarde", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'la', 'da', 'do', 'dos', 'das', 'di', 'du', 'der', 'den', 'van', 'von', 'al', 'bin', 'ibn'];

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
