// The CPU of matching a page's claims with a held history (issue 6), in Node: fills a claim index
// with the synthetic history of scripts/bench-history.ts (100,000 claim occurrences, each filed in
// the group of the claim it matches, or a new one, as recording files them), then measures the CPU
// time (process.cpuUsage, not wall time: the machine may be busy) of working out the features of
// fresh pages' claims and of comparing them with the index as recording does. Prints figures; it is
// not a test. `npx tsx scripts/bench-matching.ts [pages]`.
import { ClaimIndex, probeOf, type Probe } from '../lib/history/claim-index';
import { CORROBORATED_THRESHOLD } from '../lib/history/corroboration';
import { claimKey } from '../lib/history/db';
import { freshClaims, random, syntheticHistory } from './lib/synthetic-history';

const ROUNDS = 7;
const pagesPerRound = Number(process.argv[2] ?? 200);

function filledIndex(): { index: ClaimIndex; next: () => number; bases: ReturnType<typeof syntheticHistory>['bases'] } {
  const next = random(20261126);
  const { bases, pages } = syntheticHistory(next);
  const index = new ClaimIndex();
  let groups = 0;
  for (const page of pages) {
    for (const claim of page.claims) {
      const side = claim.asserter.side;
      if (!index.holds(side)) index.hold(side, []);
      const probe = probeOf({ key: claimKey(side, claim.id), side, text: claim.text });
      index.add(probe, index.mostSimilar(probe) ?? groups++);
    }
  }
  return { index, next, bases };
}

/** The CPU milliseconds `task` takes. */
function cpuMs(task: () => void): number {
  const before = process.cpuUsage();
  task();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const filling = performance.now();
const { index, next, bases } = filledIndex();
console.log(`filled in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
/** Fresh pages' claims, new ones each round, as recording meets them. */
const freshPages = () =>
  Array.from({ length: pagesPerRound }, () => freshClaims(bases, next).map((claim) => ({ key: claimKey(claim.asserter.side, claim.id), side: claim.asserter.side, text: claim.text })));
let probes: Probe[][] = [];
let found = 0;
const figures = { features: [] as number[], compare: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  const pages = freshPages();
  figures.features.push(cpuMs(() => (probes = pages.map((claims) => claims.map(probeOf)))) / pages.length);
  figures.compare.push(
    cpuMs(() => {
      found = 0;
      for (const page of probes) {
        for (const probe of page) found += index.similarValues(probe, CORROBORATED_THRESHOLD).size + index.similarValuesAcrossSides(probe, CORROBORATED_THRESHOLD).size;
      }
    }) / probes.length,
  );
}
console.log(`per page of 20 claims, CPU ms, median of ${ROUNDS} rounds of ${pagesPerRound} pages:`);
console.log(`  claim features (probeOf)           ${median(figures.features).toFixed(3)}`);
console.log(`  comparing with the index           ${median(figures.compare).toFixed(3)}   (${found} values found in the last round)`);
