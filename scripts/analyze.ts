// `npm run analyze -- [--json] FILE...`: the analyzer on text and HTML files, one report per file.
// A file that cannot be read or analyzed is reported on stderr; the others still are; exit code 1.
import { readFile } from 'node:fs/promises';
import { analyze } from '../lib/analyzer/index';
import { errorMessage } from '../lib/error-message';
import { parseArgs } from '../lib/cli/args';
import { articleTextOf } from '../lib/cli/article-text';
import { fileReport, type FileReport, skippedReport, toJsonLine, toTable } from '../lib/cli/report';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && READ_ERRORS[code]) ?? errorMessage(error);
}

async function reportOf(file: string): Promise<FileReport> {
  const content = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read ${file}: ${why(error)}`);
  });
  const article = articleTextOf(file, content);
  if ('notAnalyzed' in article) return skippedReport(file, article.notAnalyzed);
  try {
    return fileReport(file, analyze(article.text));
  } catch (error) {
    throw new Error(`cannot analyze ${file}: ${why(error)}`);
  }
}

const args = parseArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`analyze: ${args.error}`);
  process.exit(2);
}
let failed = 0;
for (const file of args.files) {
  try {
    const report = await reportOf(file);
    console.log(args.json ? toJsonLine(report) : `${toTable(report)}\n`);
  } catch (error) {
    failed++;
    console.error(`analyze: ${errorMessage(error)}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
