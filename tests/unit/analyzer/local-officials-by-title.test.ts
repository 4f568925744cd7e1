// Local officials by title: a county's agency head speaks for the county, a county's prosecutor for that office; a police
// or fire chief for the force of that kind the article names (however far back, or only later), never a police union;
// "District manager X" for the district named in full; campaign staff by role alone for the campaign that just spoke.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sidesOf(text: string, speaker: string): string[] {
  return analyze(text).claims.filter((c) => c.asserter.name === speaker).map((c) => c.asserter.side);
}

describe('a county official by title', () => {
  it('gives a county agency\'s director the county, not a longer body named after it', () => {
    const text =
      'LEXINGTON, Neb. — A grass fire burned about 900 acres south of town on Sunday, the National Weather Service said. ' +
      'Dawson County Emergency Management Director Priya Hollins said no homes had been lost and that the fire was 80 percent contained. ' +
      'The Dawson County Sheriff\'s Office said deputies had closed two gravel roads near the fire line.';
    expect(sidesOf(text, 'Dawson County Emergency Management Director Priya Hollins')).toEqual(['Dawson County']);
  });

  it('gives a county prosecutor the office the title names', () => {
    const text =
      'SPRINGDALE, Ark. (AP) — A city councilman was charged Tuesday with misusing a city credit card, court records show. ' +
      'Benton County Prosecuting Attorney Ray Castellano said the councilman had charged about $4,000 in personal meals to the card. ' +
      'Lyle County Prosecutor Dana Fitch said her office had reviewed a similar complaint last year and filed no charges.';
    expect(sidesOf(text, 'Benton County Prosecuting Attorney Ray Castellano')).toEqual(['Benton County Prosecuting Attorney']);
    expect(sidesOf(text, 'Lyle County Prosecutor Dana Fitch')).toEqual(['Lyle County Prosecutor']);
  });
});

describe('a chief by rank alone', () => {
  it('speaks for the town force that spoke sentences before, not the dateline\'s', () => {
    const text =
      'SALEM, Ore. (AP) — A state senator was cited for reckless driving on Friday night, police in the coastal town of Orford Bay said. ' +
      'Orford Bay police said the senator\'s car was clocked at 71 mph in a 35 mph zone. ' +
      'The senator\'s lawyer said the radar reading was wrong. ' +
      'She said her client would contest the citation in court. ' +
      'The senator has served in the Legislature since 2015. ' +
      'Police Chief Martin Ekwueme said the officer\'s radar unit had been calibrated the week before.';
    expect(sidesOf(text, 'Police Chief Martin Ekwueme')).toEqual(['Orford Bay Police']);
  });

  it('speaks for the town\'s force, not the police union, whatever the clause says of the chief', () => {
    const text =
      'TILBURY — Contract talks between the city and its police officers broke off on Thursday. ' +
      'The Tilbury Police Benevolent Association said the city had refused to discuss pensions. ' +
      'Police Chief Nora Castile, who has declined to take sides in the dispute, said overtime costs had doubled since 2021.';
    expect(sidesOf(text, 'Police Chief Nora Castile, who has declined to take sides in the dispute')).toEqual(['Tilbury Police']);
  });

  it('speaks for the one fire department the article names, though it is named only later', () => {
    const text =
      'Crews were called to a warehouse on Mill Street on Tuesday night after neighbors reported smoke. ' +
      'Fire Chief Oren Malloy said the blaze had started in a storage room and that no one was hurt. ' +
      'The Kestrel Point Fire Department said later that the building had been a total loss.';
    expect(sidesOf(text, 'Fire Chief Oren Malloy')).toEqual(['Kestrel Point Fire Department']);
  });
});

describe('a body named by its kind word before a role', () => {
  it('gives "District manager X" the district the article named in full', () => {
    const text =
      'The reservoir\'s owner, the Lower Sorrel Water District, said on Monday that it would lower the lake by two feet. ' +
      'District manager Ana Pruitt said the outlet gate had been repaired and was working normally.';
    expect(sidesOf(text, 'District manager Ana Pruitt')).toEqual(['Lower Sorrel Water District']);
  });
});

describe('campaign staff by role alone', () => {
  it('speak for the campaign that spoke just before', () => {
    const text =
      'Democrat Paul Delacroix said in a debate on Tuesday that the state had lost 40,000 factory jobs. ' +
      'Delacroix\'s campaign said on Wednesday that the figure was correct. ' +
      'Press secretary Mona Feld said the number came from federal labor statistics.';
    expect(sidesOf(text, 'Delacroix\'s campaign')).toEqual(['Democratic Party']);
    expect(sidesOf(text, 'Press secretary Mona Feld')).toEqual(['Democratic Party']);
  });
});
