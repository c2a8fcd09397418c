// Text pieces placed on PDF pages → paragraphs in reading order. A PDF has no paragraphs, only glyph runs at
// positions, written in any order: runs are put into lines by their baseline (top to bottom) and then by x,
// lines into paragraphs where the vertical gap is larger than the page's usual line spacing, the font size
// changes or a line is indented after a sentence end. Hyphenated line breaks are joined ("Verein-" + "barung").
// Columns are found by their gutter (a vertical band no text crosses) and read one after the other.

export interface PlacedText {
  str: string;
  /** Baseline start, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface LaidOutParagraph {
  text: string;
  /** Font size of its first line: a larger one marks a heading or the title. */
  size: number;
  page: number;
}

interface Line { text: string; x: number; y: number; size: number }

/** Pieces on one baseline (within half a font size), left to right; a gap wider than a thin space becomes a space. */
function linesOf(items: readonly PlacedText[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  for (const item of sorted) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) <= Math.min(line[0]!.size, item.size) * 0.5) line.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const piece of group) {
      const gap = piece.x - end;
      if (text !== '' && !/\s$/.test(text) && !/^\s/.test(piece.str) && gap > piece.size * 0.15) text += ' ';
      text += piece.str;
      end = piece.x + piece.width;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), x: group[0]!.x, y: group[0]!.y, size: Math.max(...group.map((p) => p.size)) };
  });
}

/** "12", "- 12 -", "Seite 3 von 8", "Page 3 of 8", "3/8", and the roman numbers of front matter ("iv"). */
const PAGE_NUMBER = /^(?:(?:(?:seite|page|s\.|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:von|of|\/)\s*\d{1,4})?|[ivxlc]{1,7})$/i;
const masked = (text: string): string => text.replace(/\d+/g, '#').toLowerCase();

/**
 * Running heads and feet: a page's first or last line that is a page number, or that repeats (digits aside) as a
 * first or last line on another page.
 */
function dropPageFurniture(pages: Line[][]): Line[][] {
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[lines.length - 1]].filter((l): l is Line => l !== undefined && l.text.length < 100).map((l) => masked(l.text)));
    for (const e of edges) edgeCounts.set(e, (edgeCounts.get(e) ?? 0) + 1);
  }
  const furniture = (l: Line | undefined): boolean => l !== undefined && (PAGE_NUMBER.test(l.text) || (l.text.length < 100 && (edgeCounts.get(masked(l.text)) ?? 0) >= 2));
  return pages.map((lines) => {
    const kept = [...lines];
    while (furniture(kept[0])) kept.shift();
    while (furniture(kept[kept.length - 1])) kept.pop();
    return kept;
  });
}

const HYPHEN_END = /\p{L}[-\u2010\u00ad]$/u;
/** "Ein- und Ausfuhr": a hyphen before a conjunction is a suspended compound, not a broken word. */
const SUSPENDED = /^(und|oder|bzw|sowie|bis|als|wie|and|or|to)\b/;

/** Joins two lines of one paragraph. */
export function joinLines(a: string, b: string): string {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (HYPHEN_END.test(a)) {
    // "Verein-" + "barung" is one word; "CDU-" + "Vorsitzender" keeps its hyphen; "Ein-" + "und" keeps the space.
    if (/^\p{Ll}/u.test(b) && !SUSPENDED.test(b)) return a.slice(0, -1) + b;
    if (!SUSPENDED.test(b)) return a + b;
  }
  return `${a} ${b}`;
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

const ENDS_SENTENCE = /[.!?:;"“”»«)\]]$/;

function paragraphsOfPage(lines: Line[], page: number): LaidOutParagraph[] {
  // The usual distance between baselines of one paragraph: gaps of at most two font sizes (larger ones are breaks).
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g, i) => g > 0 && g <= 2 * lines[i + 1]!.size);
  const usualGap = median(gaps);
  const out: LaidOutParagraph[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const current = out[out.length - 1];
    let breaks = true;
    if (prev && current) {
      const gap = prev.y - line.y;
      const usual = usualGap ?? line.size * 1.2;
      const sameSize = Math.abs(prev.size - line.size) <= 0.15 * Math.max(prev.size, line.size);
      const indented = line.x - prev.x > line.size && ENDS_SENTENCE.test(prev.text);
      breaks = gap <= 0 || gap > usual * 1.35 || !sameSize || indented;
    }
    if (breaks || !current) out.push({ text: line.text, size: line.size, page });
    else current.text = joinLines(current.text, line.text);
    prev = line;
  }
  return out;
}

/**
 * A page's lines in reading order: where a gutter splits its text into columns, text above the columns (a headline
 * across the page) first, then each column top to bottom (columns within a column, up to three), then text below.
 */
function linesInReadingOrder(items: readonly PlacedText[], depth = 0): Line[] {
  const gutter = depth < 2 ? gutterOf(items) : undefined;
  if (gutter === undefined) return linesOf(items);
  const crosses = (i: PlacedText): boolean => i.x < gutter && i.x + i.width > gutter;
  const left = items.filter((i) => !crosses(i) && i.x + i.width <= gutter);
  const right = items.filter((i) => !crosses(i) && i.x >= gutter);
  const columnsTop = Math.max(...[...left, ...right].map((i) => i.y));
  const across = items.filter(crosses);
  return [
    ...linesOf(across.filter((i) => i.y > columnsTop)),
    ...linesInReadingOrder(left, depth + 1),
    ...linesInReadingOrder(right, depth + 1),
    ...linesOf(across.filter((i) => i.y <= columnsTop)),
  ];
}

/** The x of a gutter between columns: an empty band in the middle of the text, at least 1.5 font sizes wide, with enough lines on both sides. */
function gutterOf(items: readonly PlacedText[]): number | undefined {
  const text = items.filter((i) => i.str.trim() !== '' && i.width > 0);
  if (text.length < 8) return undefined;
  const [minX, maxX] = [Math.min(...text.map((i) => i.x)), Math.max(...text.map((i) => i.x + i.width))];
  const size = median(text.map((i) => i.size)) ?? 10;
  const width = maxX - minX;
  if (width < size * 20) return undefined;
  // Coverage of x by text, in steps of a quarter font size; headlines across the page may cross the gutter.
  const step = size / 4;
  const bins = new Array<number>(Math.ceil(width / step) + 1).fill(0);
  for (const i of text) for (let b = Math.floor((i.x - minX) / step); b <= Math.floor((i.x + i.width - minX) / step); b++) bins[b]!++;
  const allowed = Math.max(1, Math.floor(text.length * 0.05));
  let best: [number, number] | undefined;
  for (let b = Math.floor(bins.length * 0.25); b < Math.ceil(bins.length * 0.75); b++) {
    if (bins[b]! > allowed) continue;
    let e = b;
    while (e + 1 < bins.length && bins[e + 1]! <= allowed) e++;
    if (!best || e - b > best[1] - best[0]) best = [b, e];
    b = e;
  }
  if (!best || (best[1] - best[0] + 1) * step < size * 1.5) return undefined;
  const gutter = minX + ((best[0] + best[1] + 1) / 2) * step;
  const sides = [text.filter((i) => i.x + i.width <= gutter).length, text.filter((i) => i.x >= gutter).length];
  return Math.min(...sides) >= 3 ? gutter : undefined;
}

/** The pages' text as paragraphs. A paragraph that runs on over a page break is joined. */
export function layOutPages(pages: readonly (readonly PlacedText[])[]): LaidOutParagraph[] {
  const lines = dropPageFurniture(pages.map((items) => linesInReadingOrder(items)));
  const out: LaidOutParagraph[] = [];
  lines.forEach((pageLines, i) => {
    const paragraphs = paragraphsOfPage(pageLines, i + 1);
    const last = out[out.length - 1];
    const first = paragraphs[0];
    // Runs on: the page ended mid-word or mid-sentence in a paragraph longer than a heading, in the same font size.
    if (last && first && last.page === i && Math.abs(last.size - first.size) < 0.5 && (HYPHEN_END.test(last.text) || (last.text.length > 80 && !ENDS_SENTENCE.test(last.text)))) {
      last.text = joinLines(last.text, first.text);
      paragraphs.shift();
    }
    out.push(...paragraphs);
  });
  return out;
}
