// Seeded PRNG (mulberry32) so that mutation and fault-injection runs are reproducible.
import { mulberry32 } from '../../src/core/random';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi). */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed >>> 0);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo));
  return { next, int, pick: (xs) => xs[int(0, xs.length)] };
}
