import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../../lib/analyzer/types';
import { fileReport, skippedReport, toJsonLine, toTable } from '../../../lib/cli/report';

const claim: Claim & { extra: string } = {
  id: 'c1',
  text: 'Ukrainian fighters are encircled',
  sentence: 'The Russian government claims that Ukrainian fighters are encircled.',
  cue: 'claims',
  asserter: { name: 'The Russian government', side: 'Russia' },
  status: 'disputed',
  responses: [{ by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'there is no encirclement threat' }],
  occurrences: [[35, 67], [900, 932]],
  extra: 'not part of the contract',
};
const analysis: Analysis = { language: 'en', analyzed: true, claims: [claim] };

describe('toJsonLine', () => {
  it('prints one line with the contract fields in the contract order', () => {
    const line = toJsonLine(fileReport('dir/a.txt', analysis));
    expect(line).not.toContain('\n');
    const record = JSON.parse(line);
    expect(Object.keys(record)).toEqual(['file', 'language', 'claims']);
    expect(record.file).toBe('dir/a.txt');
    expect(Object.keys(record.claims[0])).toEqual(['id', 'text', 'sentence', 'cue', 'asserter', 'status', 'responses', 'occurrences']);
    expect(record.claims[0].responses).toEqual([{ by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: 'there is no encirclement threat' }]);
    expect(record.claims[0].occurrences).toEqual([[35, 67], [900, 932]]);
  });

  it('says why a text was not analyzed', () => {
    const spanish: Analysis = { language: 'es', analyzed: false, reason: 'not analyzed: language es', claims: [] };
    expect(JSON.parse(toJsonLine(fileReport('b.txt', spanish)))).toEqual({ file: 'b.txt', language: 'es', claims: [], notAnalyzed: 'not analyzed: language es' });
    expect(JSON.parse(toJsonLine(skippedReport('c.html', 'not analyzed: no article found on the page')))).toMatchObject({ claims: [], notAnalyzed: 'not analyzed: no article found on the page' });
  });
});

describe('toTable', () => {
  it('names the file, each claim with status, asserter, side and cue, and its responses', () => {
    const table = toTable(fileReport('a.txt', analysis));
    expect(table).toContain('a.txt');
    expect(table).toContain('1 claim');
    expect(table).toMatch(/DISPUTED ×2 +The Russian government \(Russia\), claims:/);
    expect(table).toContain('"Ukrainian fighters are encircled"');
    expect(table).toContain('denies: the Ukrainian military (Ukraine): "there is no encirclement threat"');
  });

  it('clips long claims to one line', () => {
    const long = { ...claim, text: `${'very '.repeat(40)}long` };
    const table = toTable(fileReport('a.txt', { ...analysis, claims: [long] }));
    const line = table.split('\n').find((l) => l.includes('very'));
    expect(line?.length).toBeLessThan(90);
    expect(line).toContain('…');
  });
});
