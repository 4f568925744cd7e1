import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

describe('parseArgs', () => {
  it('takes --json anywhere and keeps files in order', () => {
    expect(parseArgs(['a.txt', '--json', 'b.html'])).toEqual({ json: true, files: ['a.txt', 'b.html'] });
    expect(parseArgs(['a.txt'])).toEqual({ json: false, files: ['a.txt'] });
  });

  it('reads everything after -- as a file, even a name starting with dashes', () => {
    expect(parseArgs(['--json', '--', '--odd.txt'])).toEqual({ json: true, files: ['--odd.txt'] });
  });

  it('refuses unknown options and a missing file list', () => {
    expect(parseArgs(['--jsn', 'a.txt'])).toMatchObject({ error: expect.stringContaining('unknown option --jsn') });
    expect(parseArgs(['--json'])).toMatchObject({ error: expect.stringContaining('no file') });
  });
});
