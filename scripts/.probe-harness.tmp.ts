import { historyDb as db } from '../lib/history/db';
import { recordPage, clearHistory } from '../lib/history/repository';
import { claimFeatures, bandKeys } from '../lib/history/similarity';
async function probe() {
  await clearHistory();
  const out: Record<string, number> = {};
  let t = performance.now();
  for (let i = 0; i < 2000; i++) bandKeys('Russia', claimFeatures(`its forces retook ${i} villages near Sudzha`).shingles);
  out.features2000 = performance.now() - t;
  await db.open();
  t = performance.now();
  await db.transaction('r', db.claims, async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => db.claims.where('bands').equals(`x|${i}`).toArray()));
  });
  out.bandQueries20 = performance.now() - t;
  t = performance.now();
  await db.transaction('r', db.claims, async () => {
    await Promise.all(Array.from({ length: 400 }, (_, i) => db.claims.where('bands').equals(`x|${i}`).toArray()));
  });
  out.bandQueries400 = performance.now() - t;
  t = performance.now();
  await db.transaction('rw', db.groups, async () => {
    for (let i = 0; i < 20; i++) await db.groups.add({ side: 'x', text: 'y', occurrences: 0, pages: 0, outlets: [], statuses: [], reported: 0, disagree: 0, firstSeen: 0, lastSeen: 0 } as any);
  });
  out.groupAdds20 = performance.now() - t;
  t = performance.now();
  const claims = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, text: `its forces retook ${i + 2} villages near Sudzha`, sentence: '', cue: 'said', asserter: { name: 'x', side: 'Russia' }, status: 'uncontested' as const, responses: [], occurrences: [[0, 1]] as [number, number][] }));
  for (let p = 0; p < 10; p++) await recordPage(`https://b.test/${p}`, 't', { language: 'en', analyzed: true, claims }, 1000 + p);
  out.record10first = performance.now() - t;
  t = performance.now();

  for (let p = 0; p < 10; p++) await recordPage(`https://a.test/${p}`, 't', { language: 'en', analyzed: true, claims }, 1000 + p);
  out.record10 = performance.now() - t;
  Object.assign(out, (globalThis as any).__t);
  t = performance.now();
  await db.transaction('r', db.occurrences, () => db.occurrences.where('groupId').equals(1).toArray());
  out.oneQueryTx = performance.now() - t;
  return out;
}
(globalThis as any).probe = probe;
