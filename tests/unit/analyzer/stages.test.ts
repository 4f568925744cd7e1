// The pipeline tells an optional clock each stage as it ends (the benchmark times the stages with
// it), and a text without any attribution stops after looking for one.
import { describe, expect, it } from 'vitest';
import { analyze, type Stage } from '../../../lib/analyzer/index';

function stagesOf(text: string): { stages: Stage[]; claims: number } {
  const stages: Stage[] = [];
  const claims = analyze(text, (ended) => stages.push(ended)).claims.length;
  return { stages, claims };
}

describe('the analyzer stages', () => {
  it('run in order on an article with claims', () => {
    const run = stagesOf(
      'The defense ministry said its forces had regained control of two villages. ' +
        'The claim could not be independently verified, and the army denied it.',
    );
    expect(run.claims).toBeGreaterThan(0);
    expect(run.stages).toEqual(['language', 'sentences', 'attributions', 'discourse', 'asserters', 'responses', 'links', 'claims']);
  });

  it('stop after the attributions when there are none', () => {
    const run = stagesOf('Preheat the oven. Beat the butter and sugar until pale, fold in the flour and bake for forty minutes.');
    expect(run).toEqual({ stages: ['language', 'sentences', 'attributions'], claims: 0 });
  });

  it('give the same claims with or without a clock', () => {
    const text = 'Kremlin spokesperson Dmitri S. Peskov said the talks had failed. Kyiv rejected the claim.';
    expect(analyze(text, () => {})).toEqual(analyze(text));
  });
});
