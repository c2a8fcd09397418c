// Shared types of the figure recognisers.
import type { FigureType, Qualifier } from '../../model/entities';
import type { Lang } from './numbers';
import type { TokList } from './tokens';

export interface Ctx {
  text: string;
  toks: TokList;
  lang: Lang;
}

/** A recognised figure, in character offsets. */
export interface Match {
  start: number;
  end: number;
  type: FigureType;
  value: number | string | null;
  unit: string | null;
  qualifier: Qualifier | null;
}

/** Tries to recognise a figure that begins at token `i`. */
export type Recognizer = (ctx: Ctx, i: number) => Match | null;

export function lowerAt(ctx: Ctx, i: number): string {
  const t = ctx.toks.get(i);
  return t === undefined ? '' : t.lower;
}

/** Token `i` exists and is on the same line as token `i - 1`. */
export function sameLine(ctx: Ctx, i: number): boolean {
  const t = ctx.toks.get(i);
  return t !== undefined && !t.nlBefore;
}

/** A plain integer token ("18", "2019") with no separators and no suffix. */
export function plainInt(ctx: Ctx, i: number): number | null {
  const t = ctx.toks.get(i);
  if (t === undefined || t.kind !== 'num' || t.suffix !== '' || !/^\d+$/.test(t.core)) return null;
  return Number(t.core);
}

/** Token `i` is a period glued to the previous token ("18." "Mio."). */
export function gluedPeriod(ctx: Ctx, i: number): boolean {
  const t = ctx.toks.get(i);
  return t !== undefined && t.kind === 'sym' && t.text === '.' && !t.spaceBefore && !t.nlBefore;
}

export const QUOTES = /^["„“”»«'‚‘’]$/;

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
