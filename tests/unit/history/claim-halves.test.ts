import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Party } from '../../../lib/analyzer/types';
import { ClaimIndex, packedValues, probeOf, type ClaimPack } from '../../../lib/history/claim-index';
import { claimHalves } from '../../../lib/history/similarity';
import { clearHistory, findGroup, getGroup, recordPage } from '../../../lib/history/repository';
import { analysis, claim } from './fixtures';

const AUTHORITY: Party = { name: 'the Lindqvist Ferry Company', side: 'Lindqvist Ferry Company' };
const ISLANDERS: Party = { name: 'the Skerry Residents Association', side: 'Skerry Residents Association' };
const SAILINGS = 'the night crossing to Hallsö would be cut to two sailings a week from October';
const CREW = 'eleven deckhands had been told their contracts would not be renewed';
/** One outlet prints the company's statement as one claim: no response answers one half only. */
const JOINED = `${SAILINGS}, and that ${CREW}`;

beforeEach(async () => {
  await clearHistory();
});

describe("the halves of 'said P and that Q'", () => {
  it('splits a claim at the analyzer\'s join, not where "and that" joins too few words to be a claim', () => {
    expect(claimHalves(JOINED)).toEqual([SAILINGS, CREW]);
    expect(claimHalves(`${SAILINGS}; and that ${CREW}`)).toEqual([SAILINGS, CREW]);
    expect(claimHalves(`${SAILINGS} and that was final`)).toEqual([]);
    expect(claimHalves(SAILINGS)).toEqual([]);
  });

  it("groups one outlet's joined claim with another's two claims, the second half's too, however the pages come", async () => {
    const denial = { by: { name: 'a union spokesman', side: 'Harbour Crews Union' }, stance: 'denies' as const, text: 'No contract has been ended.' };
    await recordPage('https://quayside.example/ferry', 'Ferry', analysis(claim('j', JOINED, { asserter: AUTHORITY })), 1000);
    await recordPage(
      'https://islandpost.example/ferry',
      'Ferry',
      analysis(
        claim('s', 'the night crossing to Hallsö will be reduced to two sailings a week from October', { asserter: AUTHORITY }),
        claim('c', 'eleven deckhands were told their contracts would not be renewed', { asserter: AUTHORITY, responses: [denial] }),
      ),
      2000,
    );
    const group = await findGroup(AUTHORITY.side, JOINED);
    const detail = await getGroup(group!.id);
    expect(detail?.carryings.map(({ page, occurrence }) => [page.outlet, occurrence.status])).toEqual([
      ['islandpost.example', 'uncontested'],
      ['islandpost.example', 'disputed'],
      ['quayside.example', 'uncontested'],
    ]);

    // Recorded the other way round, the joined claim joins its first half's group.
    await clearHistory();
    await recordPage('https://islandpost.example/ferry', 'Ferry', analysis(claim('s', SAILINGS, { asserter: AUTHORITY }), claim('c', CREW, { asserter: AUTHORITY })), 1000);
    await recordPage('https://quayside.example/ferry', 'Ferry', analysis(claim('j', JOINED, { asserter: AUTHORITY })), 2000);
    expect((await findGroup(AUTHORITY.side, SAILINGS))?.outlets).toEqual(['islandpost.example', 'quayside.example']);
  });

  it('keeps apart a joined claim whose halves share only a date or a name with another claim', async () => {
    await recordPage('https://quayside.example/ferry', 'Ferry', analysis(claim('j', JOINED, { asserter: AUTHORITY })), 1000);
    const nearMiss = 'the ferry company would raise the fare to Hallsö from October';
    await recordPage('https://islandpost.example/ferry', 'Ferry', analysis(claim('n', nearMiss, { asserter: AUTHORITY })), 2000);
    const [joined, other] = await Promise.all([findGroup(AUTHORITY.side, JOINED), findGroup(AUTHORITY.side, nearMiss)]);
    expect(joined?.outlets).toEqual(['quayside.example']);
    expect(other?.outlets).toEqual(['islandpost.example']);
  });

  it('indexes the halves with their claim: matched once stored and read back, never listed, forgotten with it', () => {
    const index = new ClaimIndex();
    index.hold(AUTHORITY.side, []);
    index.hold(ISLANDERS.side, []);
    index.add(probeOf({ key: 'j', side: AUTHORITY.side, text: JOINED }), 7);
    const { put } = index.takeChanges();
    expect(put.flatMap((pack) => packedValues(pack))).toEqual([['j', 7]]);

    const restored = new ClaimIndex();
    restored.hold(AUTHORITY.side, structuredClone(put.filter((pack: ClaimPack) => pack.side !== ISLANDERS.side)));
    const crew = probeOf({ key: 'c', side: AUTHORITY.side, text: CREW });
    expect(restored.mostSimilar(crew)).toBe(7);
    expect(restored.keysByValue(AUTHORITY.side, new Set([7]))).toEqual(new Map([[7, ['j']]]));
    restored.forget(AUTHORITY.side, ['j']);
    expect(restored.mostSimilar(crew)).toBeUndefined();
  });
});
