// The rank and file of a workplace ("nurses at", "workers at") speak for themselves, not for the
// employer whose spokesmen answer them; officers and professionals who speak from it still speak for it.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('staff of a named workplace', () => {
  it('gives "Nurses at <hospital>" their own side, so the hospital\u2019s rejection disputes them', () => {
    const text =
      'Nurses at Larkfield General Hospital say two patients were left on a trolley in a corridor for eleven hours last week, ' +
      'an account the hospital\u2019s management rejects. In a statement, Larkfield General said every patient had been given a bed within four hours.';
    const nurses = claim(text, 'left on a trolley');
    expect(nurses.asserter.side).toBe('nurses');
    expect(nurses.status).toBe('disputed');
  });

  it('gives counted staff ("Two workers at the Dunmore Cannery") the group, not the company', () => {
    const text = 'Two workers at the Dunmore Cannery said the ammonia alarm had been switched off for a month before the leak.';
    expect(claim(text, 'ammonia alarm').asserter.side).toBe('workers');
  });

  it('leaves officials of a workplace speaking for it', () => {
    const text = 'Officials at the Dunmore Cannery said the ammonia alarm had been tested in May.';
    expect(claim(text, 'ammonia alarm').asserter.side).not.toBe('officials');
  });
});

describe('those who speak for a body named by its kind', () => {
  const text =
    'The Oregon Nurses Association said on Monday that a generator at St. Agnes Medical Center had failed. ' +
    'Harlan Steel, which supplies the hospital, said it was not involved. Union officials said nurses used manual bags for forty minutes. ' +
    'Hospital officials said the backup generator worked. Company executives said the steel frame was sound.';

  it('gives "Union officials" the union the article named', () => {
    expect(claim(text, 'manual bags').asserter.side).toBe('Oregon Nurses Association');
  });

  it('gives "Hospital officials" the hospital and "Company executives" the company', () => {
    expect(claim(text, 'backup generator').asserter.side).toBe('St. Agnes Medical Center');
    expect(claim(text, 'steel frame').asserter.side).toBe('Harlan Steel');
  });
});
