// A capital's word inside a university's name, a state's officer titled with the state's name, a
// senator's party written "Republican of Idaho", and an aide to a senator named only in passing. Invented events.
import { describe, expect, it } from 'vitest';
import { Discourse } from '../../../lib/analyzer/discourse';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { namedSide } from '../../../lib/analyzer/side-names';
import { claim } from './claim-holding';

describe('places inside names and titled state officers', () => {
  it('reads a capital or country inside a university name as part of the name', () => {
    expect(namedSide('a historian at the University of Lisbon')).toBeNull();
    expect(namedSide('Washington University in St. Louis')).toBeNull();
    expect(namedSide('a trade adviser in Lisbon')).toBe('Portugal');
  });

  it('gives a state officer titled with the state the state, not the agency that spoke last', () => {
    const text = 'BOISE, Idaho — The Justice Department said it would review the prison contract.\n\nIdaho Governor Merle Thackeray said the state had done nothing wrong.';
    expect(claim(text, 'done nothing wrong').asserter.side).toBe('Idaho');
  });

  it('takes a party from "X, Republican of Idaho"', () => {
    const text = 'Prison bill stalls\n\nThe bill was blocked by Senator Carla Mendez, Republican of Idaho, on Friday.';
    expect(new Discourse(text, splitSentences(text)).partyOf('Mendez')).toBe('Republican Party');
  });

  it('gives a spokeswoman for "the senator" the senator named only in passing', () => {
    const text =
      'Senator deletes clip\n\nWASHINGTON — The clip was reposted by Senator Carla Mendez, Republican of Idaho, on Friday.\n\nThe Pentagon said the clip was fake. A spokeswoman for the senator, Opal Grierson, said Ms. Mendez had not known that.';
    // The senator's party or the senator, as the gold sets key an aide's side; never the state the dateline names.
    expect(['Republican Party', 'Carla Mendez']).toContain(claim(text, 'had not known that').asserter.side);
  });
});
