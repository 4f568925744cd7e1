import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimIndex, probeOf } from '../../../lib/history/claim-index';
import { clearHistory, getGroup, readHistory, recordPage } from '../../../lib/history/repository';
import { claimCore, claimFeatures, isNoSide, isSameClaim, sidesAgree } from '../../../lib/history/similarity';
import { analysis, claim, DENIAL } from './fixtures';
import { exactNumbers } from './numbers';

const same = (a: string, b: string, side = 'National Bureau of Statistics') => isSameClaim(claimFeatures(a, side), claimFeatures(b, side));

describe('sides that agree', () => {
  it('agree when one is the initials, a run of the words, or the other way round of the other', () => {
    for (const [a, b] of [
      ['NBS', 'National Bureau of Statistics'],
      ['Calloway Foods', 'The Calloway Foods Inc.'],
      ['Tolliver', 'Mark Tolliver'],
      ['Emergency Response Room', 'Um Sayala Emergency Response Room'],
      ['Ministry of External Affairs', 'External Affairs Ministry'],
      ['Union Ministry of External Affairs', 'External Affairs Ministry'],
      ['CGIL', 'CGIL and UIL'],
    ]) {
      expect(sidesAgree(a!, b!), `${a} / ${b}`).toBe(true);
      expect(sidesAgree(b!, a!), `${b} / ${a}`).toBe(true);
    }
  });

  it('never agree across clearly different sides', () => {
    for (const [a, b] of [
      ['Democratic Party', 'Democratic Unionist Party'],
      ['Democratic Party', 'Republican Party'],
      ['police', 'Delhi police'],
      ['India', 'India Meteorological Department'],
      ['Mark Tolliver', 'Sarah Tolliver'],
      ['NBS', 'National Broadcasting Service Union'],
    ]) {
      expect(sidesAgree(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });

  it("read a person's campaign as the person, and a surname as the full name ending in it", () => {
    for (const [a, b] of [
      ["Hollister's campaign", 'Grant Hollister'],
      ['the Hollister campaign', 'Hollister'],
      ['the campaign of Grant Hollister', 'Hollister'],
      ['Draper campaign', 'Owen Draper'],
      ['Draper', 'Owen Draper'],
    ]) {
      expect(sidesAgree(a!, b!), `${a} / ${b}`).toBe(true);
      expect(sidesAgree(b!, a!), `${b} / ${a}`).toBe(true);
    }
    for (const [a, b] of [
      ['Owen Draper', 'Mary Draper'],
      ["Owen Draper's campaign", 'Mary Draper'],
      ['Hollister campaign', 'Kessler campaign'],
      ['campaign', 'Draper campaign'],
    ]) {
      expect(sidesAgree(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });

  it("let the index match a claim of a person's campaign among the person's claims", () => {
    const index = new ClaimIndex();
    for (const side of ['Grant Hollister', "Hollister's campaign"]) index.hold(side, []);
    index.add(probeOf({ key: 'a', side: 'Grant Hollister', text: 'the rival took $62,000 from pipeline executives' }), 1);
    expect(index.mostSimilar(probeOf({ key: 'b', side: "Hollister's campaign", text: 'the rival took $62,000 from pipeline executives' }))).toBe(1);
  });

  it('let the index match a claim among the claims of a side that agrees with its own, and no other', () => {
    const index = new ClaimIndex();
    for (const side of ['National Bureau of Statistics', 'NBS', 'Democratic Party', 'Democratic Unionist Party']) index.hold(side, []);
    index.add(probeOf({ key: 'a', side: 'National Bureau of Statistics', text: 'food inflation eased to 19.9% in September' }), 1);
    index.add(probeOf({ key: 'b', side: 'Democratic Party', text: 'the budget will raise taxes on 40,000 farmers' }), 2);
    expect(index.mostSimilar(probeOf({ key: 'c', side: 'NBS', text: 'food inflation slowed to 19.9 per cent in September' }))).toBe(1);
    expect(index.mostSimilar(probeOf({ key: 'd', side: 'Democratic Unionist Party', text: 'the budget will raise taxes on 40,000 farmers' }))).toBeUndefined();
    expect([...index.keysByValue('NBS', new Set([1]))]).toEqual([[1, ['a']]]);
  });
});

describe('claims one outlet gives more of', () => {
  it('match when one gives more of the figures, never other ones', () => {
    expect(same('inflation slowed to 21.4% in September from 22.9% in August', 'inflation slowed to 21.4 per cent in September')).toBe(true);
    expect(same('food inflation eased to 19.9% from 21.8%', 'food inflation eased to 19.9 per cent')).toBe(true);
    expect(same('food inflation eased to 19.9% from 21.8%', 'food inflation eased to 18.9 per cent')).toBe(false);
    // A number stated twice is two figures: "No. 2" and "two geese" are not "No. 1" and "two geese".
    expect(same('the No. 2 engine had swallowed at least two geese', 'the No. 1 engine had swallowed at least two geese', 'Skyvale Airways')).toBe(false);
  });

  it('read a number run into its unit as the number and the unit', () => {
    expect(exactNumbers('a 50kg bag of rice cost 40% more')).toEqual(['40', '50']);
    expect(same('a 50kg bag of rice cost 40% more than in January', 'a 50-kilogramme bag of rice cost 40 percent more than in January', 'Democratic Party')).toBe(true);
    expect(exactNumbers('the 3rd quarter')).toEqual(['3rd']);
  });

  it('read what a claim says past a condition put first', () => {
    expect(claimFeatures('if the ruling stood, fares could rise by 25 percent').stage).toBe('planned');
    expect(same('if the ruling stood, fares could rise by as much as 25 percent', 'fares could jump 25% after the ruling', 'Zipra')).toBe(true);
    expect(claimCore('once college scholarships are counted, the charity spent 71 cents of every dollar on programs')).toBe('the charity spent 71 cents of every dollar on programs');
    expect(same('once grants to schools are counted, the charity spent 71 cents of every dollar on programs', 'the charity spent 71 cents of each dollar on its programs', 'Mara Quist')).toBe(true);
  });

  it('read what a claim says past a verdict put before a colon', () => {
    expect(claimCore('that was wrong: nine people were treated for cuts, and no one was kept in hospital')).toBe('nine people were treated for cuts');
    expect(same('that was wrong: nine people were treated for cuts, and no one was kept in hospital', 'Nine people were treated for cuts', 'Harbour Health Service')).toBe(true);
    expect(same('the pledge was simple: a new pump should be running within 48 hours', 'a new pump should be running within 48 hours', 'Water Board')).toBe(true);
    // A verb of saying before the colon, or no verb after it, keeps the words before it.
    for (const kept of ['the chairman said: a new pump should be running', 'the toll was 64: 40 in Alden and 24 in Brook']) expect(claimCore(kept)).toBe(kept);
  });

  it('read "Lankan" as Sri Lanka', () => {
    expect(claimFeatures('the boats were inside Lankan waters').places).toEqual(claimFeatures('the boats were inside Sri Lankan waters').places);
  });
});

describe('one story as several outlets carried it', () => {
  beforeEach(async () => {
    await clearHistory();
  });

  it('groups a claim across outlets that name its side differently, and flags the outlet that left out the denial', async () => {
    const bureau = { name: 'the National Bureau of Statistics', side: 'National Bureau of Statistics' };
    await recordPage(
      'https://wire.example/inflation',
      'Inflation slows',
      analysis(claim('w', "Nigeria's annual inflation rate slowed to 21.4% in September from 22.9% in August", { asserter: bureau, responses: [DENIAL] })),
      1000,
    );
    await recordPage(
      'https://broadcaster.example/inflation',
      'Inflation falls',
      analysis(claim('b', "Nigeria's annual inflation rate fell to 21.4 percent in September", { asserter: { name: 'the NBS', side: 'NBS' } })),
      2000,
    );
    await recordPage(
      'https://tabloid.example/inflation',
      'Opposition cries foul',
      analysis(claim('t', 'the figures had been doctored to flatter the government', { asserter: { name: 'the PDP', side: 'Democratic Party' } })),
      3000,
    );
    const { pages } = await readHistory({ text: '', outlet: '', side: '', status: '' });
    const groupOf = (outlet: string) => pages.find((page) => page.outlet === outlet)!.claims[0]!.groupId;
    expect(groupOf('broadcaster.example')).toBe(groupOf('wire.example'));
    expect(groupOf('tabloid.example')).not.toBe(groupOf('wire.example'));
    expect(await getGroup(groupOf('wire.example'))).toMatchObject({ group: { pages: 2, disagree: 1 } });
  });
});

describe('sides that name no one', () => {
  it('are a time, a state or words many sides share, never a country, a party or a person', () => {
    for (const side of ['this week', 'Arizona', 'officials', 'the company']) expect(isNoSide(side)).toBe(true);
    for (const side of ['United States', 'Canada', 'Republican Party', 'Paul Ostrowski', 'Calloway Foods']) expect(isNoSide(side)).toBe(false);
  });
});
