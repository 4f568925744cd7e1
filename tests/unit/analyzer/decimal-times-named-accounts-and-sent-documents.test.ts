// Where a claim is, who said it and where it ends: a time's dot, a verbless fragment closing a quote,
// a name's own list after a comma, an account "called" by its handle, a document sent or signed, a
// participle naming its doer, a figure after a party tag, part of what was counted, a second naming cue,
// a cue inside a block quote.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

const claims = (text: string) => analyze(text).claims.map((c) => ({ text: c.text, by: c.asserter.name }));
const texts = (text: string) => analyze(text).claims.map((c) => c.text);

describe('where a sentence ends', () => {
  it('keeps a time written with a dot inside its sentence', () => {
    const text = 'Flood\n\nA council spokesman said the siren "sounded at 2.14am and was logged by our monitoring system".';
    expect(texts(text)).toEqual(['the siren "sounded at 2.14am and was logged by our monitoring system']);
  });
});

describe('what in a quote is a claim', () => {
  it('drops a verbless fragment that closes the quote in the cue\'s own sentence', () => {
    const text = 'Camp\n\n"No one laid a hand on any officer. Not one person," union spokesperson Elijah Moon said.';
    expect(texts(text)).toEqual(['No one laid a hand on any officer']);
  });
});

describe('who said it', () => {
  it('reads a name with a list of its own after "according to"', () => {
    const text = "Mine\n\nThe fire started on a conveyor belt near the portal, according to the West Virginia Office of Miners' Health, Safety and Training.";
    expect(claims(text)).toEqual([{ text: 'The fire started on a conveyor belt near the portal', by: "the West Virginia Office of Miners' Health, Safety and Training" }]);
  });

  it('still ends the source at a comma before words of the claim', () => {
    const text = 'Mine\n\nThe fire started on a conveyor belt, according to Smith, who spoke to reporters and Jones.';
    expect(claims(text)).toEqual([{ text: 'The fire started on a conveyor belt', by: 'Smith' }]);
  });

  it('names an account by the handle it is "called" before its caption', () => {
    const text = 'Drone\n\nThe image was shared on X by an account called @KingsmereSpotter with the caption "this is the drone over the runway right now".';
    expect(claims(text)).toEqual([{ text: 'this is the drone over the runway right now', by: 'an account called @KingsmereSpotter' }]);
  });

  it('keeps the one named by "called" out of the speaker when the speaker is named', () => {
    const text = 'Row\n\nTrump called Clinton "a liar who should be in jail" on Monday.';
    expect(claims(text)).toEqual([{ text: 'a liar who should be in jail', by: 'Trump' }]);
  });

  it('gives a document\'s quote to the one who sent it', () => {
    const text = 'Live\n\nThe Department for Transport has just sent us this response: "Counter-drone systems are available to every UK airport on request."';
    expect(claims(text)).toEqual([{ text: 'Counter-drone systems are available to every UK airport on request', by: 'The Department for Transport' }]);
  });

  it('reads a document that "reads" past an aside on who signed it', () => {
    const text = 'Doctors\n\nThe letter, signed by 40 doctors, reads: "The closure of the unit will cost lives in the valley."';
    expect(claims(text)).toEqual([{ text: 'The closure of the unit will cost lives in the valley', by: 'The letter' }]);
  });

  it('gives a block quote\'s sentence with a cue of its own to the one who introduced the block', () => {
    const text =
      'Memo row\n\nSen. Tom Haskell was blunter. Haskell told reporters:\n\nThis is the most boring document ever leaked. A lawyer looked at a weak case and said it was weak.\n\nHe added that Democrats had never once complained about the department.';
    expect(claims(text).map((c) => c.by)).toEqual(['Sen. Tom Haskell', 'Sen. Tom Haskell', 'Sen. Tom Haskell']);
  });

  it('reads a lawsuit as the speaker when what it says opens with a name and its party tag', () => {
    const text = 'Suit\n\nThe lawsuit, filed in federal court by the coalition, says Secretary of State Craig Whitcomb (R) removed about 61,000 registrations in July.';
    expect(claims(text)).toEqual([{ text: 'Secretary of State Craig Whitcomb (R) removed about 61,000 registrations in July', by: 'The lawsuit' }]);
  });
});

describe('what is said and where it ends', () => {
  it('reads no claim in a participle that names its doer', () => {
    const text = 'Camp\n\nA video posted to TikTok by a graduate student shows an officer walking along a line of seated protesters.';
    expect(texts(text)).toEqual([]);
  });

  it('makes a phrase about part of what was counted a claim of its own', () => {
    const text = 'Suit\n\nThe lawsuit says the state removed about 61,000 registrations in July, many of them belonging to voters who had skipped two elections.';
    expect(texts(text)).toEqual(['the state removed about 61,000 registrations in July', 'many of them belonging to voters who had skipped two elections']);
  });

  it('ends a claim before the speaker\'s second, naming cue', () => {
    const text = 'Row\n\nIn a post on X, the super PAC wrote that it had never coordinated with any campaign and called the complaint "a partisan stunt from its rivals."';
    expect(claims(text)).toEqual([
      { text: 'it had never coordinated with any campaign', by: 'the super PAC' },
      { text: 'a partisan stunt from its rivals', by: 'the super PAC' },
    ]);
  });
});
