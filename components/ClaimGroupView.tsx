// One claim group, outlet by outlet: how each page carried the claim ("disputed by Ukraine",
// "no response reported"), and the fact-checker's mark on each wording.
import { useState } from 'preact/hooks';
import { describeCarrying } from '../lib/history/carrying';
import { denialReported } from '../lib/history/groups';
import type { ClaimMark, Carrying, GroupDetail } from '../lib/history/repository';
import type { LiveResult } from '../lib/history/use-live-query';
import { LiveNotice } from './LiveNotice';
import { PageLink } from './PageLink';
import { STATUS_WORDS } from './status';
import { Time } from './time';

export const VERDICTS = ['False', 'Misleading', 'Unproven', 'Mostly true', 'True'] as const;

export interface ClaimGroupViewProps {
  detail: LiveResult<GroupDetail | undefined>;
  onMark: (claimKey: string, mark: ClaimMark | undefined) => void;
  onClose: () => void;
}

function MarkControl({ carrying, onMark }: { carrying: Carrying; onMark: ClaimGroupViewProps['onMark'] }) {
  const [editing, setEditing] = useState(false);
  const [verdict, setVerdict] = useState<string>(carrying.mark?.verdict ?? VERDICTS[0]);
  const [note, setNote] = useState(carrying.mark?.note ?? '');
  const key = carrying.occurrence.claimKey;
  if (!editing) {
    return (
      <span class="mark">
        {carrying.mark && (
          <span class="mark-verdict">
            Marked {carrying.mark.verdict}
            {carrying.mark.note && `: ${carrying.mark.note}`}{' '}
          </span>
        )}
        <button type="button" class="quiet" onClick={() => setEditing(true)} aria-label={`Mark the claim as carried by ${carrying.page.outlet}`}>
          {carrying.mark ? 'Change mark' : 'Mark…'}
        </button>
        {carrying.mark && (
          <button type="button" class="quiet" onClick={() => onMark(key, undefined)}>
            Unmark
          </button>
        )}
      </span>
    );
  }
  return (
    <form
      class="mark-form"
      aria-label="Mark the claim"
      onSubmit={(event) => {
        event.preventDefault();
        onMark(key, { verdict, note: note.trim(), markedAt: Date.now() });
        setEditing(false);
      }}
    >
      <label>
        Verdict{' '}
        <select value={verdict} onChange={(event) => setVerdict(event.currentTarget.value)}>
          {VERDICTS.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        Note <input type="text" value={note} maxLength={2000} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>{' '}
      <button type="submit">Save mark</button>{' '}
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

export function ClaimGroupView({ detail, onMark, onClose }: ClaimGroupViewProps) {
  if (detail.state !== 'ready') return <LiveNotice result={detail} what="the claim" />;
  const close = (
    <button type="button" onClick={onClose}>
      Back to all claims
    </button>
  );
  if (!detail.value) {
    return (
      <section class="group-detail">
        <p class="notice">This claim is no longer in the history.</p>
        {close}
      </section>
    );
  }
  const { group, carryings } = detail.value;
  return (
    <section class="group-detail" aria-labelledby="group-heading" data-disagree={group.disagree === 1 ? 'true' : undefined}>
      <header>
        <h2 id="group-heading">
          <q>{group.text}</q>
        </h2>
        <p class="group-meta">
          Asserted for {group.side} · {group.pages} {group.pages === 1 ? 'page' : 'pages'} on {group.outlets.length}{' '}
          {group.outlets.length === 1 ? 'outlet' : 'outlets'}
        </p>
        {group.disagree === 1 && (
          <p class="disagree-flag" role="note">
            Outlets disagree: {group.reported} of {group.occurrences} printed the denial by another side, the others did not.
          </p>
        )}
        {close}
      </header>
      <table class="carryings">
        <caption class="visually-hidden">How each outlet carried the claim</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">As carried</th>
            <th scope="col">Asserter</th>
            <th scope="col">Status</th>
            <th scope="col">Response</th>
            <th scope="col">Mark</th>
          </tr>
        </thead>
        <tbody>
          {carryings.map((carrying) => {
            const { page, occurrence } = carrying;
            return (
              <tr key={`${page.id}-${occurrence.claimId}`} data-reported={denialReported(occurrence) ? 'true' : 'false'}>
                <th scope="row">
                  <span class="page-outlet">{page.outlet}</span>
                  <br />
                  <PageLink url={page.url}>{page.title || page.url}</PageLink>
                  <br />
                  <span class="muted">
                    <Time at={page.lastSeen} />
                  </span>
                </th>
                <td>
                  <q>{occurrence.text}</q>
                </td>
                <td>
                  {occurrence.asserter.name} ({occurrence.asserter.side})
                </td>
                <td>
                  <span class="claim-status" data-status={occurrence.status}>
                    {STATUS_WORDS[occurrence.status]}
                  </span>
                </td>
                <td>
                  <strong>{describeCarrying(occurrence)}</strong>
                  {occurrence.responses.map((response, index) => (
                    <span key={index} class="response-quote">
                      <br />
                      {response.by.name}: <q>{response.text}</q>
                    </span>
                  ))}
                </td>
                <td>
                  <MarkControl carrying={carrying} onMark={onMark} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
