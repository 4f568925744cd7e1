// Linking a response to the claim it answers by what it is about: a refusal's topic, the words a
// concession repeats, a medium said to be from another time and place, and the traps around them.
// Invented events, written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('a refusal with a topic of its own', () => {
  const text =
    'Helvion Foods said on Monday that it had recalled a batch of infant formula as a precaution. ' +
    'The Food Standards Agency said it had ordered the recall. ' +
    'Grace Obi, the agency\'s head of incidents, said three of the nine infants needed care in hospital. ' +
    'She said the agency could not wait for the company to act. ' +
    'Helvion said its own tests had found nothing wrong. ' +
    'The company declined to comment on the condition of individual infants.';

  it('leaves unconfirmed the claim its topic names, several sentences back', () => {
    expect(claim(text, 'three of the nine infants needed care').status).toBe('unconfirmed');
    const r = claim(text, 'three of the nine infants needed care').responses[0];
    expect(r?.by.side).toBe('Helvion Foods');
  });

  it('does not reach a claim its topic does not name', () => {
    expect(claim(text, 'it had ordered the recall').status).not.toBe('unconfirmed');
  });

  it('stops its topic at a condition that follows it', () => {
    const t =
      'Senator Ruth Alder, a Democrat, said the bill would win broad support in the autumn. ' +
      'Gov. Ben Marsh, a Republican, would not discuss a fallback plan if the bill failed to win support.';
    expect(claim(t, 'would win broad support').status).toBe('uncontested');
  });
});

describe('a refusal that only describes a noun', () => {
  it('answers nothing: "urged residents not to share posts they could not verify"', () => {
    const t =
      'Posts claimed that the dam had cracked overnight. ' +
      'City officials said the crack in the photo was a shadow. ' +
      'Mayor Lena Ortiz said the city had enough pumps and urged residents not to share posts they could not verify.';
    expect(claim(t, 'the crack in the photo was a shadow').status).toBe('uncontested');
  });
});

describe('a confirmation naming part of a claim', () => {
  const text =
    'Norvell Pharma said it had paused a study of its new blood-pressure drug. ' +
    'The regulator said it had received reports of kidney damage in three of the study\'s volunteers. ' +
    'Dr. Paul Reyes, a nephrologist who is not involved in the study, said three serious cases in a study of that size amounted to an unusually high rate. ' +
    'The company later acknowledged the three cases but insisted that the volunteers had recovered.';

  it('backs the claim whose predicate holds the words it confirms', () => {
    expect(claim(text, 'reports of kidney damage').status).toBe('supported');
  });

  it('does not back a claim that only takes those words as its subject', () => {
    expect(claim(text, 'amounted to an unusually high rate').status).toBe('uncontested');
  });
});

describe('a concession in its own words', () => {
  it('backs the other side\'s claim it restates: "acknowledged that two workers had been injured"', () => {
    const t =
      'Nina Kaur, president of the Harbour Drivers Union, said: "Two of our drivers have been badly hurt in the past month." ' +
      'The union said the company had cut rest breaks. ' +
      'In a statement, Tidewell Freight acknowledged that two drivers had been injured at its depot but said neither injury was caused by fatigue.';
    expect(claim(t, 'Two of our drivers have been badly hurt').status).toBe('supported');
    expect(claim(t, 'had cut rest breaks').status).toBe('uncontested');
  });

  it('keeps a later refusal on the topic for the claim conceded, not the concession', () => {
    const t =
      'The fans\' group said stewards had kept three gates locked during the evacuation. ' +
      'The club acknowledged that three gates had been locked for part of the evacuation. ' +
      'Police declined to comment on the locked gates.';
    expect(claim(t, 'stewards had kept three gates locked').status).toBe('supported');
    expect(claim(t, 'three gates had been locked for part of').status).toBe('uncontested');
  });
});

describe('a medium from another time or place', () => {
  it('disputes what the medium was said to show', () => {
    const t =
      'One widely shared video came with a caption that its poster said showed tanks crossing the bridge at Orlov. ' +
      'Fact-checkers at Verifica said the video was filmed during an exercise in 2014.';
    expect(claim(t, 'tanks crossing the bridge').status).toBe('disputed');
    expect(claim(t, 'tanks crossing the bridge').responses[0]?.by.side).not.toBe('');
  });

  it('does not dispute it when the medium is only dated to the event itself', () => {
    const t =
      'A photo that its author said showed smoke over the refinery was shared widely on Sunday. ' +
      'Fire officials said the photo was taken on Sunday morning.';
    expect(claim(t, 'smoke over the refinery').status).not.toBe('disputed');
  });

  it('does not take a report with no medium for what a photo showed', () => {
    const t =
      'Officials could not confirm reports that the gunman had served in the army. ' +
      'A fact-checking group, Clearview, said the photograph was taken in another country in 2019.';
    expect(claim(t, 'the gunman had served in the army').status).toBe('unconfirmed');
  });
});

describe('new cue words for answers', () => {
  it('reads "could not be reached for comment" as unconfirmed', () => {
    const t =
      'The Daily Courier reported that the mayor had sold his stake in the developer before the vote. ' +
      'The mayor could not be reached for comment.';
    expect(claim(t, 'sold his stake').status).toBe('unconfirmed');
  });

  it('reads "a distortion" said of the other side\'s words as a dispute', () => {
    const t =
      'The drivers\' union said Corlan Rail had cut pay for night shifts by a fifth. ' +
      'Corlan Rail said the union\'s account was "a distortion" of the new rota.';
    expect(claim(t, 'cut pay for night shifts').status).toBe('disputed');
  });

  it('does not read "disavow" of a person as an answer to a claim', () => {
    const t =
      'Senator Joan Hale, a Democrat, said the candidate had insulted veterans. ' +
      'She has asked Republican leaders to disavow the candidate.';
    expect(analyze(t).claims.every((c) => c.status === 'uncontested')).toBe(true);
  });
});

describe('a contrast after a concession', () => {
  it('disputes what the other side affirmed only where it says no to it', () => {
    const t =
      'The Ashworth Supporters Trust said stewards had kept three gates locked and that fans had been crushed at the turnstiles. ' +
      'Kelso Rovers\' chief executive, Mark Ellery, acknowledged that three gates had been locked for part of the evacuation but said no fan had been crushed at the turnstiles.';
    expect(claim(t, 'fans had been crushed at the turnstiles').status).toBe('disputed');
    expect(claim(t, 'stewards had kept three gates locked').status).toBe('supported');
  });

  it('does not set an affirmed "but" clause against a third party that shares a word', () => {
    const t =
      'A fact-checking service said the video was filmed outside a bank in Lebanon in 2019. ' +
      'The Bank Workers Union said cashiers at two branches had been told to limit withdrawals. ' +
      'Lakeshore Bank acknowledged that two branches had limited withdrawals but said larger sums had been paid by bank transfer.';
    expect(claim(t, 'filmed outside a bank in Lebanon').status).toBe('uncontested');
    expect(claim(t, 'cashiers at two branches had been told to limit withdrawals').status).toBe('supported');
  });
});

describe('"the rumours" named in a denial', () => {
  it('answers the rumour the article reported, not the latest claim', () => {
    const t =
      'Reports on social media said the senator had been taken to hospital. ' +
      'The Daily Record said the photo of the senator was taken in 2019. ' +
      'Her party chairwoman, Rosa Benitez, said the rumours were a smear.';
    expect(claim(t, 'the senator had been taken to hospital').status).toBe('disputed');
    expect(claim(t, 'the photo of the senator was taken in 2019').status).toBe('uncontested');
  });
});
