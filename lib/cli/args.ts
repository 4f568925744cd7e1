// The analyze command's arguments: `[--json] FILE...`.

export interface CliArgs {
  json: boolean;
  files: string[];
}

export const USAGE = 'usage: npm run analyze -- [--json] FILE...  (.txt read as UTF-8 text, .html through article extraction)';

/** The parsed arguments, or an error message for the user. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || !arg.startsWith('--')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else return { error: `unknown option ${arg}\n${USAGE}` };
  }
  if (files.length === 0) return { error: `no file given\n${USAGE}` };
  return { json, files };
}
