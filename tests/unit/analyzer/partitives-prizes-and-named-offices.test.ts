import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('sides of described speakers: partitives, prizes, offices and agents', () => {
  it('"One of them, who asked not to be named," speaks for the side of the counted group that spoke just before', () => {
    const text =
      "Two people familiar with KRVN's plans for the forum said the station had sent both teams the same rules in March. " +
      'One of them, who asked not to be named, said the Ortega campaign had seen the rules a day early.';
    const one = claim(text, 'had seen the rules a day early');
    expect(one.asserter.name).toBe('One of them');
    expect(one.asserter.side).toBe('KRVN');
  });

  it('"people familiar with X\'s plans for the forum": the owner of what they know, however long its words', () => {
    const text = "Two people familiar with Halvorsen Freight's talks with the union said the company would raise its offer.";
    expect(claim(text, 'would raise its offer').asserter.side).toBe('Halvorsen Freight');
  });

  it('"the inspector general\'s work": the Office of Inspector General the article named', () => {
    const text =
      'The county overbilled for school meals, according to a report by the Office of Inspector General at the Department of Agriculture. ' +
      "Prosecutors have opened an inquiry into the vendor, according to three people familiar with the inspector general's work.";
    expect(claim(text, 'opened an inquiry into the vendor').asserter.side).toBe('Office of Inspector General');
  });

  it('"The Oregon folk band Harrowgate": a state before the description is no side, the band is; its lawyer is its', () => {
    const text =
      'The Oregon folk band Harrowgate said the jingle copied its best-known chorus. ' +
      "The band's lawyer, Ines Mabry, said the agency never asked for a license.";
    expect(claim(text, 'copied its best-known chorus').asserter.side).toBe('Harrowgate');
    expect(claim(text, 'never asked for a license').asserter.side).toBe('Harrowgate');
  });

  it('"the Pulitzer winner" is the person who spoke last, never the prize', () => {
    const text =
      'Novelist Corinne Abernathy said the festival had dropped her talk without notice. ' +
      'On Tuesday the Pulitzer winner said she had "learned about it from a reader."';
    expect(claim(text, 'learned about it from a reader').asserter.side).toBe('Corinne Abernathy');
  });

  it('"A district spokeswoman, X" speaks for the schools the article named, not for herself', () => {
    const text =
      'Students at Ferris Valley High School were kept in classrooms for two hours on Tuesday. ' +
      'A district spokeswoman, Lena Ortiz, said the first alert went out at 9:51 a.m.';
    expect(claim(text, 'the first alert went out').asserter.side).toBe('Ferris Valley High School');
  });

  it('"Ferris Valley Schools Superintendent X" heads the schools, no police force', () => {
    const text =
      'Ferris Valley High School cancelled classes on Monday. ' +
      'Ferris Valley Schools Superintendent Dr. Rhoda Kim said the boilers had failed overnight.';
    expect(claim(text, 'the boilers had failed overnight').asserter.side).toBe('Ferris Valley High School');
  });

  it('"Her longtime publicist, X" speaks for her, and not for a man whose manager spoke after her', () => {
    const text =
      'Folk favourite Marisol Quenby has hit back at a hoax claiming she had died. ' +
      "Fans compared it with a hoax about Travis Denholm last year, and Denholm's manager said that story had also spread on the same page. " +
      'Her longtime publicist, Aldo Verity, told The Courier on Sunday that the singer had been at home all weekend.';
    expect(claim(text, 'had been at home all weekend').asserter.side).toBe('Marisol Quenby');
  });

  it('"her publicist" is never the agent of a man whose manager spoke last: the woman the article is about', () => {
    const text =
      'Folk favourite Marisol Quenby has hit back at a hoax claiming she had died. The post appeared on Sunday. It was shared 90,000 times. ' +
      'Fans left candles on her porch. A radio station read it on air. The station later apologised. ' +
      "Fans compared it with a hoax about Travis Denholm last year, and Denholm's manager said that story had also spread on the same page. " +
      'Her longtime publicist, Aldo Verity, told The Courier on Sunday that the singer had been at home all weekend.';
    expect(claim(text, 'had been at home all weekend').asserter.side).toBe('Marisol Quenby');
  });
});
