// What the analyze command prints for one file: the JSON line of the CLI contract (issue 3) or
// a table for people.
import type { Analysis, Claim } from '../analyzer/types';

export interface FileReport {
  file: string;
  language: string;
  claims: Claim[];
  notAnalyzed?: string;
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  const report: FileReport = { file, language: analysis.language, claims: analysis.claims };
  if (!analysis.analyzed) report.notAnalyzed = analysis.reason ?? `not analyzed: language ${analysis.language}`;
  return report;
}

/** A file that was read but holds no article to analyze. */
export function skippedReport(file: string, notAnalyzed: string): FileReport {
  return { file, language: 'und', claims: [], notAnalyzed };
}

/** The contract's fields only, in the contract's order, whatever else a claim carries. */
function contractClaim(claim: Claim) {
  return {
    id: claim.id,
    text: claim.text,
    sentence: claim.sentence,
    cue: claim.cue,
    asserter: { name: claim.asserter.name, side: claim.asserter.side },
    status: claim.status,
    responses: claim.responses.map((response) => ({
      by: { name: response.by.name, side: response.by.side },
      stance: response.stance,
      text: response.text,
    })),
    occurrences: claim.occurrences.map(([start, end]) => [start, end]),
  };
}

/** One line of JSON: `{"file", "language", "claims", "notAnalyzed"?}`. */
export function toJsonLine(report: FileReport): string {
  const { file, language, claims, notAnalyzed } = report;
  return JSON.stringify({ file, language, claims: claims.map(contractClaim), ...(notAnalyzed ? { notAnalyzed } : {}) });
}

const CLAIM_WIDTH = 72;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function party(name: string, side: string): string {
  return side && side !== name ? `${name} (${side})` : name;
}

/** A readable block: the file, then one entry per claim with its responses indented below. */
export function toTable(report: FileReport): string {
  const count = `${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`;
  const lines = [`${report.file}  [${report.language}]  ${report.notAnalyzed ?? count}`];
  report.claims.forEach((claim, index) => {
    const where = claim.occurrences.length > 1 ? ` ×${claim.occurrences.length}` : '';
    lines.push(`  ${String(index + 1).padStart(2)}. ${claim.status.toUpperCase()}${where}  ${party(claim.asserter.name, claim.asserter.side)}, ${claim.cue}:`);
    lines.push(`      "${clip(claim.text, CLAIM_WIDTH)}"`);
    for (const response of claim.responses) {
      lines.push(`      ↳ ${response.stance}: ${party(response.by.name, response.by.side)}: "${clip(response.text, CLAIM_WIDTH - 10)}"`);
    }
  });
  return lines.join('\n');
}
