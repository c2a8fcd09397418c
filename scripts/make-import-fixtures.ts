// Writes the binary fixtures of the import tests (test/fixtures/import/): a two-page PDF, an "encrypted" PDF, a
// truncated PDF, a PDF without text, a DOCX and a .docx of random bytes. Hand-built (no PDF or Office library), so that every byte, text
// position and metadata field is known. `npx tsx scripts/make-import-fixtures.ts`; the output is the same each run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const out = join(__dirname, '..', 'test', 'fixtures', 'import');

// Helvetica advance widths (1/1000 em) of the characters 32..126 (the standard 14 fonts' AFM), to place text pieces.
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const width = (s: string, size: number): number => [...s].reduce((w, c) => w + (HELVETICA[c.charCodeAt(0) - 32] ?? 556), 0) * size / 1000;

/** A PDF string literal in WinAnsiEncoding (umlauts as octal escapes). */
const pdfString = (s: string): string => '(' + [...s].map((c) => {
  const code = c.charCodeAt(0);
  if (c === '(' || c === ')' || c === '\\') return '\\' + c;
  return code < 128 ? c : '\\' + code.toString(8).padStart(3, '0');
}).join('') + ')';

interface Piece { x: number; y: number; size: number; text: string }

/**
 * Lines of a page as text pieces. Paragraph lines are 14 pt apart, paragraphs 30 pt. The pieces are written to
 * the content stream in the order given, which is deliberately not the reading order.
 */
function page1(): Piece[] {
  const first = 'Die Regierung in Kiew hat am Dienstag ';
  return [
    { x: 72, y: 700, size: 16, text: 'Bericht zur Lage der Getreideexporte' },
    // The second paragraph is drawn before the first, and the first line's second half before its first half.
    { x: 72, y: 600, size: 11, text: 'Nach Angaben des Ministeriums wurden im Juni rund 1,4 Millionen' },
    { x: 72, y: 586, size: 11, text: 'Tonnen Getreide verschifft, mehr als im Vormonat.' },
    { x: 72 + width(first, 11), y: 660, size: 11, text: 'eine neue Verein-' },
    { x: 72, y: 660, size: 11, text: first },
    { x: 72, y: 646, size: 11, text: 'barung mit den Reedereien im Schwarzen Meer vorgestellt.' },
    { x: 72, y: 632, size: 11, text: 'Sie soll die Ausfuhr von Weizen bis Ende des Jahres sichern.' },
    { x: 270, y: 40, size: 9, text: 'Seite 1 von 2' },
  ];
}

function page2(): Piece[] {
  return [
    { x: 270, y: 40, size: 9, text: 'Seite 2 von 2' },
    { x: 72, y: 720, size: 11, text: 'Die Versicherer verlangen weiterhin hohe Prämien für Fahrten' },
    { x: 72, y: 706, size: 11, text: 'durch das Kriegsgebiet; einige Reedereien meiden die Route ganz.' },
    { x: 72, y: 676, size: 11, text: 'Eine Sprecherin sagte, man prüfe weitere Routen über die Donau.' },
  ];
}

/** A page's content: text pieces, or raw drawing operators (a page with no text, like a scan). */
const contentStream = (pieces: Piece[] | string): string =>
  typeof pieces === 'string' ? pieces : pieces.map((p) => `BT /F1 ${p.size} Tf 1 0 0 1 ${p.x.toFixed(2)} ${p.y} Tm ${pdfString(p.text)} Tj ET`).join('\n') + '\n';

/** A complete PDF: catalog, pages, one font, the pages' content streams, an info dictionary and a cross-reference table. */
function pdf(pages: (Piece[] | string)[], info: Record<string, string>, encrypt?: string): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const pieces of pages) {
    const stream = contentStream(pieces);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoObj = add('<< ' + Object.entries(info).map(([k, v]) => `/${k} ${pdfString(v)}`).join(' ') + ' >>');
  const encryptObj = encrypt === undefined ? undefined : add(encrypt);
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = '<0123456789abcdef0123456789abcdef>';
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R /ID [${id} ${id}]${encryptObj ? ` /Encrypt ${encryptObj} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const INFO = { Title: 'Bericht zur Lage der Getreideexporte', Author: 'Referat Presse', CreationDate: "D:20240618093000+02'00'", Producer: 'make-import-fixtures' };

// Standard security handler, revision 2, with owner and user keys that no empty password opens: a reader asks for a password.
const ENCRYPT = `<< /Filter /Standard /V 1 /R 2 /O <${'5a'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -44 >>`;

/** A DOCX as Word writes its essentials: content types, relationships, the body and the core properties. */
function docx(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const para = (runs: string[], style?: string): string =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
  const body = [
    para(['Neue Route für Getreide über die Donau'], 'Title'),
    // A word split over two runs, as Word does after an edit, must come out whole.
    para(['Die Ukraine und Rumänien haben eine Ver', 'einbarung über den Ausbau der Donauhäfen unterzeichnet.']),
    para([]),
    para(['Hintergrund'], 'Heading1'),
    para(['Seit dem Ende des Getreideabkommens im Juli 2023 laufen die Exporte zum großen Teil über Ismail und Reni.']),
    para(['„Wir brauchen jede Route“, sagte der Minister in Bukarest.']),
  ].join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Neue Route für Getreide über die Donau</dc:title><dc:creator>Anna Petrenko</dc:creator><dc:language>de-DE</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T08:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-06T10:00:00Z</dcterms:modified></cp:coreProperties>`,
  };
  // A fixed date keeps the zip the same byte for byte on every run.
  const mtime = new Date('2024-03-05T08:15:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])));
}

/** Deterministic noise (a linear congruential generator), so the "random" .docx is the same each run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

mkdirSync(out, { recursive: true });
const report = pdf([page1(), page2()], INFO);
writeFileSync(join(out, 'bericht.pdf'), report);
writeFileSync(join(out, 'geschuetzt.pdf'), pdf([page1()], INFO, ENCRYPT));
writeFileSync(join(out, 'abgebrochen.pdf'), report.slice(0, 400));
// Grey boxes where a scan would have its picture of the text.
writeFileSync(join(out, 'ohne-text.pdf'), pdf(['0.6 g 72 600 450 120 re f 72 420 450 160 re f\n'], { Title: 'Scan', Producer: 'make-import-fixtures' }));
writeFileSync(join(out, 'meldung.docx'), docx());
writeFileSync(join(out, 'kaputt.docx'), noise(2048));
