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

/**
 * Whether two figures state the same number whatever they count: of one type, values within 5 % of each other (10 %
 * when either is approximate; qualifiers aside: "über 5000" ~ "more than 5,000 people", "about 25" ~ "two dozen",
 * never "über 1000" ~ "Dutzende"), and for money and durations the same unit; dates equal. Evidence that two claims
 * report one fact, weighed by its rarity (see `figureKey`).
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  if (a.type !== b.type || a.value === null || b.value === null) return false;
  if ((a.type === 'money' || a.type === 'duration') && a.unit !== b.unit) return false;
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return a.value === b.value;
  const tolerance = a.qualifier === 'approx' || b.qualifier === 'approx' ? 0.1 : 0.05;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** What a figure's rarity is counted by: its type and value. */
export const figureKey = (f: Figure): string => `${f.type}:${String(f.value)}`;
