// QDA-XML counts a text selection's positions in characters of the source's plain text. The importers that can be
// read (QualCoder: Python str indices into the UTF-8 file) count Unicode code points, and the readers of the text
// files disagree about CR LF (QualCoder reads universal newlines; MAXQDA and NVivo count two characters, ATLAS.ti
// one). So the exported text has LF line endings only, and positions are code points in it. Our offsets are UTF-16
// code units into the article as stored: this maps them.

/** The plain text as exported (CR LF and lone CR become LF) and the map from an offset into `text` to a position in it. */
export function exportedPlainText(text: string): { plain: string; position: (utf16Offset: number) => number } {
  // UTF-16 indices that are not a character of the exported text: the CR of CR LF, the second half of a surrogate pair.
  const uncounted: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) uncounted.push(i);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) uncounted.push(++i);
    }
  }
  const plain = text.replace(/\r\n?/g, '\n');
  const position = (offset: number): number => {
    // Units before `offset` that do not count: binary search for the first uncounted index >= offset.
    let lo = 0;
    let hi = uncounted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (uncounted[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
  return { plain, position };
}
