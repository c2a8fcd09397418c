// A minimal XML writer for project.qde. The document has a fixed shape of some twenty element types with string
// attributes and text; escaping is all a library would add here, and a dependency would ship in both server bundles.
// Whether the result is well-formed and valid is checked against the QDA-XML schema with xmllint (export-refi test).

export interface XmlElement {
  name: string;
  /** Attributes in the order given; undefined values are left out. */
  attrs: Record<string, string | number | boolean | undefined>;
  children: XmlElement[];
  /** Text content (elements here have either text or children). */
  text?: string;
}

export const el = (name: string, attrs: XmlElement['attrs'] = {}, children: Array<XmlElement | undefined | false> = []): XmlElement =>
  ({ name, attrs, children: children.filter((c): c is XmlElement => !!c) });

export const textEl = (name: string, text: string, attrs: XmlElement['attrs'] = {}): XmlElement => ({ name, attrs, children: [], text });

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; unpaired surrogates): dropped. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A parser turns CR LF into LF in text, and tabs and line breaks into spaces in attributes: character references keep them.
const escapeText = (s: string): string => s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escapeAttr = (s: string): string =>
  escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

function write(e: XmlElement, indent: string, out: string[]): void {
  const attrs = Object.entries(e.attrs)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  if (e.text !== undefined) out.push(`${indent}<${e.name}${attrs}>${escapeText(e.text)}</${e.name}>`);
  else if (e.children.length === 0) out.push(`${indent}<${e.name}${attrs}/>`);
  else {
    out.push(`${indent}<${e.name}${attrs}>`);
    for (const c of e.children) write(c, indent + '  ', out);
    out.push(`${indent}</${e.name}>`);
  }
}

/** The document: an XML declaration (UTF-8) and the root element, indented by two spaces, with a trailing newline. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return out.join('\n') + '\n';
}
