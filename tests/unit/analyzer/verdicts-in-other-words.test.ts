// Rumour coverage: verdicts said in other words, outlets and groups named by what
// they are, unowned claims, refusals that answer nothing, and denials of an act in other words,
// met in unseen rumour prose (a hostage claim, a theme-park rumour, a product scare, a fake quote,
// a takeover scoop). Invented events.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { claim } from './claim-holding';

describe('verdicts in other words', () => {
  it('ends a claim before ", but X called the claim a fabrication" and counts that as a denial', () => {
    const text = 'A rebel militia said on Monday it had shot down an army helicopter over Kayes, but the defence ministry called the claim a fabrication.';
    const c = claim(text, 'shot down an army helicopter');
    expect(c.text).not.toContain('ministry');
    expect(c.status).toBe('disputed');
  });

  it('gives "... called the claim a fabrication and the pilot\'s family said Q" to the family, not the fabrication', () => {
    const text = 'A rebel militia said it had shot down a helicopter, but the ministry called the claim a fabrication and the pilot\'s family said they had spoken to him on Tuesday.';
    expect(claim(text, 'spoken to him').asserter.name).toMatch(/^the pilot's family/);
  });

  it('reads a quoted "These are lies meant to ..." as a denial of what the other side said just before', () => {
    const text =
      'The Sahel Freedom Front said in a statement that its fighters had captured the airport at Gao. ' +
      '"These are lies meant to frighten the town, nothing more," army spokesman Colonel Amadou Keita told state radio.';
    expect(claim(text, 'captured the airport').status).toBe('disputed');
  });

  it('does not let "My brother is alive" dispute another side\'s "the pilot was alive"', () => {
    const text =
      'The ministry said in a statement that it had information that the pilot was alive as of Sunday. ' +
      'His sister, Amina Diallo, told AFP that the family had received a letter from him. "My brother is alive. We must hope," she said.';
    expect(claim(text, 'the pilot was alive').status).toBe('uncontested');
  });

  it('reads "there is no link between" as a denial of the post it names', () => {
    const text =
      'A post on Instagram claimed that a new hair dye had caused burns on dozens of customers. ' +
      '"There is no link between our dye and the injuries described in this post," the manufacturer, Lumiere Labs, said.';
    expect(claim(text, 'caused burns').status).toBe('disputed');
  });
});

describe('who a description names', () => {
  it('gives "An Islamist armed group" the name the group goes by later', () => {
    const text =
      'An Islamist armed group said on Friday it had kidnapped two aid workers near Menaka. ' +
      'The group, which calls itself the Ansongo Battalion, said in a video that the workers were unharmed.';
    expect(claim(text, 'kidnapped two aid workers').asserter.side).toBe('Ansongo Battalion');
  });

  it('gives "The tabloid" and "The gossip site" the outlet named just before', () => {
    const tabloid = 'The Sunday Herald reported that the singer had cancelled her tour. The tabloid claimed that her label had dropped her.';
    expect(claim(tabloid, 'label had dropped her').asserter.side).toBe('Sunday Herald');
    const site = 'The actor was seen leaving a clinic in Malibu, according to PopWire. The gossip site said he had been treated for a broken wrist.';
    expect(claim(site, 'broken wrist').asserter.side).toBe('PopWire');
  });

  it('takes "the company" for a mining company named only before', () => {
    const text = 'Korvel Mining could not be reached for comment on Monday. In March, the company said it had suspended work at the pit.';
    expect(claim(text, 'suspended work').asserter.side).toBe('Korvel Mining');
  });

  it('does not take a capital\'s name followed by a US state for that country', () => {
    const text = '"Cats hide pain very well," said Dr. Maria Lopez, a dentist in Dublin, California.';
    expect(claim(text, 'hide pain').asserter.side).toBe('Maria Lopez');
  });

  it('gives a post named by its platform its own side, not the platform\'s', () => {
    const text = 'An Instagram post claiming that a popular energy drink contains banned stimulants has been shared 50,000 times.';
    expect(claim(text, 'banned stimulants').asserter.side.toLowerCase()).toBe('instagram post');
  });

  it('takes "a graphic that claimed P" as the graphic\'s claim', () => {
    const text = 'The remark spread on a graphic that claimed the singer had insulted her fans in a radio interview.';
    expect(claim(text, 'insulted her fans').asserter.name).toBe('a graphic');
  });

  it('gives "they added" the unnamed people who spoke just before', () => {
    const text = 'The two banks are discussing a merger worth about $9 billion, the people said. An announcement could come next week, they added.';
    expect(claim(text, 'announcement could come').asserter.side).toBe('people');
  });
});

describe('claims in other shapes', () => {
  it('reads "The post, written by X, said P, and that Q" as two claims of the post', () => {
    const text = "The letter, signed by a Leeds teacher, said the school's boiler failed within a week of the new term, and that pupils had worked in coats.";
    expect(claim(text, 'boiler failed').asserter.name).toBe('The letter');
    expect(claim(text, 'worked in coats').asserter.name).toBe('The letter');
  });

  it('finds "a claim first made on Reddit that P", owned by where it was made', () => {
    const text = 'Fans were alarmed by a claim first made on Reddit that the band will split after its summer tour.';
    expect(claim(text, 'will split after its summer tour').asserter.side).toBe('Reddit');
  });

  it('reads "It found that P" as a finding of the body named before', () => {
    const text = 'The fact-checking group Verify Desk traced the image to a stock photo site. It found that the photo had been taken in 2015.';
    expect(claim(text, 'taken in 2015').asserter.side).toBe('Verify Desk');
    expect(analyze('The team found the car near the river on Sunday.').claims).toEqual([]);
  });
});

describe('answers and non-answers', () => {
  it('counts "there was no truth to the story" against what an unnamed user posted too', () => {
    const text =
      'A user who said they worked at the zoo posted on Sunday that the pandas would be sent back to China. ' +
      'The Evening Star reported that the zoo had lost its licence. ' +
      'But the zoo\'s owner, Parkway Leisure, said there was no truth to the story.';
    expect(claim(text, 'lost its licence').status).toBe('disputed');
    expect(claim(text, 'pandas would be sent back').status).toBe('disputed');
  });

  it('does not link "did not respond to a message asking about the post" to a claim the post is not in', () => {
    const text =
      'A Vogue spokeswoman said the magazine had never photographed the model. ' +
      'The joke account did not respond to a message asking about the post.';
    expect(claim(text, 'never photographed').status).toBe('uncontested');
  });

  it('reads "no one from the company had been in touch" as a denial of the company\'s "it had contacted"', () => {
    const text = 'Brightline Toys said it had contacted the family and offered a refund. The father said no one from the company had been in touch with him.';
    expect(claim(text, 'had contacted the family').status).toBe('disputed');
  });
});
