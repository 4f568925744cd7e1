import { describe, expect, it } from 'vitest';
import { ArticleFacts } from '../../../lib/analyzer/sides/article-facts';
import type { Discourse } from '../../../lib/analyzer/discourse';
import { countryNamed } from '../../../lib/analyzer/sides/names';
import { isPartySide, namedSide } from '../../../lib/analyzer/side-names';

// The article's facts search only around the words their patterns hold ("navy", "through", ", a ", "-run", "Police");
// these check that they find what one pass of the same pattern over the whole text finds.
const facts = (text: string) => new ArticleFacts(text, {} as Discourse);

const CLIENT_OF_COUNSEL = /(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3}),?\s+through\s+(?:his|her|their|its)\s+(?:lawyers?|attorneys?|solicitors?)\b|\b(?:lawyers?|attorneys?|solicitors?)\s+for\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){0,3})/u;
const RUN_BY_PARTY = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)-(?:run|led|controlled)\b/gu;
const NAMED_POLICE = /\p{Lu}\p{Ll}+\s(?:Police|Constabulary)\b/u;
const DESCRIBED_PERSON = /(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2}),\s+an?\s+((?:\p{Ll}[\p{Ll}-]*\s){0,2}\p{Ll}[\p{Ll}-]*)(?=\s+(?:who|from|in|at|with)\b|[,.;])/gu;

function wholeTextClient(text: string): string | null {
  const m = CLIENT_OF_COUNSEL.exec(text);
  return m?.[1] ?? m?.[2] ?? null;
}

function wholeTextForce(text: string, force: string, upTo: number): string | null {
  const pattern = new RegExp(String.raw`(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?:['\u2019]s)?\s+[${force[0]!.toUpperCase()}${force[0]}]${force.slice(1)}\b`, 'gu');
  let found: string | null = null;
  for (const m of text.matchAll(pattern)) if (m.index < upTo) found = countryNamed(m[1]!) ?? found;
  return found;
}

function wholeTextRulingParty(text: string): string | null {
  return [...text.matchAll(RUN_BY_PARTY)].map((m) => namedSide(m[1]!)).find((side) => !!side && isPartySide(side)) ?? null;
}

/** Does the text write the word with no letter either side of it? */
function wholeTextWrites(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  return false;
}

const TEXTS = [
  'Tom Reed, through his lawyer2 said no. Ana Ruiz, through her lawyer_x said no. Ana Ruiz, through her lawyer, said no.',
  'The lawyer said nothing. Mara Quinn, through her lawyer, denied it. A lawyer for Tom Reed said more.',
  'A lawyer for Tom Reed spoke first; later Mara Quinn, through her lawyer, denied it.',
  'Quinn (through her attorneys) said no. Quinn, 41, through her attorneys, said no. Elena Rusk through her solicitors said no.',
  'Rusk 😀 Elena, through her lawyer, spoke. Solicitors for Reed 😀 Co declined.',
  'Officials said the Sri Lankan navy had detained them; "Indian Navy" ships, Sri Lanka\'s navy and the navy1 left; the Indian navy1 and Kenyan navy_2 did not; the Kenyan navy did.',
  'After the Kenyan army moved in, 3 Ugandan army units and the Kenya Army\'s 😀 Tanzanian military said nothing. Army.',
  'Margaret Hollis, a retired schoolteacher who lives nearby, and Tom Reed, an engineer, with Ana Ruiz, a nurse; spoke.',
  'Heartland Forward Fund, a super PAC that ran ads, and Great Plains & Northern, a regional railroad, said 😀 Mara Quinn, a nurse.',
  'The 2Labour-run council, the x_Labour-led board and the Labour-running mates met 5lawyers for Tom Reed; the Conservative-controlled2 authority did not.',
  'The Labour-run council met. The Conservative-controlled authority and the Kent\nPolice, with Kent Policeman Reed, spoke; Kent Police2 did not.',
  'West Midlands Police said the Conservative-led county, not the KENT Constabulary, was wrong.',
  'No force was named; the Green-run town and Sussex 😀 Police said so.',
];

describe("the article's facts found around their words, as by a pass over the whole text", () => {
  it.each(TEXTS)('the client named for counsel: %s', (text) => {
    expect(facts(text).clientOfCounsel()).toBe(wholeTextClient(text));
  });

  it.each(TEXTS)('the country of a force, at every place: %s', (text) => {
    for (const force of ['army', 'navy', 'military'])
      for (let upTo = 0; upTo <= text.length; upTo += 7) expect(facts(text).forceCountry(force, upTo)).toBe(wholeTextForce(text, force, upTo));
  });

  it.each(TEXTS)('the people described by an appositive: %s', (text) => {
    const described = [...facts(text).personsDescribed()].map(([description, { name, at }]) => [description, name, at]);
    const expected = new Map<string, [string, number]>();
    for (const m of text.matchAll(DESCRIBED_PERSON)) if (!expected.has(m[2]!)) expected.set(m[2]!, [m[1]!, m.index]);
    const sure = described.every(([description, name, at]) => {
      const [n, i] = expected.get(description as string) ?? [];
      return n === name && i === at;
    });
    expect(sure).toBe(true);
  });

  it.each(TEXTS)('the party that runs the council: %s', (text) => {
    expect(facts(text).rulingParty()).toBe(wholeTextRulingParty(text));
  });

  it.each(TEXTS)('whether a police force is named (no dateline force then): %s', (text) => {
    const local = new ArticleFacts(text, { datelinePlace: 'Millbrook' } as Discourse).localPolice();
    expect(local === null).toBe(NAMED_POLICE.test(text));
  });

  it.each(TEXTS)('the words the text writes whole: %s', (text) => {
    const words = [...new Set(text.split(/[\s,.;]+/))].flatMap((w) => [w, w.toLowerCase(), `${w.toLowerCase()}s`, w.slice(1), w.slice(0, -1)]);
    for (const word of [...words, 'lawyer', 'navy', 'Police', 'run', 'e', '']) expect([word, facts(text).writesWord(word)]).toEqual([word, wholeTextWrites(text, word)]);
  });

  it('"the Labour-run council" is run by Labour; "Kent Police" is a force named', () => {
    const text = TEXTS.find((t) => t.startsWith('The Labour-run'))!;
    expect(facts(text).rulingParty()).toBe('Labour Party');
    expect(new ArticleFacts('Kent Police said so.', { datelinePlace: 'Millbrook' } as Discourse).localPolice()).toBeNull();
    expect(new ArticleFacts('Police said so.', { datelinePlace: 'Millbrook' } as Discourse).localPolice()).toBe('Millbrook Police');
  });

  it('"Mara Quinn, a nurse" and "Heartland Forward Fund, a super PAC" are found around their commas', () => {
    const text = TEXTS.find((t) => t.startsWith('Heartland'))!;
    expect(facts(text).bodyOfKind('super PAC')).toBe('Heartland Forward Fund');
    expect(facts(text).bodyOfKind('railroad')).toBe('Great Plains & Northern');
    expect(facts(TEXTS.find((t) => t.startsWith('Margaret'))!).personsDescribed().get('retired schoolteacher')?.name).toBe('Margaret Hollis');
  });
});
