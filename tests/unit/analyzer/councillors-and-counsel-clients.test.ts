// Who a councillor and a client's counsel speak for (issue 4, round 10): a council leader or councillor for the party
// the article says runs the council, else the council; council staff for the council; "the lawyer" for the client
// the article names ("X, through her lawyer", "a lawyer for X").
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const TITLE = 'Library row\n\n';

describe('councillors and the clients of counsel', () => {
  it('a council leader and a councillor speak for the party running the authority', () => {
    const text = `${TITLE}Council leader Ann Corby said the closures would save £300,000 a year as the Conservative-run authority tries to balance its budget. Cllr Corby said visits had fallen by a fifth.`;
    expect(claim(text, 'save £300,000').asserter.side).toBe('Conservative Party');
    expect(claim(text, 'fallen by a fifth').asserter.side).toBe('Conservative Party');
    const ward = `${TITLE}The Conservative-run council met on Monday. Councillor Tom Reyes, who represents the Mill ward, said residents had complained about the vans for months.`;
    expect(claim(ward, 'complained about the vans').asserter.side).not.toBe('Conservative Party');
  });

  it('council staff speak for the council named, never for its ruling party', () => {
    const text = `${TITLE}Redmarsh Borough Council, which is Labour-run, voted to shut three branches. A council spokesman said a mobile library would visit every week.`;
    expect(claim(text, 'mobile library').asserter.side).toBe('Redmarsh Borough Council');
  });

  it('"the lawyer" named with their firm speaks for the client the article names', () => {
    const text = `${TITLE}Jane Pruitt, through her lawyer, said she accepted the ruling. The lawyer, Mark Holt of Holt Dawes, said the payments had been approved by the board in May.`;
    expect(claim(text, 'approved by the board').asserter.side).toBe('Jane Pruitt');
  });
});
