// When two figures measure the same quantity, and whether their values agree. Qualifiers count: "über 1000" and
// "1.200" agree, "über 1000" and "etwa 500" do not.
import type { Figure } from '../model/entities';

/** Money, counted things and percentages are quantities one can compare; dates and durations only when equal. */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.type !== b.type || a.unit !== b.unit) return false;
  if (a.type === 'money' || a.type === 'quantity' || a.type === 'percent') return a.unit !== null || a.type === 'percent';
  return false;
}

/** The interval a figure's value allows: "über 1000" is [1000, ∞), "etwa 1000" is [900, 1100], "1000" is [950, 1050]. */
function range(f: Figure): [number, number] | undefined {
  if (typeof f.value !== 'number') return undefined;
  const v = f.value;
  switch (f.qualifier) {
    case 'more_than': return [v, Infinity];
    case 'less_than': return [-Infinity, v];
    case 'up_to': return [0, v];
    case 'approx': return [v * 0.9, v * 1.1];
    default: return [v * 0.95, v * 1.05];
  }
}

/** Whether the two values can both be true (within a 5 % tolerance, or 10 % for approximations). */
export function valuesAgree(a: Figure, b: Figure): boolean {
  const [x, y] = [range(a), range(b)];
  if (!x || !y) return a.value === b.value;
  return x[0] <= y[1] && y[0] <= x[1];
}
