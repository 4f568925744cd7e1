// Responses from another side, and the status they give a claim.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('responses and status', () => {
  it('makes a claim disputed when another side denies it by anaphora', () => {
    const text = 'The Serbian army said its troops had crossed the river. Croatian officials rejected these claims on Friday.';
    const c = claim(text, 'crossed the river');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Croatia');
    expect(c.responses[0]?.stance).toBe('denies');
  });

  it('makes a claim unconfirmed when the side it is about declines to comment', () => {
    const text = 'Dalvik Oil said boats hired by Greenpoint Alliance had damaged the pipeline. Greenpoint Alliance declined to comment.';
    const c = claim(text, 'had damaged the pipeline');
    expect(c.status).toBe('unconfirmed');
    expect(c.responses[0]?.by.side).toBe('Greenpoint Alliance');
  });

  it('does not link a refusal to comment to a claim about someone else', () => {
    const text = 'Dalvik Oil said the spill had been contained by noon. Greenpoint Alliance declined to comment on its own plans.';
    expect(claim(text, 'spill had been contained').status).toBe('uncontested');
  });

  it('makes a claim unconfirmed when it could not be verified', () => {
    const text = 'The rebel command said 40 soldiers had been captured. The figure could not be independently verified.';
    expect(claim(text, '40 soldiers had been captured').status).toBe('unconfirmed');
  });

  it('makes a claim supported when another side confirms it', () => {
    const text =
      'The Harrow Teachers Union said 300 teachers had joined the strike. ' +
      'A spokesman for Harrow City Council confirmed that 300 teachers had joined the strike.';
    const c = claim(text, '300 teachers had joined the strike');
    expect(c.status).toBe('supported');
  });

  it('links "the warning" to what was warned, not to the same speaker\'s other claims', () => {
    const text =
      'The port operator said the terminal handles a third of the region\'s grain. ' +
      'It warned that bakeries could run out of flour within a week. ' +
      'The dockers\' union called the warning "scaremongering."';
    expect(claim(text, 'bakeries could run out of flour').status).toBe('disputed');
    expect(claim(text, 'handles a third of the region').status).toBe('uncontested');
  });

  it('lets a denial win over support', () => {
    const text =
      'The Russian government claims that the village was captured, a claim that was echoed by Belarusian state media. ' +
      'However, the Ukrainian military dismissed these assertions.';
    expect(claim(text, 'village was captured').status).toBe('disputed');
  });

  it('does not count a response by the same side', () => {
    const text = 'The Polish defence ministry said the drone was shot down. Polish officials declined to comment further.';
    expect(claim(text, 'drone was shot down').status).toBe('uncontested');
  });

  it('leaves a claim nobody answers uncontested', () => {
    expect(claim('The Lisbon metro said trains would run all night on Saturday.', 'trains would run all night').status).toBe('uncontested');
  });

  it('makes a figure disputed when another side scoffs at it', () => {
    const text =
      'The Kestrel Rowing Federation said it had sold 4,000 tickets for the regatta. ' +
      'Harbour trader Ines Vallet scoffed at that figure.';
    const c = claim(text, 'sold 4,000 tickets');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.stance).toBe('denies');
  });

  it('makes a count disputed when another side sets that count aside with ", not N"', () => {
    const text =
      'Harlow Mayor Pia Brandt said the sirens were switched off within 17 minutes. ' +
      'Veltro Systems, which supplies the sirens, said the shutdown came 44 minutes after the first alarm, not 17.';
    const c = claim(text, 'switched off within 17 minutes');
    expect(c.status).toBe('disputed');
    expect(c.responses[0]?.by.side).toBe('Veltro Systems');
  });
});
