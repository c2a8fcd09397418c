// The text as lines with their offsets: source metadata and boilerplate are decided line by line.
export interface Line {
  /** Offsets of the trimmed line in the text (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
}

/** Non-empty lines, trimmed, in order. */
export function nonEmptyLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff;
}
