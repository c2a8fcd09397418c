// Human-readable descriptions of detections, shared by hovers and the tree.
import type { Figure, Qualifier } from './model/entities';

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  more_than: 'more than',
  approx: 'approximately',
  less_than: 'less than',
  up_to: 'up to',
};

export const qualifierLabel = (q: Qualifier | null): string | undefined => (q ? QUALIFIER_LABELS[q] : undefined);

/** '1,4 Milliarden US-Dollar' → '1,400,000,000 USD'; '18. Juni' → '--06-18'; '58-Jährige' → '58 year'. */
export function formatFigureValue(f: Figure): string {
  const value = typeof f.value === 'number' ? f.value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : (f.value ?? '?');
  if (f.type === 'percent') return `${value} %`;
  return f.unit ? `${value} ${f.unit}` : value;
}

/** One line for a figure: 'more than 1,000 Container'. */
export function describeFigure(f: Figure): string {
  const q = qualifierLabel(f.qualifier);
  return q ? `${q} ${formatFigureValue(f)}` : formatFigureValue(f);
}
