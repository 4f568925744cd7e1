// Rumour coverage: statuses lost when a response's anaphor ("the findings", "the
// account", "The statement said ...") or a confirmation was linked to the nearest claim instead of
// the claims of the side it answers. Invented events.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe('what a response answers', () => {
  it('takes "the findings" to be those of the owner another claim names, not that claim', () => {
    const text =
      'Bikes\n\n' +
      'Cycling charity Pedalsafe said its road tests found the brakes of the Arrow 3 e-bike failed in wet weather. ' +
      'Pedalsafe said three of the eight bikes it tested had needed more than twice the normal distance to stop.\n\n' +
      'The transport agency said it was reviewing the Pedalsafe findings and had written to the importer.\n\n' +
      'Arrow Bikes rejected the findings.';
    expect(claim(text, 'brakes of the Arrow 3').status).toBe('disputed');
    expect(claim(text, 'three of the eight bikes').status).toBe('disputed');
    expect(claim(text, 'reviewing the Pedalsafe findings').status).toBe('uncontested');
  });

  it('takes "the account" to be the whole account of a side, but not its plans', () => {
    const text =
      'Drones\n\n' +
      'The Norwegian police security service said a drone had circled the Kollsnes gas plant for two hours on Friday. ' +
      '"We are certain the drone was launched from a ship," Justice Minister Ola Brekke said. ' +
      'He said Norway would take the matter to the Arctic Council next month.\n\n' +
      'The Russian embassy in Oslo rejected the account.';
    expect(claim(text, 'circled the Kollsnes gas plant').status).toBe('disputed');
    expect(claim(text, 'launched from a ship').status).toBe('disputed');
    expect(claim(text, 'take the matter to the Arctic Council').status).toBe('uncontested');
  });

  it('does not read "The statement said" as a reference to an earlier statement', () => {
    const text =
      'Drones\n\n' +
      'The Norwegian police security service said a drone had circled the Kollsnes gas plant for two hours on Friday.\n\n' +
      '"We are certain the drone was launched from a ship," Justice Minister Ola Brekke told reporters in Oslo. ' +
      'He said Norway would take the matter to the Arctic Council next month.\n\n' +
      'The Russian embassy in Oslo answered on Saturday. "Russia respects the airspace of its neighbours," an embassy ' +
      'spokesman said in a statement posted on its website. The statement said Norway had "provided no evidence" and ' +
      'was "smearing Russia for political gain."';
    expect(claim(text, 'take the matter to the Arctic Council').status).toBe('uncontested');
  });

  it('reads "X confirmed in a statement that P" as X\'s own claim, not support for the claim before it', () => {
    const text =
      'Leak\n\n' +
      'A Chinese foreign ministry spokesman said Manila had produced "no evidence" of the intrusion.\n\n' +
      'Pasig Water confirmed in a statement that it had found malware on two of its servers in June.';
    expect(claim(text, 'produced "no evidence"').status).toBe('uncontested');
  });
});
