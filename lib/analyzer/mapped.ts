/**
 * `xs.map(f)`, built by push. The optimizing compiler's inlined map() and the built-in one make
 * arrays of different shapes (elements kinds): code reading arrays made both ways was deoptimized,
 * and recompiled, each time a producer moved between tiers.
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, k: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < xs.length; k++) out.push(f(xs[k] as T, k));
  return out;
}
