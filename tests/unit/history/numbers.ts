import { claimFeatures, isRounding } from '../../../lib/history/similarity';

/** A claim's exact numbers (ClaimFeatures numbers), without the roundings that go with them. */
export function exactNumbers(text: string): string[] {
  return claimFeatures(text).numbers.filter((number) => !isRounding(number));
}
