// The common repertoire of wire, tabloid, police and company answers to a report: each idiom, said
// by another side after the claim, gives the claim its status. Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

const REPORT = 'Factory\n\nThe Daily Courier reported on Monday that Halvorsen Foods had closed its Leeds factory after a fire.\n\n';
const CLOSED = 'closed its Leeds factory';

const ANSWERS: readonly (readonly [string, string])[] = [
  ['Halvorsen Foods said there was no truth in the report.', 'disputed'],
  ['The company categorically denied the report.', 'disputed'],
  ['Halvorsen Foods has denied the report.', 'disputed'],
  ['A Halvorsen spokesman said the report was wide of the mark.', 'disputed'],
  ['Halvorsen Foods said the claims were without foundation.', 'disputed'],
  ['Halvorsen Foods said there was no evidence to support the report.', 'disputed'],
  ['"That is simply not the case," a Halvorsen spokesman said.', 'disputed'],
  ['"It never happened," a Halvorsen spokesman said.', 'disputed'],
  ['Halvorsen Foods called the report pure speculation.', 'disputed'],
  ['Halvorsen Foods said the report "could not be further from the truth."', 'disputed'],
  ['Halvorsen Foods said the report misrepresents what happened.', 'disputed'],
  ['Halvorsen Foods said the report misrepresented the situation.', 'disputed'],
  ['Halvorsen Foods said the report mischaracterized a routine inspection.', 'disputed'],
  ['"We do not recognise the account in the report," a Halvorsen spokesman said.', 'disputed'],
  ['Halvorsen Foods said it did not recognise the report.', 'disputed'],
  ['Halvorsen Foods said it did not recognize the description of events.', 'disputed'],
  ['Halvorsen Foods said the report was "riddled with errors."', 'disputed'],
  ['Halvorsen Foods said the report "bears no relation to reality."', 'disputed'],
  ['Halvorsen Foods said the report "bore no resemblance to the truth."', 'disputed'],
  ['Halvorsen Foods said the report was "without merit."', 'disputed'],
  ['Halvorsen Foods said the claims were "without any merit."', 'disputed'],
  ['Halvorsen Foods said the claims "have no merit."', 'disputed'],
  ['Halvorsen Foods said the report was "not correct."', 'disputed'],
  ['Halvorsen Foods said the report was "a work of fiction."', 'disputed'],
  ['Halvorsen Foods said the report was "ill-informed."', 'disputed'],
  ['Halvorsen Foods said the report was "laughable."', 'disputed'],
  ['Halvorsen Foods said the report was "sensationalist."', 'disputed'],
  ['Halvorsen Foods said the report was "overblown."', 'disputed'],
  ['Halvorsen Foods said there was "not a shred of truth" in the report.', 'disputed'],
  ['Halvorsen Foods said there was "not a shred of evidence" for the claims.', 'disputed'],
  ['Halvorsen Foods said there was "no substance" to the report.', 'disputed'],
  ['Halvorsen Foods said the report "lacks any basis."', 'disputed'],
  ['Halvorsen Foods said the report was "fake news."', 'disputed'],
  ['"This is fake news," a Halvorsen spokesman said.', 'disputed'],
  ['West Yorkshire Police said it had no record of any such incident.', 'disputed'],
  ['West Yorkshire Police said it had no record of such a fire.', 'disputed'],
  ['Halvorsen Foods said the report was a false alarm.', 'uncontested'],
  ['Police said they could not immediately confirm the report.', 'unconfirmed'],
  ['Halvorsen Foods declined to discuss the report.', 'unconfirmed'],
  ['Halvorsen Foods did not return calls seeking comment.', 'unconfirmed'],
  ['Halvorsen Foods would neither confirm nor deny the report.', 'unconfirmed'],
  ['Halvorsen Foods declined to confirm or deny the report.', 'unconfirmed'],
  ['Halvorsen Foods refused to confirm or deny the report.', 'unconfirmed'],
  ['West Yorkshire Police said it had no record of any fire at the site.', 'unconfirmed'],
  ['Halvorsen Foods said it was not aware of any fire at the factory.', 'unconfirmed'],
  ['Police said they had received no reports of a fire.', 'unconfirmed'],
  ['Police said they had "no knowledge" of a fire at the factory.', 'unconfirmed'],
  ['Halvorsen Foods confirmed the account.', 'supported'],
  ['Fire officials corroborated the report.', 'supported'],
  ['Fire officials said the report was accurate.', 'supported'],
  ['A fire service spokesman said the report was broadly correct.', 'supported'],
  ['Fire officials said that account is true.', 'supported'],
  ['Fire officials said the report was not accurate.', 'disputed'],
];

describe('the repertoire of answers to a report', () => {
  it.each(ANSWERS)('reads "%s" as making the report %s', (answer, status) => {
    expect(claim(REPORT + answer, CLOSED).status).toBe(status);
  });

  it('does not read an idiom inside the claim itself as an answer to it', () => {
    const text =
      'Factory\n\n' +
      'The Daily Courier reported that Halvorsen Foods had misrepresented its safety record to inspectors.\n\n' +
      'The union said the company had shown "not a shred of" remorse for the fire at its Leeds factory.';
    expect(claim(text, 'misrepresented its safety record').status).toBe('uncontested');
  });

  it('reads no verdict into a denial word that describes, nor into a verdict on what is not an account', () => {
    const site = REPORT + 'Halvorsen Foods said the Courier was a fake news site.';
    expect(claim(site, CLOSED).status).toBe('uncontested');
    const bread = REPORT + 'A Halvorsen spokesman said the weather was true to form.';
    expect(claim(bread, CLOSED).status).toBe('uncontested');
  });

  it('does not read a side echoing its own verdict as an answer to itself', () => {
    const text =
      'Lawsuit\n\n' +
      'Agent says accusations are "pure fiction"\n\n' +
      'Castlemoor FC said its agent had received secret payments. "These accusations are pure fiction, and I will prove it in court," the agent, Paulo Serrat, said.';
    const own = analyze(text).claims.find((c) => c.text.includes('These accusations are pure fiction'));
    expect(own?.status ?? 'uncontested').toBe('uncontested');
  });
});
