// Source metadata from the text, where the text says so: the headline, an outlet's name above it, a credit
// ("OZD / ©AFP"), a source note ("Quelle: The Telegraph", "Lesen Sie mehr bei Euractiv"), a dateline agency
// ("Berlin (dpa) –"), a headline's attribution ("… – FT"), a byline, a publication date near the top or bottom.
// Anything the text does not say is null: a guess would look like a fact in the claims × sources matrix.
import type { SourceFields } from '../model/source-meta';
import { detectFigures } from '../detect/figures';
import { guessLanguage } from '../detect/figures/numbers';
import { AUTHOR_NAME } from './boilerplate';
import { nonEmptyLines, type Line } from './lines';
import { knownOutlet, outletName } from './outlets';

/** What the text says of the document as a source. */
export type DetectedMeta = SourceFields;

/** How many lines at the top and at the bottom carry the masthead, byline, date and source notes. */
const EDGE = 6;
const TITLE_MAX = 140;
const MEDIA_WORD = /\b(news|nachrichten|zeitung|post|times|tribune|herald|journal|online|rundschau|anzeiger|kurier|presse|express|magazin|magazine|daily|today|telegraph|guardian|rundfunk|tv|radio|blatt|tagblatt|echo|bote|spiegel|welt|monitor|report|review|wire|agentur|agency)$/i;
const SOURCE_NOTE = /^(?:quelle|quellen|source|sources|original|via)\s*:\s*(.+)$|^(?:lesen sie (?:mehr|weiter|den ganzen artikel) (?:bei|auf|in)|mehr (?:dazu )?(?:bei|auf)|weiterlesen (?:bei|auf)|read (?:more|the full (?:story|article)) (?:at|on)|zuerst erschienen (?:bei|in|auf)|dieser (?:artikel|beitrag|text) erschien zuerst (?:bei|in|auf)|originally published (?:by|at|in|on)|first published (?:by|at|in|on)|mit material von|with (?:additional )?reporting (?:by|from))\s+(.+?)\.?$/i;
const CREDIT = /^([\p{L}][\p{L}\d.&-]*(?: [\p{L}\d.&-]+){0,3})\s*\/\s*(?:©|\(c\))\s*(.+)$/iu;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([\p{L}][\p{L}\d .&-]{1,40})/iu;
const DATELINE_AGENCY = /^[\p{Lu}][\p{L}. /-]{1,40}\s*\(([\p{L}]{2,12}(?:\/[\p{L}]{2,12})*)\)\s*[-–—:]/u;
const HEADLINE_CREDIT = /\s[-–—|]\s*([\p{L}][\p{L}\d .&-]{0,30})$/u;
const BYLINE = /^(?:(?:ein(?:e)? )?(?:kommentar|gastbeitrag|analyse|interview|reportage|essay) )?(?:von|by|autor(?:in)?|author|text|written by)\s*:?\s+(\p{Lu}[\p{L}.'-]+(?:\s+(?:von |van |de |del |der )?\p{Lu}[\p{L}.'-]+){1,3})(?:\s*(?:,|\||und\b|and\b|\(|–|-).*)?$/iu;
const DATE_LABEL = /\b(veröffentlicht|publiziert|erschienen|erstellt|stand|aktualisiert|zuletzt aktualisiert|published|updated|posted|last modified|datum|date)\b/i;
const YEAR = /\b(1[89]|20)\d\d\b/;
const URL = /\bhttps?:\/\/[^\s<>"')\]]+/;
const NOT_ARTICLE_URL = /wikipedia\.org|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|t\.me|linkedin\.com|whatsapp/i;

export function detectSourceMeta(text: string, boilerplate: readonly { start: number; end: number }[] = []): DetectedMeta {
  const all = nonEmptyLines(text);
  const lines = all.filter((l) => !boilerplate.some((b) => b.start <= l.start && l.end <= b.end));
  const edges = [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
  const masthead = mastheadOf(lines);
  const credit = creditOf(lines);
  return {
    title: titleOf(lines, masthead),
    outlet: masthead?.name ?? credit.outlet ?? copyrightOutlet(all) ?? urlOutlet(all) ?? null,
    source: credit.source ?? sourceNoteOf(lines) ?? datelineAgency(lines) ?? agencyFooter(lines) ?? headlineCredit(lines, masthead) ?? null,
    published: publishedOf(edges) ?? urlDate(urlOf(all)),
    url: urlOf(all),
    author: authorOf(all),
    language: guessLanguage(text),
  };
}

/** A short line above (or just below) the headline that names a publisher: "Eulerpool News", "Welt Nachrichten". */
function mastheadOf(lines: readonly Line[]): { line: Line; name: string } | undefined {
  for (const line of lines.slice(0, 3)) {
    const t = line.text;
    if (t.length > 40 || /[.!?:,;]$/.test(t) || /\d{3,}/.test(t) || t.split(/\s+/).length > 4) continue;
    const known = knownOutlet(t);
    if (known && !known.agency) return { line, name: known.name };
    if (MEDIA_WORD.test(t) && /^\p{Lu}/u.test(t)) return { line, name: t };
  }
  return undefined;
}

function titleOf(lines: readonly Line[], masthead: { line: Line } | undefined): string {
  const first = lines.find((l) => l !== masthead?.line && !DATE_LABEL.test(l.text.slice(0, 20)) && !URL.test(l.text) && !(l.text.length <= 100 && BYLINE.test(l.text)));
  if (!first) return '';
  const t = first.text;
  if (t.length <= TITLE_MAX) return t;
  // No headline (the text starts with its lead): the first sentence, clipped at a word.
  const sentence = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(t)?.[0] ?? t;
  return sentence.length <= TITLE_MAX ? sentence : sentence.slice(0, sentence.lastIndexOf(' ', TITLE_MAX)) + ' …';
}

/** "OZD / ©AFP": the publisher, then the agency it took the text from. */
function creditOf(lines: readonly Line[]): { outlet?: string; source?: string } {
  for (const l of lines) {
    const m = l.text.length <= 80 ? CREDIT.exec(l.text) : null;
    if (m) return { outlet: outletName(m[1]!), source: outletName(m[2]!) };
  }
  return {};
}

function sourceNoteOf(lines: readonly Line[]): string | undefined {
  for (const l of lines) {
    const m = l.text.length <= 120 ? SOURCE_NOTE.exec(l.text) : null;
    const name = m?.[1] ?? m?.[2];
    if (name) return URL.test(name) ? domainName(URL.exec(name)![0]) : outletName(name);
  }
  return undefined;
}

/** "Berlin (dpa) – …" at the start of one of the first paragraphs. */
function datelineAgency(lines: readonly Line[]): string | undefined {
  for (const l of lines.slice(0, EDGE)) {
    const m = DATELINE_AGENCY.exec(l.text);
    if (m) return m[1]!.split('/').map(outletName).join('/');
  }
  return undefined;
}

/** "dpa/AFP/jb" or "ale/dpa" on a line of its own at the end: the agencies the text comes from (initials dropped). */
function agencyFooter(lines: readonly Line[]): string | undefined {
  for (const l of lines.slice(-EDGE).reverse()) {
    if (l.text.length > 40 || !/^[\p{L}]{2,10}(\s*[/,]\s*[\p{L}]{2,10})*\.?$/u.test(l.text)) continue;
    const agencies = l.text.replace(/\.$/, '').split(/\s*[/,]\s*/).map((p) => knownOutlet(p)).filter((k) => k?.agency).map((k) => k!.name);
    if (agencies.length > 0) return [...new Set(agencies)].join('/');
  }
  return undefined;
}

/** "Nordkorea könnte … einigen – FT": a known outlet after a dash at the end of the headline is whom it cites. */
function headlineCredit(lines: readonly Line[], masthead: { line: Line } | undefined): string | undefined {
  const title = lines.find((l) => l !== masthead?.line);
  const m = title && title.text.length <= 200 ? HEADLINE_CREDIT.exec(title.text) : null;
  const known = m ? knownOutlet(m[1]!) : undefined;
  return known?.name;
}

function copyrightOutlet(lines: readonly Line[]): string | undefined {
  for (const l of lines.slice(-EDGE)) {
    const m = l.text.length <= 100 ? COPYRIGHT.exec(l.text) : null;
    const name = m?.[1]!.replace(/[.,\s]+(all rights|alle rechte).*$/i, '').replace(/\s+(19|20)\d\d$/, '').replace(/[.,\s]+$/, '');
    if (name && !knownOutlet(name)?.agency) return knownOutlet(name)?.name ?? name;
  }
  return undefined;
}

function urlOutlet(lines: readonly Line[]): string | undefined {
  const url = urlOf(lines);
  return url ? domainName(url) : undefined;
}

function urlOf(lines: readonly Line[]): string | null {
  for (const l of [...lines.slice(0, EDGE), ...lines.slice(-EDGE)]) {
    const m = URL.exec(l.text);
    if (m && !NOT_ARTICLE_URL.test(m[0])) return m[0].replace(/[.,;]+$/, '');
  }
  return null;
}

function domainName(url: string): string {
  const host = url.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, '');
  return knownOutlet(host)?.name ?? host;
}

/** A labelled date ("Stand: 18.06.2024"), else a line at the top or bottom that is essentially a date with a year. */
function publishedOf(edges: readonly Line[]): string | null {
  let fallback: string | null = null;
  for (const l of edges) {
    if (l.text.length > 160 || !YEAR.test(l.text)) continue; // The figure detector only where a year could be.
    const found = lineDate(l.text);
    if (!found) continue;
    if (DATE_LABEL.test(l.text)) return found.iso;
    if (fallback === null && found.rest.replace(/[^\p{L}]/gu, '').length <= 30) fallback = found.iso;
  }
  return fallback;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "June 18, 2024" / "Jun 18 2024": the English month-first order, which the figure detector reads as a year only. */
const MONTH_FIRST = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/i;

/** The first date with a year on a line, as a partial ISO date, and the line without it. */
function lineDate(text: string): { iso: string; rest: string } | undefined {
  const m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase().slice(0, 3))) + 1;
    const day = Number(m[2]);
    if (month > 0 && day >= 1 && day <= 31) return { iso: `${m[3]}-${pad(month)}-${pad(day)}`, rest: text.replace(m[0], '') };
  }
  const date = detectFigures(text).find((f) => f.type === 'date' && typeof f.value === 'string' && /^\d{4}/.test(f.value));
  if (!date) return undefined;
  return { iso: /^\d{4}(-\d{2}(-\d{2})?)?/.exec(date.value as string)![0], rest: text.slice(0, date.start) + text.slice(date.end) };
}

/** A date in the article's URL ("/2024/06/18/", "-2024-06-18"), as news sites put it. */
function urlDate(url: string | null): string | null {
  const m = url && /[/_-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)/.exec(url);
  return m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function authorOf(lines: readonly Line[]): string | null {
  for (const [i, l] of lines.entries()) {
    const m = l.text.length <= 100 ? BYLINE.exec(l.text) : null;
    if (m && (i < EDGE + 2 || i >= lines.length - EDGE)) return m[1]!;
    const next = lines[i + 1];
    if (next && AUTHOR_NAME.test(l.text) && next.text.startsWith(l.text + ' ') && /^(ist|war|is|was)\b/.test(next.text.slice(l.text.length + 1))) return l.text;
  }
  return null;
}
