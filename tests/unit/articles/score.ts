// The dev scorer's matching rules (../shared/eval/score.mjs), for articles kept under tests/:
// a prediction matches a gold claim when the gold key occurs in its text, or failing that its
// sentence (case, quotes and spacing folded); predictions matching only an optional key are
// ignored; a further prediction whose text holds a matched key is a duplicate.
import type { Claim } from '../../../lib/analyzer/types';

export interface GoldClaim {
  key: string;
  asserter: string[];
  side?: string[];
  status?: string[];
  respondents?: string[];
  occurrences?: number;
}

export interface Gold {
  id: string;
  claims: GoldClaim[];
  optional?: string[];
}

export interface ArticleScore {
  id: string;
  truePositives: number;
  falsePositives: number;
  duplicates: number;
  missed: string[];
  /** Found claims with a wrong asserter, side or status, described for the failure message. */
  wrong: string[];
  extra: string[];
  asserterRight: number;
  sideRight: number;
  statusRight: number;
  /** Found claims whose gold gives a side / a status (an attribution-only gold may not). */
  sideScored: number;
  statusScored: number;
  gold: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  /** Mean of the asserter, side and status rates over the claims found. */
  attribution: number;
  articles: readonly ArticleScore[];
}

export function fold(text: string | undefined): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function scoreArticle(gold: Gold, claims: readonly Claim[]): ArticleScore {
  const texts = claims.map((claim) => fold(claim.text));
  const hay = claims.map((claim) => fold(`${claim.text} \u0000 ${claim.sentence}`));
  const used = new Set<number>();
  const match = new Map<GoldClaim, number>();
  for (const byText of [true, false]) {
    for (const g of gold.claims) {
      if (match.has(g)) continue;
      const key = fold(g.key);
      const index = claims.findIndex((_, k) => !used.has(k) && (byText ? texts[k]! : hay[k]!).includes(key));
      if (index >= 0) {
        match.set(g, index);
        used.add(index);
      }
    }
  }
  let duplicates = 0;
  claims.forEach((_, k) => {
    if (used.has(k)) return;
    if (gold.claims.some((g) => match.has(g) && texts[k]!.includes(fold(g.key)))) {
      used.add(k);
      duplicates++;
    }
  });

  const score: ArticleScore = {
    id: gold.id,
    truePositives: 0,
    falsePositives: 0,
    duplicates,
    missed: [],
    wrong: [],
    extra: [],
    asserterRight: 0,
    sideRight: 0,
    statusRight: 0,
    sideScored: 0,
    statusScored: 0,
    gold: gold.claims.length,
  };
  for (const g of gold.claims) {
    const index = match.get(g);
    if (index === undefined) {
      score.missed.push(g.key);
      continue;
    }
    score.truePositives++;
    const claim = claims[index]!;
    const name = fold(claim.asserter.name);
    const asserterOk = name !== '' && g.asserter.some((alias) => name.includes(fold(alias)));
    const sideOk = !g.side || g.side.some((side) => fold(side) === fold(claim.asserter.side));
    const statusOk = !g.status || g.status.includes(claim.status);
    score.asserterRight += Number(asserterOk);
    score.sideRight += Number(sideOk && !!g.side);
    score.statusRight += Number(statusOk && !!g.status);
    score.sideScored += Number(!!g.side);
    score.statusScored += Number(!!g.status);
    if (!asserterOk || !sideOk || !statusOk) {
      score.wrong.push(`${g.key} -> "${claim.asserter.name}" / "${claim.asserter.side}" / ${claim.status}`);
    }
  }
  const optional = (gold.optional ?? []).map(fold);
  claims.forEach((claim, k) => {
    if (used.has(k) || optional.some((key) => hay[k]!.includes(key))) return;
    score.falsePositives++;
    score.extra.push(claim.text);
  });
  return score;
}

export function scoreCorpus(articles: readonly ArticleScore[]): CorpusScore {
  const sum = (pick: (a: ArticleScore) => number) => articles.reduce((total, a) => total + pick(a), 0);
  const found = sum((a) => a.truePositives);
  const predicted = found + sum((a) => a.falsePositives + a.duplicates);
  const precision = predicted ? found / predicted : 0;
  const recall = sum((a) => a.gold) ? found / sum((a) => a.gold) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const rate = (right: number, scored: number) => (scored ? right / scored : 1);
  const attribution = found
    ? (rate(sum((a) => a.asserterRight), found) +
        rate(sum((a) => a.sideRight), sum((a) => a.sideScored)) +
        rate(sum((a) => a.statusRight), sum((a) => a.statusScored))) /
      3
    : 0;
  return { precision, recall, f1, attribution, articles };
}
