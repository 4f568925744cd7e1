import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('asserter and side misses', () => {
  it('"the army" is the national army named before, not a rebel group whose name holds "Army"', () => {
    const text =
      'DAVAO, Philippines — The Philippine army said on Monday that rebels had attacked an outpost near the town of Maragusan. ' +
      "The Moro Liberation Army rejected the army's account and said its fighters were far away. " +
      'The army later released photographs that it said showed the damaged outpost.';
    const c = claim(text, 'showed the damaged outpost');
    expect(c.asserter.side).toBe('Philippines');
  });

  it('"X Council of Country" speaks for itself, not for the country', () => {
    const c = claim('The Insurance Council of Canada said claims from the flood would pass C$2 billion.', 'claims from the flood');
    expect(c.asserter.side).toBe('Insurance Council of Canada');
    const a = claim('The Dairy Farmers Association of Kenya said milk prices had fallen by a third.', 'milk prices');
    expect(a.asserter.side).toBe('Dairy Farmers Association of Kenya');
  });

  it('a lowercase relative "who" is never the WHO', () => {
    const text =
      'The WHO said the outbreak was slowing. The figures drew criticism from Save the Children. ' +
      "Maria Lund, who leads the charity's health programme, said clinics had run out of test kits.";
    const c = claim(text, 'run out of test kits');
    expect(c.asserter.side).not.toBe('World Health Organization');
  });

  it('messages and posts named by a relative clause are the unnamed source of what they said', () => {
    const m = claim('Messages that spread on WhatsApp said the bridge had collapsed.', 'the bridge had collapsed');
    expect(m.text).toBe('the bridge had collapsed');
    expect(m.asserter.name).toBe('Messages');
    const p = claim('Posts that users shared widely claimed that the mayor had resigned.', 'the mayor had resigned');
    expect(p.text).toBe('the mayor had resigned');
    expect(p.asserter.name).toBe('Posts');
  });

  it('a rumour of someone saying something stays the rumour, disputed by who denies it', () => {
    const c = claim('The council denied reports that the mayor had said that the bridge would close.', 'the mayor had said');
    expect(c.asserter.name).toBe('reports');
    expect(c.status).toBe('disputed');
  });
});
