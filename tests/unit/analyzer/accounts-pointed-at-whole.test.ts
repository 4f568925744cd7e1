// Responses round s23 (issue 4): a denial pointing back at what was just told answers all of it, not only its
// last line: a bare "disputed that" or "gave a different account" opening the next paragraph, "rejected the
// findings" of a side whose several speakers told them, and a verdict repeating an earlier one ("nonsense too").
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('a bare "that" or "a different account" opening the next paragraph', () => {
  it('answers every claim its speaker told in the paragraph before', () => {
    const text =
      'Ferry crew member says captain ignored warning\n\n' +
        'The ferry sailed from Port Ellery at dawn, the harbour master said.\n\n' +
        'A deckhand, Tomas Ruel, said the captain had ignored a storm warning from the coast guard. He said two lifeboats had been left ashore to save weight.\n\n' +
        'Bellmare Ferries disputed that. Its director, Mara Kellet, said every lifeboat was aboard and the warning came after the ferry had sailed.';
    expect(claim(text, 'ignored a storm warning').status).toBe('disputed');
    expect(claim(text, 'two lifeboats had been left ashore').status).toBe('disputed');
  });

  it('reads an account naming nothing as pointing back, even at what said no', () => {
    const text =
      'Quarry and villagers at odds over Friday blasts\n\n' +
        'The quarry company said in a statement that no blasting had taken place on Friday and that its crews had left the site by noon.\n\n' +
        'The villagers gave a different account. Their spokeswoman, Ines Varga, said windows on Mill Lane shook twice in the afternoon.';
    expect(claim(text, 'no blasting had taken place').status).toBe('disputed');
    expect(claim(text, 'its crews had left the site by noon').status).toBe('disputed');
  });
});

describe('"the findings" of a side several of its speakers told', () => {
  it('answers what each of them told in the chosen paragraph', () => {
    const text =
      'Inspectors have concluded in a confidential review that the hospital trust failed to report 40 surgical errors, according to two people who have read it.\n\n' +
        'The review says senior managers told staff to log the errors as complications, the people said. One of the people said the review counted 17 such cases in a single ward.\n\n' +
        'The trust rejected the findings as described.';
    expect(claim(text, 'log the errors as complications').status).toBe('disputed');
    expect(claim(text, '17 such cases').status).toBe('disputed');
  });
});

describe('a verdict repeating an earlier one', () => {
  it('is a denial pointing back, not a claim of its own', () => {
    const text =
      'The museum denied that the painting had been stolen. Some visitors online claimed the painting had been sold to a private buyer.\n\n' +
        'The curator, Odile Marchetti, said that was false as well. "It is being cleaned," she said.';
    expect(claim(text, 'sold to a private buyer').status).toBe('disputed');
  });
});
