import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

// A post's side is the account or page the article names for it; bare "posts" only when none is named.
describe('a post speaks for the account or page the article names', () => {
  it('"posts first published by an account called X" speak for X', () => {
    const c = claim(
      'The messages, first posted late on Friday by an anonymous account called DockyardWhispers and widely shared on LinkedIn, said the plant would close in June.',
      'the plant would close in June',
    );
    expect(c.asserter.side).toBe('DockyardWhispers');
  });

  it('"The account also said" speaks for the account named in the sentence before', () => {
    const c = claim(
      'The posts, first shared on Tuesday by an account called MillGateTalk, claimed the owner was selling the club. The account also said that the manager had quit in March.',
      'the manager had quit in March',
    );
    expect(c.asserter.side).toBe('MillGateTalk');
  });

  it('"A post ... says P. The post was published by an account called X" speaks for X', () => {
    const c = claim(
      'A post viewed more than 30,000 times on Instagram says that the vaccine "contains metal". The post was published by an account called Wellness Warrior, which has about 90,000 followers.',
      'contains metal',
    );
    expect(c.asserter.side).toBe('Wellness Warrior');
  });

  it('several posts in a quoted group speak for the group, the platform left out', () => {
    const c = claim('Several posts in the "Brackenridge Residents Uncut" Facebook group claim that the reservoir is leaking.', 'the reservoir is leaking');
    expect(c.asserter.side).toBe('Brackenridge Residents Uncut');
  });

  it('"a post in a community Facebook group, X Y," speaks for the group its appositive names', () => {
    const c = claim('On Friday a post in a busy local Facebook group, Tarnside Village Notices, said the ferry would stop running.', 'the ferry would stop running');
    expect(c.asserter.side).toBe('Tarnside Village Notices');
  });

  it('"an account called @X" is its own side', () => {
    const c = claim('Readers sent us a clip, shared on X by an account called @HarbourWatcher with the caption "the crane is falling RIGHT NOW".', 'the crane is falling');
    expect(c.asserter.side).toBe('HarbourWatcher');
  });

  it('posts with no account named stay their own side, where they appeared no part of it', () => {
    expect(claim('Posts on social media claimed the bridge had collapsed.', 'the bridge had collapsed').asserter.side).toBe('posts');
  });
});
