import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { decodeHtml } from '../../src/core/import/html/decode-html';
import { parseHtmlDocument } from '../../src/core/import/html/dom';
import { htmlMeta } from '../../src/core/import/html/html-meta';
import { importDocument } from '../../src/core/import/import-document';
import { importIntoFolder } from '../../src/core/import/import-into-folder';
import { ImportError } from '../../src/core/import/imported-document';
import { toPartialDate } from '../../src/core/import/partial-date';
import { joinLines, layOutPages, type PlacedText } from '../../src/core/import/pdf/pdf-layout';
import { cleanParagraph, composeArticle } from '../../src/core/import/plain-text';
import { slugify } from '../../src/core/import/slug';
import { parseSidecar } from '../../src/core/store/parse';
import { MemoryFileSystem } from '../helpers/memory-fs';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const paragraphsOf = (text: string): string[] => text.trimEnd().split('\n\n');

async function importError(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await importDocument(name, bytes);
  } catch (e) {
    assert.ok(e instanceof ImportError, `an ImportError, not ${String(e)}`);
    return e.message;
  }
  assert.fail(`${name} was imported`);
}

/** What every imported article looks like: title line, blank line, paragraphs, one final newline, clean spaces. */
function assertPlainLayout(text: string): void {
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'one final newline');
  assert.doesNotMatch(text, /\r|\u00a0|\u00ad|\u200b| {2}|\n{3}|^ | $/m);
  const lines = text.split('\n');
  assert.notEqual(lines[0], '');
  assert.equal(lines[1], '', 'a blank line after the title');
}

describe('Import: saved web pages', () => {
  it('keeps every paragraph of a German news page, headings and the quote as their own paragraphs, and nothing around it', async () => {
    const doc = await importDocument('morgenblatt-donau.html', fixture('morgenblatt-donau.html'));
    assert.equal(doc.kind, 'html');
    assertPlainLayout(doc.text);
    const paragraphs = paragraphsOf(doc.text);
    assert.equal(paragraphs[0], 'Getreide über die Donau: Kiew setzt auf neue Route');
    const article = [
      'Die Ukraine verschifft immer mehr Getreide über ihre Häfen an der Donau. Doch Versicherer und Reedereien bleiben vorsichtig – und die Kapazitäten sind begrenzt.',
      'Die ukrainische Regierung hat am Dienstag in Kiew eine neue Vereinbarung mit mehreren Reedereien vorgestellt, die den Export von Weizen und Mais über die Donau bis zum Ende des Jahres absichern soll. Nach Angaben des Infrastrukturministeriums sollen die Häfen Ismail, Reni und Kilija ihre Umschlagsmengen bis zum Herbst um ein Drittel steigern.',
      'Im Mai seien über die Donauhäfen rund 1,4 Millionen Tonnen Getreide verschifft worden, teilte das Ministerium mit. Das sind deutlich mehr als im Vorjahresmonat, aber weit weniger als vor Beginn des Krieges über die Seehäfen am Schwarzen Meer exportiert wurden.',
      'Versicherer verlangen hohe Prämien',
      'Für die Reedereien bleibt die Fahrt ein Risiko. Die Versicherungsprämien für Schiffe, die das Kriegsgebiet durchqueren, liegen nach Branchenangaben noch immer bei mehreren Prozent des Schiffswerts. Einige große Reedereien meiden die Route deshalb ganz.',
      '„Wir brauchen jede Route, die uns offensteht, und die Donau ist im Moment die verlässlichste“, sagte Vizeminister Olexij Petrenko dem Morgenblatt.',
      'Rumänien hat zugesagt, die Lotsendienste im Sulina-Kanal auszubauen. Schiffe mussten dort zuletzt bis zu zwei Wochen warten, bevor sie ins Schwarze Meer einfahren konnten.',
      'Kritik aus der Landwirtschaft',
      'Bauernverbände in Polen und Ungarn kritisieren dagegen, dass billiges ukrainisches Getreide weiter auf ihre Märkte gelange. Die EU-Kommission will bis Ende Juli über eine Verlängerung der Zollfreiheit entscheiden.',
      'Beobachter in Brüssel rechnen mit einem Kompromiss: Die Einfuhren sollen weiter zollfrei bleiben, aber bei starken Preisschwankungen begrenzt werden können.',
    ];
    for (const p of article) assert.ok(paragraphs.includes(p), `missing paragraph: ${p.slice(0, 60)}…`);
    assert.deepEqual(paragraphs.filter((p) => article.includes(p)), article, 'in the order of the page');
    const furniture = [
      'Wir respektieren Ihre Privatsphäre', 'Alle akzeptieren', 'Zum Inhalt springen', 'Jetzt abonnieren', 'Anmelden', 'Startseite', 'Region Mainz', 'Wetter',
      'Auf Facebook teilen', 'Auf X teilen', 'Link kopieren', 'WhatsApp', 'Frachtschiffe im Hafen', 'Foto:', 'Mehr zum Thema', 'Weizenpreise steigen', 'Anzeige',
      'Themen:', 'Das könnte Sie auch interessieren', 'Angriff auf Hafen von Odessa', 'Düngerpreise', 'Rheinhafen Mainz', 'Kommentare', 'Netiquette',
      'Rheinländer58', 'Endlich mal eine gute Nachricht', 'viel zu flach', 'polnischen Bauern', 'Kommentar absenden', 'Newsletter', 'Impressum', 'Datenschutz',
      'Alle Rechte vorbehalten', 'dataLayer',
    ];
    for (const s of furniture) assert.ok(!doc.text.includes(s), `should be dropped: ${s}`);
  });

  it('reads a German page\'s metadata from og:, article: tags and <html lang>', async () => {
    const doc = await importDocument('morgenblatt-donau.html', fixture('morgenblatt-donau.html'));
    assert.deepEqual(doc.meta, {
      title: 'Getreide über die Donau: Kiew setzt auf neue Route',
      outlet: 'Mainzer Morgenblatt',
      published: '2024-06-18',
      url: 'https://www.morgenblatt.example/politik/ausland/getreide-donau-route-100.html',
      author: 'Jana Weber',
      language: 'de',
    });
  });

  it('reads metadata that only a JSON-LD @graph holds, following @id references, and drops the sidebar, share bar and comments', async () => {
    const doc = await importDocument('courier-sanctions.html', fixture('courier-sanctions.html'));
    assert.deepEqual(doc.meta, {
      title: 'UN panel: North Korea’s imports rose despite sanctions',
      outlet: 'The Baltic & North Sea Courier',
      published: '2024-02-09',
      url: 'https://courier.example/world/asia/un-panel-north-korea-imports/',
      author: 'Tom Hale, Mina Park',
      language: 'en',
    });
    assertPlainLayout(doc.text);
    const paragraphs = paragraphsOf(doc.text);
    assert.equal(paragraphs[0], 'UN panel: North Korea’s imports rose despite sanctions');
    const article = [
      'North Korea imported goods worth at least $1.4 billion in the first nine months of last year, a confidential report by a United Nations panel of experts says, a sharp rise from the year before despite a ban on most trade with the country.',
      'The panel found that luxury goods, including cars, spirits and cosmetics, continued to reach Pyongyang through front companies registered in third countries. Shipments were often declared as industrial supplies and re-labelled at sea.',
      'Ship-to-ship transfers',
      'Most of the oil and coal moved in ship-to-ship transfers in waters off China, the report says. Satellite images show tankers switching off their transponders for days before meeting North Korean vessels.',
      '“The sanctions regime is being eroded in plain sight,” one diplomat who has read the report said. “Nobody is enforcing the rules any more.”',
      'Russia, which vetoed the renewal of the panel’s mandate, rejected the findings as politically motivated. A spokesman for its mission to the UN said the experts had relied on “unverified open sources”.',
      'The panel’s final report is due in March. Without a new mandate it will be the last one, leaving no independent body to monitor the sanctions that the Security Council imposed after North Korea’s nuclear tests.',
    ];
    assert.deepEqual(paragraphs.slice(1), article);
    for (const s of ['Read more', 'What Kim and Putin agreed', 'Get the Asia briefing', 'Sign up', 'Share this', 'Share on X', 'Most read', 'Storm warning', 'Inside the ghost fleet', 'harbourwatcher', 'The real figures', 'Registered in England', 'Privacy policy', 'Subscribe', 'Podcasts', 'Courier Online']) {
      assert.ok(!doc.text.includes(s), `should be dropped: ${s}`);
    }
  });

  it('refuses a page without an article (a script-only shell with navigation and footer), saying what to do', async () => {
    assert.match(await importError('ohne-artikel.html', fixture('ohne-artikel.html')), /no article text found on the page.*save it/);
  });

  it('takes metadata from JSON-LD arrays and meta tags, skips an outlet or author that is a URL and cuts the outlet from the title', () => {
    const html = `<html lang="en-US"><head><title>Ports brace for strike - Harbour Times</title>
      <meta property="og:site_name" content="https://harbour.example/">
      <meta property="article:author" content="https://www.facebook.example/harbourtimes">
      <meta name="author" content="Lee Chan">
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Times"},"datePublished":"2023-11"}]</script>
      <script type="application/ld+json">{ broken json, </script></head><body></body></html>`;
    assert.deepEqual(htmlMeta(parseHtmlDocument(html), html), {
      title: 'Ports brace for strike', outlet: 'Harbour Times', published: '2023-11', url: undefined, author: 'Lee Chan', language: 'en',
    });
    const french = '<html lang="fr"><head><title>Le port</title></head></html>';
    assert.equal(htmlMeta(parseHtmlDocument(french), french).language, undefined, 'only de and en are languages the annotator knows');
  });

  it('decodes pages in windows-1252, as their charset says or when they are not UTF-8', () => {
    const latin = Uint8Array.from([...'<meta charset="windows-1252"><p>Gr'].map((c) => c.charCodeAt(0)).concat([0xfc, 0xdf, 0x65, 0x20, 0x80]));
    assert.equal(decodeHtml(latin), '<meta charset="windows-1252"><p>Grüße €');
    assert.equal(decodeHtml(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe4])), '<p>ä');
    assert.equal(decodeHtml(new TextEncoder().encode('\ufeff<p>Straße')), '<p>Straße');
  });
});

describe('Import: PDF', () => {
  it('puts text in reading order (page, line, x), joins hyphenated and wrapped lines, breaks paragraphs at larger gaps and drops page numbers', async () => {
    const doc = await importDocument('bericht.pdf', fixture('bericht.pdf'));
    assert.equal(doc.kind, 'pdf');
    assert.equal(
      doc.text,
      [
        'Bericht zur Lage der Getreideexporte',
        'Die Regierung in Kiew hat am Dienstag eine neue Vereinbarung mit den Reedereien im Schwarzen Meer vorgestellt. Sie soll die Ausfuhr von Weizen bis Ende des Jahres sichern.',
        'Nach Angaben des Ministeriums wurden im Juni rund 1,4 Millionen Tonnen Getreide verschifft, mehr als im Vormonat.',
        'Die Versicherer verlangen weiterhin hohe Prämien für Fahrten durch das Kriegsgebiet; einige Reedereien meiden die Route ganz.',
        'Eine Sprecherin sagte, man prüfe weitere Routen über die Donau.',
      ].join('\n\n') + '\n',
    );
    assert.deepEqual(doc.meta, { title: 'Bericht zur Lage der Getreideexporte', author: 'Referat Presse', published: '2024-06-18' });
  });

  it('says why a PDF cannot be read: password, damage, no text layer', async () => {
    assert.match(await importError('geschuetzt.pdf', fixture('geschuetzt.pdf')), /password-protected/);
    assert.match(await importError('abgebrochen.pdf', fixture('abgebrochen.pdf')), /not a readable PDF: the file is damaged or incomplete/);
    assert.match(await importError('ohne-text.pdf', fixture('ohne-text.pdf')), /no text layer.*OCR/);
  });

  it('joins lines of one paragraph: broken words, hyphenated compounds and suspended hyphens', () => {
    assert.equal(joinLines('eine neue Verein-', 'barung mit'), 'eine neue Vereinbarung mit');
    assert.equal(joinLines('der CDU-', 'Vorsitzende'), 'der CDU-Vorsitzende');
    assert.equal(joinLines('die Ein-', 'und Ausfuhr'), 'die Ein- und Ausfuhr');
    assert.equal(joinLines('Ver\u00ad', 'einbarung'), 'Vereinbarung');
    assert.equal(joinLines('Kiew', 'sagte'), 'Kiew sagte');
  });

  it('lays out pieces: same baseline by x, a paragraph running over a page break joined, running heads dropped', () => {
    const at = (str: string, x: number, y: number, size = 10): PlacedText => ({ str, x, y, width: str.length * size * 0.5, size });
    const pages = [
      [at('Amtsblatt 2024', 72, 800), at('zweiter Teil', 150, 700), at('Erster', 72, 700), at('Zeile drei des ersten Absatzes, die länger ist als eine Überschrift und weiter-', 72, 688), at('1', 300, 40)],
      [at('Amtsblatt 2024', 72, 800), at('geht auf der nächsten Seite.', 72, 700), at('Neuer Absatz.', 72, 670), at('2', 300, 40)],
    ];
    assert.deepEqual(layOutPages(pages).map((p) => p.text), [
      'Erster zweiter Teil Zeile drei des ersten Absatzes, die länger ist als eine Überschrift und weitergeht auf der nächsten Seite.',
      'Neuer Absatz.',
    ]);
  });
  it('reads a two-column page column by column, the headline across both first', () => {
    const at = (str: string, x: number, y: number, size = 10): PlacedText => ({ str, x, y, width: str.length * size * 0.45, size });
    const left = ['Pjöngjang und Moskau', 'vertiefen ihre Zusammen-', 'arbeit, sagte der Kreml', 'am Montag in Moskau.', '', 'Zweiter Absatz links', 'endet hier mit Punkt.'];
    const right = ['Die rechte Spalte', 'beginnt oben und setzt', 'den Text fort, bis sie', 'unten endet.'];
    const page = [at('Kim und Putin vereinbaren eine neue Partnerschaft für zehn Jahre', 72, 780, 16)];
    left.forEach((t, k) => t && page.push(at(t, 72, 740 - 12 * k)));
    right.forEach((t, k) => page.push(at(t, 320, 740 - 12 * k)));
    assert.deepEqual(layOutPages([page]).map((p) => p.text), [
      'Kim und Putin vereinbaren eine neue Partnerschaft für zehn Jahre',
      'Pjöngjang und Moskau vertiefen ihre Zusammenarbeit, sagte der Kreml am Montag in Moskau.',
      'Zweiter Absatz links endet hier mit Punkt.',
      'Die rechte Spalte beginnt oben und setzt den Text fort, bis sie unten endet.',
    ]);
  });
});

describe('Import: Word', () => {
  it('reads a .docx body (runs of one word joined, empty paragraphs dropped) and its core properties', async () => {
    const doc = await importDocument('meldung.docx', fixture('meldung.docx'));
    assert.equal(doc.kind, 'docx');
    assert.equal(
      doc.text,
      [
        'Neue Route für Getreide über die Donau',
        'Die Ukraine und Rumänien haben eine Vereinbarung über den Ausbau der Donauhäfen unterzeichnet.',
        'Hintergrund',
        'Seit dem Ende des Getreideabkommens im Juli 2023 laufen die Exporte zum großen Teil über Ismail und Reni.',
        '„Wir brauchen jede Route“, sagte der Minister in Bukarest.',
      ].join('\n\n') + '\n',
    );
    assert.deepEqual(doc.meta, { title: 'Neue Route für Getreide über die Donau', author: 'Anna Petrenko', published: '2024-03-05', language: 'de' });
  });

  it('takes the first paragraph as the title when the properties have none or one a program filled in', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = (...ps: string[]): Uint8Array => strToU8(`<w:document ${W}><w:body>${ps.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
    const core = strToU8('<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Microsoft Word - Entwurf3.docx</dc:title><dc:creator>A &amp; B</dc:creator></cp:coreProperties>');
    const doc = await importDocument('memo.docx', zipSync({ 'word/document.xml': body('Kabinett billigt Etat', 'Der Haushalt 2025 sieht Ausgaben von 480 Milliarden Euro vor.'), 'docProps/core.xml': core }));
    assert.deepEqual(doc.meta, { title: 'Kabinett billigt Etat', author: 'A & B' });
    assert.equal(doc.text, 'Kabinett billigt Etat\n\nDer Haushalt 2025 sieht Ausgaben von 480 Milliarden Euro vor.\n');
  });

  it('refuses random bytes, a zip that is no Word document and an empty document', async () => {
    assert.match(await importError('kaputt.docx', fixture('kaputt.docx')), /not a readable Word document \(\.docx\)/);
    assert.match(await importError('tabelle.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })), /not a Word document.*word\/document\.xml/);
    const empty = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>') });
    assert.match(await importError('leer.docx', empty), /the Word document is empty/);
  });
});

describe('Import: choosing the converter', () => {
  it('refuses unsupported kinds with advice, and empty files', async () => {
    assert.match(await importError('artikel.txt', new TextEncoder().encode('Ein Artikel.')), /plain text already/);
    assert.match(await importError('bild.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), /cannot import \.png files: import reads saved web pages \(\.html, \.htm\), PDFs \(\.pdf\) and Word documents \(\.docx\)/);
    assert.match(await importError('alt.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])), /old Word format/);
    assert.match(await importError('leer.html', new Uint8Array(0)), /the file is empty/);
  });

  it('goes by content when the first bytes tell: a PDF named .html, a page named .php or without extension', async () => {
    assert.equal((await importDocument('download.html', fixture('bericht.pdf'))).kind, 'pdf');
    assert.equal((await importDocument('artikel.php', fixture('courier-sanctions.html'))).kind, 'html');
    assert.equal((await importDocument('artikel', fixture('courier-sanctions.html'))).kind, 'html');
  });
});

describe('Import: text, dates and names', () => {
  it('normalises whitespace: CRLF, non-breaking and zero-width spaces, soft hyphens, runs of spaces', () => {
    assert.equal(cleanParagraph('1,4\u00a0Mio.\r\n  Tonnen\u200b  Getrei\u00adde'), '1,4 Mio. Tonnen Getreide');
    assert.equal(cleanParagraph('Zeile  eins\r\n\r\n Zeile zwei ', true), 'Zeile eins\nZeile zwei');
    assert.equal(composeArticle('Titel', ['Titel', 'Text.', '  ']), 'Titel\n\nText.\n');
  });

  it('turns ISO, W3C, PDF and German dates into partial ISO dates, date part as written', () => {
    const cases: [string, string | undefined][] = [
      ['2024-06-18T23:30:00-05:00', '2024-06-18'], ['2024-06-18 09:30', '2024-06-18'], ['2024-06', '2024-06'], ['2024', '2024'],
      ["D:20240618093000+02'00'", '2024-06-18'], ['D:202406', '2024-06'], ['20240618', '2024-06-18'], ['18.6.2024', '2024-06-18'],
      ['2024-13-01', undefined], ['gestern', undefined], ['', undefined],
    ];
    for (const [input, expected] of cases) assert.equal(toPartialDate(input), expected, input);
  });

  it('makes ASCII slugs from titles: umlauts folded, accents dropped, cut at a word within 60 characters', () => {
    assert.equal(slugify('Getreide über die Donau: Kiew setzt auf neue Route'), 'getreide-ueber-die-donau-kiew-setzt-auf-neue-route');
    assert.equal(slugify('Straße nach Łódź – Café „Zürich“'), 'strasse-nach-lodz-cafe-zuerich');
    const long = slugify('Bundesregierung beschließt Haushaltsentwurf für das kommende Jahr nach langen Verhandlungen');
    assert.ok(long.length <= 60 && !long.endsWith('-'), long);
    assert.equal(long, 'bundesregierung-beschliesst-haushaltsentwurf-fuer-das');
    assert.equal(slugify('Путин и Ким'), 'article');
  });
});

describe('Import: into a folder', () => {
  it('writes <slug>.txt and a sidecar with meta, document and the fingerprint of the text, and no annotations', async () => {
    const fs = new MemoryFileSystem();
    const [outcome] = await importIntoFolder(fs, [{ name: 'in/morgenblatt-donau.html', bytes: fixture('morgenblatt-donau.html') }], '/corpus');
    const path = '/corpus/getreide-ueber-die-donau-kiew-setzt-auf-neue-route.txt';
    assert.deepEqual(outcome, { from: 'in/morgenblatt-donau.html', path, outlet: 'Mainzer Morgenblatt', published: '2024-06-18', title: 'Getreide über die Donau: Kiew setzt auf neue Route' });
    const text = fs.text(path);
    const parsed = parseSidecar(fs.files.get(`${path}.annotations.json`)!, 'x');
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const doc = await importDocument('morgenblatt-donau.html', fixture('morgenblatt-donau.html'));
    assert.equal(text, doc.text);
    assert.deepEqual(parsed.sidecar, { schemaVersion: 3, document: 'getreide-ueber-die-donau-kiew-setzt-auf-neue-route.txt', fingerprint: fingerprint(text), meta: doc.meta, annotations: [] });
  });

  it('never overwrites: a taken name (or a sidecar left without its article) gets a numeric suffix', async () => {
    const fs = new MemoryFileSystem();
    fs.put('/c/neue-route-fuer-getreide-ueber-die-donau.txt', 'mein Artikel');
    fs.put('/c/neue-route-fuer-getreide-ueber-die-donau-2.txt.annotations.json', '{}');
    const outcomes = await importIntoFolder(fs, [{ name: 'a.docx', bytes: fixture('meldung.docx') }, { name: 'b.docx', bytes: fixture('meldung.docx') }], '/c');
    assert.deepEqual(outcomes.map((o) => ('path' in o ? o.path : o.error)), ['/c/neue-route-fuer-getreide-ueber-die-donau-3.txt', '/c/neue-route-fuer-getreide-ueber-die-donau-4.txt']);
    assert.equal(fs.text('/c/neue-route-fuer-getreide-ueber-die-donau.txt'), 'mein Artikel');
    assert.equal(fs.text('/c/neue-route-fuer-getreide-ueber-die-donau-2.txt.annotations.json'), '{}');
  });

  it('a file that fails adds nothing, and the others are still imported, in order', async () => {
    const fs = new MemoryFileSystem();
    const outcomes = await importIntoFolder(fs, [
      { name: 'kaputt.docx', bytes: fixture('kaputt.docx') },
      { name: 'bericht.pdf', bytes: fixture('bericht.pdf') },
      { name: 'ohne-artikel.html', bytes: fixture('ohne-artikel.html') },
    ], '/c');
    assert.deepEqual(outcomes.map((o) => o.from), ['kaputt.docx', 'bericht.pdf', 'ohne-artikel.html']);
    assert.ok('error' in outcomes[0]! && 'path' in outcomes[1]! && 'error' in outcomes[2]!);
    assert.deepEqual([...fs.files.keys()].sort(), ['/c/bericht-zur-lage-der-getreideexporte.txt', '/c/bericht-zur-lage-der-getreideexporte.txt.annotations.json']);
  });

  it('removes the article again when its sidecar cannot be written', async () => {
    class FailingSidecars extends MemoryFileSystem {
      override async writeFile(path: string, data: Uint8Array): Promise<void> {
        if (path.endsWith('.annotations.json')) throw new Error('disk full');
        return super.writeFile(path, data);
      }
    }
    const fs = new FailingSidecars();
    const outcomes = await importIntoFolder(fs, [{ name: 'meldung.docx', bytes: fixture('meldung.docx') }], '/c');
    assert.deepEqual(outcomes, [{ from: 'meldung.docx', error: 'disk full' }]);
    assert.equal(fs.files.size, 0);
  });
});

describe('CLI import (dist/cli.js)', function () {
  this.timeout(60_000);
  const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
  let dir: string;
  const cli = (args: string[]): { code: number; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const noStackTrace = (stderr: string): void => assert.doesNotMatch(stderr, /^\s+at |Error:|\.js:\d+/m);
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js exists: run `npm run build` first'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-import-'));
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports pages, PDFs and Word files into a new folder and prints exactly {"imported":[{from, path, outlet, published, title}]}', () => {
    const r = cli(['import', 'morgenblatt-donau.html', 'bericht.pdf', 'meldung.docx', '--into', 'korpus/neu']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.endsWith('}\n') && r.stdout.split('\n').length === 2, 'one line of JSON');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out, {
      imported: [
        { from: 'morgenblatt-donau.html', path: join('korpus', 'neu', 'getreide-ueber-die-donau-kiew-setzt-auf-neue-route.txt'), outlet: 'Mainzer Morgenblatt', published: '2024-06-18', title: 'Getreide über die Donau: Kiew setzt auf neue Route' },
        { from: 'bericht.pdf', path: join('korpus', 'neu', 'bericht-zur-lage-der-getreideexporte.txt'), outlet: null, published: '2024-06-18', title: 'Bericht zur Lage der Getreideexporte' },
        { from: 'meldung.docx', path: join('korpus', 'neu', 'neue-route-fuer-getreide-ueber-die-donau.txt'), outlet: null, published: '2024-03-05', title: 'Neue Route für Getreide über die Donau' },
      ],
    });
    for (const { path } of out.imported) {
      assert.match(readFileSync(join(dir, path), 'utf8'), /^\S.*\n\n/);
      assert.equal(JSON.parse(readFileSync(join(dir, `${path}.annotations.json`), 'utf8')).schemaVersion, 3);
    }
    assert.equal(readdirSync(join(dir, 'korpus', 'neu')).length, 6);
  });

  it('reports each file that failed on one stderr line, imports the rest and exits 1; nothing is left of the failures', () => {
    const r = cli(['import', 'kaputt.docx', 'courier-sanctions.html', 'fehlt.pdf', 'ohne-artikel.html', 'https://example.org/artikel', '--into', 'k']);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).imported.map((i: { from: string }) => i.from), ['courier-sanctions.html']);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 4, r.stderr);
    assert.match(lines[0]!, /^source-annotator: kaputt\.docx: not a readable Word document/);
    assert.equal(lines[1], 'source-annotator: fehlt.pdf: no such file');
    assert.match(lines[2]!, /^source-annotator: ohne-artikel\.html: no article text found/);
    assert.match(lines[3]!, /^source-annotator: https:\/\/example\.org\/artikel: import reads saved files, not web addresses/);
    noStackTrace(r.stderr);
    assert.deepEqual(readdirSync(join(dir, 'k')).sort(), ['un-panel-north-koreas-imports-rose-despite-sanctions.txt', 'un-panel-north-koreas-imports-rose-despite-sanctions.txt.annotations.json']);
  });

  it('exits 3 when no file could be imported, and never overwrites an earlier import', () => {
    writeFileSync(join(dir, 'bild.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const none = cli(['import', 'geschuetzt.pdf', 'abgebrochen.pdf', 'ohne-text.pdf', 'bild.png', '--into', 'k']);
    assert.equal(none.code, 3);
    assert.equal(none.stdout, '{"imported":[]}\n');
    assert.equal(none.stderr.trimEnd().split('\n').length, 4);
    assert.match(none.stderr, /^source-annotator: bild\.png: cannot import \.png files: import reads saved web pages/m);
    noStackTrace(none.stderr);
    writeFileSync(join(dir, 'k', 'neue-route-fuer-getreide-ueber-die-donau.txt'), 'von Hand');
    const again = cli(['import', 'meldung.docx', '--into', 'k']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).imported[0].path, join('k', 'neue-route-fuer-getreide-ueber-die-donau-2.txt'));
    assert.equal(readFileSync(join(dir, 'k', 'neue-route-fuer-getreide-ueber-die-donau.txt'), 'utf8'), 'von Hand');
  });

  it('is a usage error (exit 2) without --into or without files', () => {
    const noInto = cli(['import', 'meldung.docx']);
    assert.equal(noInto.code, 2);
    assert.match(noInto.stderr, /import needs --into <folder>/);
    assert.match(noInto.stderr, /Usage: source-annotator/);
    assert.equal(cli(['import', '--into', 'k']).code, 2);
    assert.ok(!existsSync(join(dir, 'k')), 'no folder made for a usage error');
  });
});
