import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBoilerplate, maskBoilerplate } from '../../src/core/source/boilerplate';
import { resolveSourceMeta } from '../../src/core/source/resolve';
import { evaluateSources } from '../../src/eval/sources';

const root = join(__dirname, '..', '..');
const lines = (...ls: string[]): string => ls.join('\n\n') + '\n';

describe('source metadata detected from the text', () => {
  it('gets every field of the seeds gold right, finds every boilerplate line and marks no article text', () => {
    const r = evaluateSources(join(root, 'eval', 'sources', 'seeds-gold.json'), root);
    assert.deepEqual(r.wrong, []);
    assert.deepEqual(r.missed, []);
    assert.equal(r.found, 18);
  });

  it('reads an English agency story: byline, labelled date, dateline agency, language', () => {
    const text = lines('Russia and North Korea sign defence pact', 'By Jane Smith and Tom Lee', 'Published: 19 June 2024',
      'PYONGYANG (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on Wednesday.',
      'The agreement includes a mutual defence clause, the officials said.', 'Share this article', '© 2024 The Guardian. All rights reserved.');
    const meta = resolveSourceMeta(text);
    assert.equal(meta.title, 'Russia and North Korea sign defence pact');
    assert.equal(meta.author, 'Jane Smith');
    assert.equal(meta.published, '2024-06-19');
    assert.equal(meta.source, 'Reuters');
    assert.equal(meta.outlet, 'The Guardian');
    assert.equal(meta.language, 'en');
    assert.deepEqual(meta.boilerplate.map((b) => text.slice(b.start, b.end)), ['Share this article', '© 2024 The Guardian. All rights reserved.']);
  });

  it('reads a German dateline, "Stand:" date and a source URL', () => {
    const text = lines('Tagesschau', 'Kim empfängt Schoigu in Pjöngjang', 'Stand: 14.09.2024 10:12 Uhr',
      'Pjöngjang (dpa) – Nordkoreas Machthaber Kim Jong Un hat den russischen Sicherheitsratschef empfangen.',
      'Quelle: https://www.tagesschau.de/ausland/asien/nordkorea-russland-100.html');
    const meta = resolveSourceMeta(text);
    assert.equal(meta.outlet, 'Tagesschau');
    assert.equal(meta.published, '2024-09-14');
    assert.equal(meta.source, 'Deutsche Presse-Agentur', 'the agency of the dateline');
    assert.equal(meta.url, 'https://www.tagesschau.de/ausland/asien/nordkorea-russland-100.html');
    assert.equal(meta.language, 'de');
  });

  it('says null for what the text does not say, instead of guessing', () => {
    const meta = resolveSourceMeta(lines('Putin besucht Vietnam', 'Nach Nordkorea wird Putin am 19. und 20. Juni Vietnam besuchen.'));
    assert.deepEqual([meta.outlet, meta.source, meta.published, meta.author, meta.url], [null, null, null, null, null]);
  });

  it('lets recorded fields win and says where each value came from', () => {
    const text = readFileSync(join(root, 'seeds', '003_b00be4cc04626c15.txt'), 'utf8');
    const meta = resolveSourceMeta(text, { outlet: 'Euractiv Deutschland', published: '2024-06-18', source: null });
    assert.equal(meta.outlet, 'Euractiv Deutschland');
    assert.equal(meta.published, '2024-06-18');
    assert.equal(meta.source, null, 'null recorded: the analyst says there is none');
    assert.equal(meta.origin.outlet, 'recorded');
    assert.equal(meta.origin.language, 'detected');
  });
});

describe('boilerplate', () => {
  it('applies the analyst\'s decisions: a line marked as not article, a line kept as article', () => {
    const text = lines('Titel der Meldung', 'Jetzt beobachten', 'Ein Satz des Artikels.', 'Leave a Reply');
    const ranges = detectBoilerplate(text, { articleLines: ['Jetzt beobachten'], boilerplateLines: ['Ein Satz des Artikels.'] });
    assert.deepEqual(ranges.map((r) => [text.slice(r.start, r.end), r.reason]), [['Ein Satz des Artikels.', 'marked'], ['Leave a Reply', 'comments']]);
  });

  it('marks only the leftover tag inside an article line', () => {
    const text = '< p>Der Führer scheint bereit zu sein.< /p>\n';
    assert.deepEqual(detectBoilerplate(text).map((r) => text.slice(r.start, r.end)), ['< p>', '< /p>']);
  });

  it('never marks a long paragraph, whatever it starts with', () => {
    const para = 'Kommentare ' + 'aus Moskau und Pjöngjang wiesen die Vorwürfe zurück, '.repeat(8);
    assert.deepEqual(detectBoilerplate(para), []);
  });

  it('blanks boilerplate for detection without moving any offset', () => {
    const text = 'Leave a Reply\nPutin sagte etwas.\n';
    const masked = maskBoilerplate(text, detectBoilerplate(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked, ' '.repeat(13) + '\nPutin sagte etwas.\n');
  });
});

describe('source metadata: dates and outlets in other shapes', () => {
  it('reads an English month-first date, a date in the URL, and a copyright holder with a year', () => {
    const en = lines('Kim meets Shoigu', 'Updated June 18, 2024 at 10:12 a.m. ET', 'Pyongyang hosted the Russian security chief on Tuesday, state media said.');
    assert.equal(resolveSourceMeta(en).published, '2024-06-18');
    const url = lines('Kim trifft Schoigu', 'Pjöngjang empfing den russischen Sicherheitsratschef am Dienstag.', 'https://www.example-news.de/politik/2024/09/14/kim-trifft-schoigu.html');
    assert.equal(resolveSourceMeta(url).published, '2024-09-14');
    assert.equal(resolveSourceMeta(url).outlet, 'example-news.de');
    const copy = lines('Kim trifft Schoigu', 'Pjöngjang empfing den russischen Sicherheitsratschef am Dienstag.', '© Tagesspiegel 2024');
    assert.equal(resolveSourceMeta(copy).outlet, 'Tagesspiegel');
  });
});

describe('scraped-page debris and credits in other shapes', () => {
  it('marks breadcrumbs, share and reading-time widgets and photo credits, and reads an agency footer and a commentary byline', () => {
    const text = lines('Startseite > Politik > Ausland', 'Ein Kommentar von Anna Berger', 'Lesezeit: 3 Min.', 'Artikel anhören',
      'Moskau und Pjöngjang rücken enger zusammen, und der Westen schaut zu.', '(Foto: picture alliance/dpa)', 'Auf Facebook teilen', 'ale/dpa');
    const meta = resolveSourceMeta(text);
    assert.deepEqual(meta.boilerplate.map((b) => text.slice(b.start, b.end)), ['Startseite > Politik > Ausland', 'Lesezeit: 3 Min.', 'Artikel anhören', '(Foto: picture alliance/dpa)', 'Auf Facebook teilen']);
    assert.equal(meta.author, 'Anna Berger');
    assert.equal(meta.source, 'Deutsche Presse-Agentur');
    assert.equal(meta.title, 'Moskau und Pjöngjang rücken enger zusammen, und der Westen schaut zu.');
  });
});
