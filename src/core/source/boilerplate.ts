// Lines that are not the article: navigation, comment prompts, "see also" teasers, photo credits, leftover
// markup. Found by their wording, which is what scraped pages leave behind; the analyst's decisions (the
// sidecar's boilerplateLines / articleLines) override. The text itself is never changed.
import type { SourceMeta } from '../model/source-meta';
import { nonEmptyLines, type Line } from './lines';

export const BOILERPLATE_REASONS = ['navigation', 'comments', 'teaser', 'credit', 'notice', 'markup', 'author-bio', 'marked'] as const;
export type BoilerplateReason = (typeof BOILERPLATE_REASONS)[number];
export interface BoilerplateRange { start: number; end: number; reason: BoilerplateReason }

const norm = (s: string): string => s.toLowerCase().replace(/[\s"'„“”»«:.!]+/g, ' ').trim();

/** Whole lines, compared after lower-casing and dropping quotes, colons and final punctuation. */
const EXACT = new Map<string, BoilerplateReason>([
  ...['leave a reply', 'leave a comment', 'reply', 'antworten', 'kommentar schreiben', 'kommentieren', 'kommentare', 'comments',
    'diskutieren sie mit', 'join the conversation', 'add a comment', 'write a comment', 'post a comment'].map((w) => [w, 'comments'] as const),
  ...['jetzt beobachten', 'jetzt ansehen', 'video ansehen', 'video abspielen', 'watch now', 'watch', 'play video',
    'ähnliche artikel', 'verwandte artikel', 'weitere artikel', 'related articles', 'related stories', 'related', 'mehr zum thema',
    'more on this story', 'more from', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant',
    'you may also like', 'recommended', 'empfohlen', 'top-themen', 'meistgelesen', 'most read', 'weiterlesen', 'mehr lesen',
    'read more', 'continue reading'].map((w) => [w, 'teaser'] as const),
  ...['zum inhalt springen', 'skip to content', 'skip to main content', 'startseite', 'home', 'menü', 'menu', 'suche', 'search',
    'navigation', 'teilen', 'share', 'share this article', 'artikel teilen', 'diesen artikel teilen', 'drucken', 'print', 'e-mail',
    'email', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'pinterest', 'reddit', 'kopieren', 'link kopieren',
    'copy link', 'zurück zum anfang', 'schaltfläche zurück zum anfang', 'back to top', 'nach oben', 'zurück', 'back', 'top',
    'anmelden', 'login', 'log in', 'sign in', 'registrieren', 'abonnieren', 'subscribe', 'newsletter', 'jetzt abonnieren',
    'impressum', 'datenschutz', 'datenschutzerklärung', 'privacy policy', 'cookie-einstellungen', 'cookies', 'cookie settings',
    'kontakt', 'contact', 'contact us', 'terms of use', 'nutzungsbedingungen', 'agb', 'anzeige', 'advertisement', 'werbung',
    'sponsored', 'hinweise', 'hinweis'].map((w) => [w, 'navigation'] as const),
  ...['alle rechte vorbehalten', 'all rights reserved'].map((w) => [w, 'notice'] as const),
]);

/** Line openings. */
const PREFIXES: readonly (readonly [RegExp, BoilerplateReason])[] = [
  [/^(siehe auch|see also|lesen sie auch|lies auch|auch interessant|mehr dazu|mehr zum thema|read also|read more|related|weitere informationen|empfohlener inhalt)\b/i, 'teaser'],
  [/^\(?(foto|fotos|bild|bilder|bildquelle|titelbild|quelle bild|photo|photos|photograph|image|picture|grafik|video|credit)s?\s*:/i, 'credit'],
  [/^(auf \S+ teilen|teilen auf|share on|artikel (anhören|vorlesen|merken|drucken|teilen|verschenken)|zur merkliste|kommentare (anzeigen|lesen)|alle kommentare|mehr anzeigen|show more|sign up for|newsletter (abonnieren|bestellen)|jetzt (abonnieren|registrieren|anmelden))\b/i, 'navigation'],
  [/^(lesezeit|reading time)\s*:?\s*\d+|^\d+\s*min(\.|uten)?\s*(lesezeit|read)\b/i, 'navigation'],
  [/^(schaltfläche|button)\b/i, 'navigation'],
  [/^(alle angaben ohne gewähr|bitte empfehlen sie|wir verwenden cookies|we use cookies|this website uses cookies|diese website verwendet cookies|copyright\b|©\s*\d{4}|\(c\)\s*\d{4})/i, 'notice'],
  [/^\d+\s+(kommentare?|comments?|antworten|replies)$/i, 'comments'],
  [/^(kommentare|comments)\s*\(\d+\)$/i, 'comments'],
];

/** "Startseite > Politik > Ausland": a breadcrumb trail. */
const BREADCRUMB = /^[^.!?]{1,40}(\s[>›»/|]\s[^.!?]{1,40}){2,}$/;
/** A label and a link only ("Wikipedia-Seite: https://…"), a bare link, an id ("source-127"), symbols only ("·"). */
const LINK_ONLY = /^([\p{L}\d -]{1,40}:\s*)?(https?:\/\/|www\.)\S+$/u;
const ID_ONLY = /^[a-z]+[-_]\d+$/;
const SYMBOLS_ONLY = /^[\p{P}\p{S}\s]+$/u;
/** HTML left in the text: tags (also spaced, "< p>") and entities. */
const MARKUP = /<\s*\/?\s*(p|br|div|span|a|strong|em|b|i|u|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|section|article)\b[^<>\n]{0,200}?>|&(nbsp|amp|quot|lt|gt|shy|#\d{2,5});/gi;

/** The boilerplate of `text`, sorted by start; `decisions` are the analyst's per-line overrides. */
export function detectBoilerplate(text: string, decisions: Pick<SourceMeta, 'boilerplateLines' | 'articleLines'> = {}): BoilerplateRange[] {
  const marked = new Set(decisions.boilerplateLines ?? []);
  const article = new Set(decisions.articleLines ?? []);
  const lines = nonEmptyLines(text);
  const out: BoilerplateRange[] = [];
  for (const [i, line] of lines.entries()) {
    // Sets only when the analyst decided something: hashing every line of a 1 MB article costs milliseconds.
    if (article.size > 0 && article.has(line.text)) continue;
    const reason = marked.size > 0 && marked.has(line.text) ? 'marked' : authorBio(lines, i) ? 'author-bio' : lineReason(line);
    if (reason) out.push({ start: line.start, end: line.end, reason });
    else if (line.text.includes('<') || line.text.includes('&')) for (const m of line.text.matchAll(MARKUP)) out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, reason: 'markup' });
  }
  return out;
}

function lineReason(line: Line): BoilerplateReason | undefined {
  const t = line.text;
  if (t.length > 300) return undefined; // An article paragraph, whatever it starts with.
  const exact = EXACT.get(norm(t));
  if (exact) return exact;
  if (t.length <= 200) for (const [re, reason] of PREFIXES) if (re.test(t)) return reason;
  if (LINK_ONLY.test(t) || (t.length <= 120 && BREADCRUMB.test(t))) return 'navigation';
  if (ID_ONLY.test(t) || SYMBOLS_ONLY.test(t)) return 'markup';
  if (t.replace(MARKUP, '').trim() === '') return 'markup';
  return undefined;
}

/** "Sophie Müller" followed by "Sophie Müller ist eine gebürtige …": the author's name and bio under the article. */
function authorBio(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.text.length <= 40) return isBio(line.text, lines[i + 1]?.text);
  const previous = lines[i - 1];
  return previous !== undefined && previous.text.length <= 40 && isBio(previous.text, line.text);
}

function isBio(name: string, bio: string | undefined): boolean {
  return bio !== undefined && bio.startsWith(name + ' ') && AUTHOR_NAME.test(name) && /^(ist|war|is|was|schreibt|writes|arbeitet|works)\b/.test(bio.slice(name.length + 1, name.length + 12));
}

export const AUTHOR_NAME = /^\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+){1,2}$/u;

/** The text with boilerplate blanked (same length, line breaks kept), for detection to skip it. */
export function maskBoilerplate(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
    at = r.end;
  }
  return out + text.slice(at);
}
