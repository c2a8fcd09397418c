// Turning a file's bytes into annotatable text, with a clear reason when that is not possible.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'invalid-utf8' | 'too-large'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 the way VS Code shows the file: a leading BOM is dropped (so offsets match the editor's text),
 * CRLF is kept. NUL bytes mean a binary file; invalid UTF-8 is refused rather than silently replaced,
 * because offsets into replaced text would not survive a round trip.
 */
export function decodeDocument(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    return { ok: false, reason: 'too-large', message: `file is ${mb(bytes.length)} MB, larger than the ${mb(maxBytes)} MB limit` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary', message: 'file looks binary (contains NUL bytes)' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: 'file is not valid UTF-8' };
  }
}

/** The article's title: its first non-empty line, shortened for display. */
export function titleOf(text: string, fallback: string): string {
  // Line by line, not split(): an article is read for its first line only (10,000 of them on a restart).
  let line: string | undefined;
  for (let at = 0, n = 0; at <= text.length && n < 50 && line === undefined; n++) {
    const end = text.indexOf('\n', at);
    const candidate = text.slice(at, end < 0 ? text.length : end);
    if (candidate.trim() !== '') line = candidate;
    at = end < 0 ? text.length + 1 : end + 1;
  }
  if (!line) return fallback;
  const t = line.trim().replace(/\s+/g, ' ');
  return t.length > 120 ? t.slice(0, 119) + '…' : t;
}

/** Escapes text for display in Markdown (hovers): no markup, links or HTML from a document survives. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => '\\' + c)
    .replace(/\r?\n/g, ' ');
}

/** One-line preview of a passage. */
export function preview(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
