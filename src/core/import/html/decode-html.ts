// A saved page's bytes → its markup. Pages are UTF-8 today, but older German pages are often ISO-8859-1/windows-1252.

/** windows-1252's 0x80–0x9F (€, „, “, –, …); the rest of its bytes are Latin-1. 0 marks the five unassigned bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * windows-1252 by hand: Node's TextDecoder (small ICU builds, and some versions with full ICU) treats the label as
 * Latin-1 and leaves "€" and typographic quotes as control characters. Browsers give every Latin-1 label this table too.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b)));
  }
  return out;
}

const LATIN1_LABELS = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|ascii|us-ascii)$/;

/** The charset the page declares (BOM, `<meta charset>` or `http-equiv` Content-Type), else UTF-8 if it decodes, else windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && LATIN1_LABELS.test(declared)) return decodeWindows1252(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // A label this runtime does not know: fall through to UTF-8 / windows-1252.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Declared UTF-8 but not (a page re-saved by an old editor): windows-1252 maps every byte, so umlauts survive.
    return decodeWindows1252(bytes);
  }
}
