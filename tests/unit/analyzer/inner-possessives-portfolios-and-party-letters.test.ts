// A body's part named with its owner's possessive, a link word that opens no name, a role's portfolio
// ("Secretary of State") before a name, a bare party letter "(D)" after a name, and "X's office". Invented events.
import { describe, expect, it } from 'vitest';
import { Discourse } from '../../../lib/analyzer/discourse';
import { splitSentences } from '../../../lib/analyzer/sentences';
import { ofOrganisation } from '../../../lib/analyzer/sides/organisations';
import { claim } from './claim-holding';

describe('inner possessives, portfolios and party letters', () => {
  it('reads a name past "for an" and gives a body\'s part the body that owns it', () => {
    expect(ofOrganisation("at the Marlow University's Centre for an Open Archive, said")).toBe('Marlow University');
    expect(ofOrganisation('at the Institute for a Safer Coast, said')).toBe('Institute for a Safer Coast');
  });

  it('leaves a role\'s portfolio out of the name a surname stands for', () => {
    const text = 'Tax suit filed\n\nA taxpayers group said in a lawsuit filed on Monday that Secretary of State Odile Renwick moved the funds without approval.\n\nRenwick rejected the suit in a statement. Her spokesman said no funds had moved.';
    expect(claim(text, 'no funds had moved').asserter.side).toBe('Odile Renwick');
  });

  it('takes a party from a bare "(D)" after a name, and gives "X\'s office" that party', () => {
    const text = 'Tax suit filed\n\nA taxpayers group said in a lawsuit filed on Monday that Secretary of State Odile Renwick (D) moved the funds without approval.\n\nRenwick\'s office said no funds had moved.';
    expect(new Discourse(text, splitSentences(text)).partyOf('Renwick')).toBe('Democratic Party');
    expect(claim(text, 'no funds had moved').asserter.side).toBe('Democratic Party');
  });
});
