// Whom a description names is not always whom the speaker speaks for: a rival or colleague, the people a union
// represents; a union's branch speaks as its union, initials as the whole name the article gave, a bare name as
// the body first named by it; a port's official for the port of the place just named.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';

function sideOf(text: string, speaker: string): string | undefined {
  return analyze(text).claims.find((c) => c.asserter.name === speaker)?.asserter.side;
}

describe('a rival or colleague named in the description', () => {
  it('does not give one running for a senator\'s seat the senator\'s side', () => {
    const text =
      'BOISE, Idaho — Senator Gordon Prewitt said on Tuesday that his trades had been cleared by the ethics office. ' +
      'Lena Harbison, a former county prosecutor who is running for Prewitt\'s seat next year, said Prewitt "traded on what he knew."';
    expect(sideOf(text, 'Lena Harbison, a former county prosecutor who is running for Prewitt\'s seat next year')).not.toBe('Gordon Prewitt');
  });

  it('gives a colleague named in the appositive their own side, not the one they are the colleague of', () => {
    const text =
      'Councilman Ruben Takacs said the city had hidden the results. ' +
      'Takacs\'s council colleague, Ingrid Moll, said she had asked him for the documents.';
    expect(sideOf(text, 'Takacs\'s council colleague, Ingrid Moll')).toBe('Ingrid Moll');
  });
});

describe('a union described by those it represents', () => {
  it('speaks as the union named after it, not the employer of its members', () => {
    const text =
      'Managers at the Wrenford Public Library said the heating failed on Monday. ' +
      'But the union representing the library\'s clerks said staff had reported the fault in May. ' +
      '"We told them twice," said Paula Grisham, president of Local 77 of the Civic Employees Union.';
    expect(sideOf(text, 'the union representing the library\'s clerks')).toBe('Civic Employees Union');
  });
});

describe('a branch of a union', () => {
  it('speaks as the union "Local N of the X" names', () => {
    const text = 'Omar Petrossian, president of Local 309 of the Harbor Machinists Union, said the crane had failed twice before.';
    expect(sideOf(text, 'Omar Petrossian, president of Local 309 of the Harbor Machinists Union')).toBe('Harbor Machinists Union');
  });

  it('speaks as the union its initials stand for when the article spells them out', () => {
    const text =
      'The United Steel Haulers Union said the yard had been short-staffed for months. ' +
      '"Nobody listened to the drivers about the brakes," USHU District 4 organizer Carla Brandt said.';
    expect(sideOf(text, 'USHU District 4 organizer Carla Brandt')).toBe('United Steel Haulers Union');
  });
});

describe('a body named by initials', () => {
  it('takes the whole name the article gave, its "and ..." kept', () => {
    const text =
      'Engineers from the federal Bureau of Land Reclamation and Restoration inspected the dam on Monday. ' +
      'The BLR, which inspects dams in three states, said its engineers had found no cracks.';
    expect(sideOf(text, 'The BLR, which inspects dams in three states')).toBe('Bureau of Land Reclamation and Restoration');
  });
});

describe('a name several bodies go by', () => {
  it('is the body the article named first, not the longest name', () => {
    const text =
      "St. Aldric's Health, which runs four hospitals, was hit by a cyberattack on Monday. " +
      "Two doctors at St. Aldric's Community Hospital said patients had been sent elsewhere, and St. Aldric's Eastside closed its clinic. " +
      "St. Aldric's said no patient records had been taken.";
    expect(sideOf(text, 'St. Aldric')).toBe("St. Aldric's Health");
  });
});

describe('a port official', () => {
  it('speaks for the port of the place just named, not a country named further back', () => {
    const text =
      'The freighter skipped its call at Veracruz, Mexico, after the outbreak. ' +
      'It is due to sail from Corpus Christi on Friday. About 20 crew members were replaced, a port official said.';
    expect(sideOf(text, 'a port official')).toBe('Port of Corpus Christi');
  });
});

describe('a bare spokesperson after a body declined', () => {
  it('speaks for the body the sentence before opens with by its kind, not the body that spoke last', () => {
    const text =
      'The painting was taken from the Ostwald Gallery of Fine Art on Sunday. ' +
      'Sgt. Rhea Coyle of the Tamsin Police said officers were searching for one man. ' +
      'The gallery declined to comment on the insurance. A spokesman, Idris Penhale, said only that "we are reviewing every procedure we have."';
    expect(sideOf(text, 'A spokesman, Idris Penhale')).toBe('Ostwald Gallery of Fine Art');
  });
});

describe('a local title before a name', () => {
  it('is no part of the side of one who speaks for themselves ("Councilmember X", "Headteacher X")', () => {
    const text =
      'Council censures member over contract\n\n' +
      'BRAYFORD — The city council voted 5-2 on Tuesday to censure Councilmember Odile Fenwright over a paving contract. ' +
      'Councilmember Odile Fenwright said the vote was "a settling of old scores." ' +
      'Headteacher Martin Oyelaran said the school had not been told of the contract.';
    expect(sideOf(text, 'Councilmember Odile Fenwright')).toBe('Odile Fenwright');
    expect(sideOf(text, 'Headteacher Martin Oyelaran')).not.toContain('Headteacher');
  });
});

describe('"City Hall" as a speaker', () => {
  it('speaks for the town, as "the city" does', () => {
    const text =
      'Main break floods Dunmore streets\n\n' +
      'DUNMORE, Ohio — A water main burst under Kell Street on Monday, flooding three blocks. ' +
      'City Hall said crews would replace the broken pipe by Thursday.';
    expect(sideOf(text, 'City Hall')).toBe('Dunmore');
  });
});

describe('"the city" after a news conference at City Hall', () => {
  it('speaks for the town, not for the building where someone spoke', () => {
    const text =
      'Gas leak closes Harwick schools\n\n' +
      'HARWICK, Vt. — A gas leak on Orchard Lane closed two schools on Tuesday, city officials said.\n\n' +
      'The gas utility, Northline Energy, said its crews had capped the line. ' +
      '"Nobody was hurt," its regional manager, Dale Emery, said at a news conference at City Hall.\n\n' +
      'The city said the schools would reopen on Thursday.';
    const claim = analyze(text).claims.find((c) => c.sentence.startsWith('The city said'));
    expect(claim?.asserter.side).toBe('Harwick');
  });
});
