// Paragraphs: the blocks that incremental detection caches.

export interface Block {
  start: number;
  end: number;
}

/**
 * The paragraphs of a text: maximal runs of lines between blank lines ("\n\n", "\r\n\r\n"), in order, none empty.
 * Registry forms and model sentences never cross a line break; a few figure rules look at the token before or after
 * one (incremental.ts), which a paragraph, unlike a line, keeps for the lines of a hard-wrapped paragraph.
 */
export function paragraphs(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const blank = next === 10 ? 2 : next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 0;
    if (blank === 0) continue;
    if (i > start) out.push({ start, end: i });
    start = Math.max(start, i + blank);
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}
