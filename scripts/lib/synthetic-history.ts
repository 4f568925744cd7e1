// A synthetic history of claims about wars and their sides, the same on every run: filled into the
// extension by ./history-bench-harness.ts, and into a claim index in Node by scripts/bench-matching.ts.
import { STATUSES, type Claim, type ClaimResponse } from '../../lib/analyzer/types';
import type { HistoryFile, HistoryFileClaim } from '../../lib/history/history-file';

export const PAGES = 5000;
export const CLAIMS_PER_PAGE = 20;
export const DAY = 24 * 60 * 60 * 1000;

/** A small deterministic random number generator (mulberry32), so every run fills the same history. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = ['Russia', 'Ukraine', 'United States', 'Israel', 'Hamas', 'China', 'Taiwan', 'Iran', 'European Union', 'NATO', 'Sudan', 'India'];
const ASSERTERS = ['the Defense Ministry', 'the foreign ministry', 'a government spokesperson', 'the military', 'the president', 'officials'];
const SUBJECTS = ['its forces', 'its troops', 'the army', 'air defence units', 'its navy', 'special forces', 'its artillery', 'drone units'];
const VERBS: [string, string][] = [
  ['regained control over', 'retook'],
  ['captured', 'seized'],
  ['shot down', 'intercepted'],
  ['struck', 'hit'],
  ['encircled', 'surrounded'],
  ['withdrew from', 'pulled out of'],
  ['killed', 'killed'],
  ['wounded', 'injured'],
  ['destroyed', 'destroyed'],
  ['repelled an assault on', 'repelled an attack on'],
  ['cut supply lines to', 'cut supply lines to'],
  ['mined', 'laid mines around'],
  ['evacuated', 'evacuated'],
  ['fortified', 'fortified'],
  ['shelled', 'bombarded'],
  ['blockaded', 'blockaded'],
];
const OBJECTS = [
  'villages', 'drones', 'missiles', 'soldiers', 'tanks', 'positions', 'bridges', 'depots', 'civilians', 'fighters',
  'ships', 'aircraft', 'ammunition dumps', 'command posts', 'radar stations', 'fuel depots', 'rail junctions', 'airfields',
  'howitzers', 'armoured vehicles', 'helicopters', 'trenches', 'checkpoints', 'power substations', 'ports', 'warehouses',
  'launchers', 'boats', 'hospitals', 'schools', 'factories', 'dams', 'pipelines', 'mercenaries', 'sabotage groups',
  'supply convoys', 'observation posts', 'logistics hubs', 'training camps', 'border posts',
];
const PLACE_PARTS = ['Nov', 'Kras', 'Bel', 'Zap', 'Sud', 'Pok', 'Mar', 'Kup', 'Lyp', 'Vol', 'Chas', 'Tor', 'Ugl', 'Kher', 'Av', 'Dob', 'Rob', 'Sel', 'Vuh', 'Kur'];
const PLACE_ENDS = ['ivka', 'ohorivka', 'zha', 'orod', 'yansk', 'ove', 'iv', 'yar', 'etsk', 'opil', 'sk', 'dar', 'ynka', 'ne', 'ky'];
const REGIONS = ['Donetsk', 'Kursk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Belgorod', 'Luhansk', 'Sumy', 'Bryansk', 'Dnipropetrovsk', 'Gaza', 'Rafah', 'Khan Younis', 'Darfur', 'Khartoum', 'Kashmir', 'Taiwan Strait', 'Red Sea', 'Golan', 'Idlib'];
const MODIFIERS = [
  'overnight', 'on Sunday', 'on Monday', 'at dawn', 'in a counteroffensive', 'with precision weapons', 'using glide bombs',
  'after heavy fighting', 'in a night raid', 'with artillery support', 'in a coordinated operation', 'during a ceasefire',
  'with Western-supplied weapons', 'in a drone attack', 'in a special operation', 'along the front line',
  'in the past 24 hours', 'this week', 'for the first time', 'despite bad weather',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export interface BaseClaim {
  side: string;
  asserter: string;
  verb: [string, string];
  count: string;
  object: string;
  place: string;
  region: string;
  modifiers: string[];
}

export function makeBaseClaims(count: number, next: () => number): BaseClaim[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => ({
    side: pick(SIDES),
    asserter: pick(ASSERTERS),
    verb: pick(VERBS),
    count: String(2 + Math.floor(next() * 400)),
    object: pick(OBJECTS),
    place: `${pick(PLACE_PARTS)}${pick(PLACE_ENDS)}`,
    region: pick(REGIONS),
    modifiers: Array.from({ length: Math.floor(next() * 3) }, () => pick(MODIFIERS)),
  }));
}

/** One outlet's wording of a base claim: the verb, the number's form and a trailing clause vary. */
export function wording(base: BaseClaim, next: () => number): string {
  const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)]!;
  const verb = next() < 0.5 ? base.verb[0] : base.verb[1];
  const small = Number(base.count) <= 10 && next() < 0.5 ? NUMBER_WORDS[Number(base.count) - 2]! : base.count;
  const modifiers = base.modifiers.filter(() => next() < 0.8).join(' ');
  const tail = next() < 0.3 ? ', according to a statement released on its website' : '';
  return `${subject} ${verb} ${small} ${base.object} near ${base.place} in the ${base.region} region ${modifiers}${tail}`.replace(/\s+/g, ' ').trim();
}

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return `c${(value >>> 0).toString(36)}`;
}

export function fileClaim(base: BaseClaim, text: string, time: number, next: () => number): HistoryFileClaim {
  const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
  const other = SIDES[(SIDES.indexOf(base.side) + 1) % SIDES.length]!;
  const responses: ClaimResponse[] =
    status === 'uncontested' ? [] : [{ by: { name: `the ${other} government`, side: other }, stance: status === 'disputed' ? 'denies' : status === 'supported' ? 'supports' : 'unconfirmed', text: `${other} said the report was ${status === 'disputed' ? 'false' : 'under review'}.` }];
  return {
    id: hash(text),
    text,
    sentence: `${base.asserter} of ${base.side} said ${text}.`,
    cue: 'said',
    asserter: { name: `${base.asserter} of ${base.side}`, side: base.side },
    status,
    responses,
    count: 1,
    firstSeen: time,
    lastSeen: time,
  };
}

/**
 * The synthetic history: PAGES pages of CLAIMS_PER_PAGE claims each, many claims worded differently
 * on several pages, and the base claims they word, all drawn from `next`.
 */
export function syntheticHistory(next: () => number): { bases: BaseClaim[]; pages: HistoryFile['pages'] } {
  const bases = makeBaseClaims(30_000, next);
  const now = Date.now();
  const pages = Array.from({ length: PAGES }, (_, index) => {
    const time = now - (PAGES - index) * (DAY / 20);
    const seen = new Set<string>();
    const claims: HistoryFileClaim[] = [];
    while (claims.length < CLAIMS_PER_PAGE) {
      const base = bases[Math.floor(next() * bases.length)]!;
      const claim = fileClaim(base, wording(base, next), time, next);
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      claims.push(claim);
    }
    const outlet = `outlet-${index % 60}.test`;
    return { url: `https://${outlet}/story/${index}`, outlet, title: `Story ${index} from the front`, firstSeen: time, lastSeen: time, claims };
  });
  return { bases, pages };
}

/** A freshly read page's claims: CLAIMS_PER_PAGE, half of them other outlets' wordings of the base claims. */
export function freshClaims(bases: readonly BaseClaim[], next: () => number): Claim[] {
  return Array.from({ length: CLAIMS_PER_PAGE }, (_, index) => {
    const base = index % 2 === 0 ? bases[Math.floor(next() * bases.length)]! : makeBaseClaims(1, next)[0]!;
    const filed = fileClaim(base, wording(base, next), 0, next);
    return { id: filed.id, text: filed.text, sentence: filed.sentence, cue: filed.cue, asserter: filed.asserter, status: filed.status, responses: filed.responses, occurrences: [[0, 10]] };
  });
}
