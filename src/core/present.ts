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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads an ISO partial date value aloud: '--06-18' → '18 June (year not stated)', '195X' → '1950s'. */
export function readableDate(value: string): string | undefined {
  const range = value.split('/');
  if (range.length === 2) {
    const [a, b] = range.map(readableDate);
    return a && b ? `${a} – ${b}` : undefined;
  }
  const month = (m: string): string => MONTHS[Number(m) - 1] ?? m;
  let m: RegExpExecArray | null;
  if ((m = /^--(\d\d)-(\d\d)$/.exec(value))) return `${Number(m[2])} ${month(m[1]!)} (year not stated)`;
  if ((m = /^--(\d\d)$/.exec(value))) return `${month(m[1]!)} (year not stated)`;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value))) return `${Number(m[3])} ${month(m[2]!)} ${m[1]}`;
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return `${month(m[2]!)} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{3})X$/.exec(value))) return `${m[1]}0s`;
  if ((m = /^(\d\d)XX$/.exec(value))) return `${Number(m[1]) + 1}th century`;
  return undefined;
}
