import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapped } from '../../../lib/analyzer/mapped';

describe('mapped', () => {
  it('gives what map() gives, index included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean())), (xs) => {
        const f = (x: string | number | boolean, k: number): string => `${k}:${String(x)}`;
        expect(mapped(xs, f)).toEqual(xs.map(f));
      }),
    );
  });
});
