// "No one has been taken into custody" says nothing against "three were taken to hospital": an act
// no one did answers the other claim only where it leads to the same place. Invented events,
// written for these tests.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('an act no one did, led somewhere else', () => {
  it('leaves "four were brought to Ashgrove Infirmary" against "nobody has been brought into custody"', () => {
    const t =
      'The ambulance service said 12 spectators were treated for cuts at the Brackley air show, and four were brought to Ashgrove Infirmary. ' +
      'Nobody has been brought into custody over the stand collapse, Inspector Lena Voss of Brackley Police said on Sunday.';
    expect(claim(t, 'four were brought to Ashgrove Infirmary').status).toBe('uncontested');
  });

  it('still disputes "two men were brought into custody" with "nobody has been brought into custody"', () => {
    const t =
      'A local news site, Brackley Live, reported that two men were brought into custody after the stand collapse. ' +
      'Nobody has been brought into custody over the stand collapse, Inspector Lena Voss of Brackley Police said on Sunday.';
    expect(claim(t, 'two men were brought into custody').status).toBe('disputed');
  });
});
