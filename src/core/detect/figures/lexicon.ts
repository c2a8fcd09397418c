// Word tables for the figure detector (German and English). Keys are lower-case.
import type { Qualifier } from '../../model/entities';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['january', 1], ['jan', 1],
  ['februar', 2], ['february', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['march', 3], ['mär', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5], ['may', 5],
  ['juni', 6], ['june', 6], ['jun', 6],
  ['juli', 7], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['december', 12], ['dez', 12], ['dec', 12],
]);
/** Abbreviated month forms; they count only with a day or a year. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'febr', 'mär', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'okt', 'oct', 'nov', 'dez', 'dec']);

/** Words after which a bare month name (no day, no year) is read as a date. */
export const MONTH_CONTEXT = new Set([
  'im', 'in', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende', 'vom', 'zum', 'nach', 'monat', 'letzten', 'vergangenen',
  'kommenden', 'nächsten', 'diesen', 'dieses', 'jenen', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid',
  'this', 'during', 'through', 'from', 'before', 'after', 'zwischen', 'between', 'of',
]);

export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
  ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17],
  ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60],
  ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['hundert', 100], ['tausend', 1000], ['einhundert', 100], ['eintausend', 1000],
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
]);

/** Units that compound in German number words (zweiundzwanzig, dreihundert). */
export const GERMAN_UNITS: ReadonlyMap<string, number> = new Map([
  ['ein', 1], ['eins', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
]);

/** 'ein'-forms: a figure only with a scale word ("eine Million") or in a fixed count. */
export const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an', 'one']);

export const SCALES: ReadonlyMap<string, number> = new Map([
  ['million', 1e6], ['millionen', 1e6], ['mio', 1e6], ['mill', 1e6], ['millions', 1e6],
  ['milliarde', 1e9], ['milliarden', 1e9], ['mrd', 1e9], ['billion', 1e9], ['billions', 1e9], ['bn', 1e9],
  ['billionen', 1e12], ['trillion', 1e12], ['trillions', 1e12],
  ['tausend', 1e3], ['tsd', 1e3], ['thousand', 1e3], ['hundert', 100], ['hundred', 100],
  ['dutzend', 12], ['dozen', 12],
]);
/** Scale words written with a period. */
export const SCALE_ABBREVIATIONS = new Set(['mio', 'mill', 'mrd', 'tsd']);
/** 'billion' is 1e9 in English and 1e12 in German ('Billion'); German text uses this. */
export const GERMAN_BILLION = 1e12;

/** Vague plural counts: value with qualifier more_than. */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['dutzende', 12], ['dutzenden', 12], ['hunderte', 100], ['hunderten', 100], ['tausende', 1000], ['tausenden', 1000],
  ['zehntausende', 10000], ['zehntausenden', 10000], ['hunderttausende', 100000], ['hunderttausenden', 100000],
  ['dozens', 12], ['hundreds', 100], ['thousands', 1000], ['millionen', 1e6], ['milliarden', 1e9],
  ['millions', 1e6], ['billions', 1e9],
]);
/** Determiners that make a plural scale vague: 'einige Millionen' → 1e6 more_than. */
export const VAGUE_DETERMINERS = new Set(['einige', 'einigen', 'mehrere', 'mehreren', 'several', 'some', 'viele', 'vielen', 'many']);

export const QUALIFIERS: ReadonlyArray<{ words: string[]; q: Qualifier }> = [
  { words: ['mehr', 'als'], q: 'more_than' },
  { words: ['weniger', 'als'], q: 'less_than' },
  { words: ['bis', 'zu'], q: 'up_to' },
  { words: ['more', 'than'], q: 'more_than' },
  { words: ['fewer', 'than'], q: 'less_than' },
  { words: ['less', 'than'], q: 'less_than' },
  { words: ['up', 'to'], q: 'up_to' },
  { words: ['über'], q: 'more_than' },
  { words: ['over'], q: 'more_than' },
  { words: ['etwa'], q: 'approx' },
  { words: ['rund'], q: 'approx' },
  { words: ['ca', '.'], q: 'approx' },
  { words: ['circa'], q: 'approx' },
  { words: ['zirka'], q: 'approx' },
  { words: ['about'], q: 'approx' },
  { words: ['around'], q: 'approx' },
  { words: ['approximately'], q: 'approx' },
  { words: ['roughly'], q: 'approx' },
  { words: ['knapp'], q: 'less_than' },
  { words: ['fast'], q: 'less_than' },
  { words: ['nearly'], q: 'less_than' },
  { words: ['almost'], q: 'less_than' },
];

export interface CurrencyWord { code: string; /** English-only words such as 'won' need a number scale before them. */ strict?: boolean }
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyWord> = new Map([
  ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }], ['eur', { code: 'EUR' }],
  ['dollar', { code: 'USD' }], ['dollars', { code: 'USD' }], ['us-dollar', { code: 'USD' }], ['usd', { code: 'USD' }],
  ['us-dollars', { code: 'USD' }],
  ['taiwan-dollar', { code: 'TWD' }], ['hongkong-dollar', { code: 'HKD' }], ['singapur-dollar', { code: 'SGD' }],
  ['pfund', { code: 'GBP' }], ['pounds', { code: 'GBP' }], ['pound', { code: 'GBP' }], ['gbp', { code: 'GBP' }],
  ['rubel', { code: 'RUB' }], ['rubeln', { code: 'RUB' }], ['rubles', { code: 'RUB' }], ['roubles', { code: 'RUB' }], ['rub', { code: 'RUB' }],
  ['yuan', { code: 'CNY' }], ['renminbi', { code: 'CNY' }], ['cny', { code: 'CNY' }],
  ['yen', { code: 'JPY' }], ['jpy', { code: 'JPY' }],
  ['franken', { code: 'CHF' }], ['chf', { code: 'CHF' }],
  ['won', { code: 'KRW', strict: true }], ['krw', { code: 'KRW' }], ['kpw', { code: 'KPW' }],
  ['hrywnja', { code: 'UAH' }], ['hryvnia', { code: 'UAH' }], ['uah', { code: 'UAH' }],
  ['rupien', { code: 'INR' }], ['rupees', { code: 'INR' }],
]);
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'], ['$', 'USD'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₩', 'KRW'],
]);

export const PERCENT_WORDS = new Set(['prozent', 'percent', 'pct', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt']);

export const DURATION_UNITS: ReadonlyMap<string, string> = new Map([
  ['jahr', 'year'], ['jahre', 'year'], ['jahren', 'year'], ['jahres', 'year'], ['year', 'year'], ['years', 'year'],
  ['monat', 'month'], ['monate', 'month'], ['monaten', 'month'], ['monats', 'month'], ['month', 'month'], ['months', 'month'],
  ['woche', 'week'], ['wochen', 'week'], ['week', 'week'], ['weeks', 'week'],
  ['tag', 'day'], ['tage', 'day'], ['tagen', 'day'], ['tages', 'day'], ['day', 'day'], ['days', 'day'],
  ['stunde', 'hour'], ['stunden', 'hour'], ['std', 'hour'], ['hour', 'hour'], ['hours', 'hour'],
  ['minute', 'minute'], ['minuten', 'minute'], ['min', 'minute'], ['minutes', 'minute'],
  ['sekunde', 'second'], ['sekunden', 'second'], ['sek', 'second'], ['seconds', 'second'],
  ['jahrzehnt', 'decade'], ['jahrzehnte', 'decade'], ['jahrzehnten', 'decade'], ['decade', 'decade'], ['decades', 'decade'],
  ['jahrhundert', 'century'], ['jahrhunderte', 'century'], ['jahrhunderten', 'century'], ['centuries', 'century'],
  ['century', 'century'], ['nächte', 'night'], ['nächten', 'night'], ['nights', 'night'],
]);

/** Measurement units: they stay outside the span and become the quantity's unit. */
export const MEASURE_UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'mg', 'l', 'ml', 'ha', 'km²', 'm²', 'qm', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'ps', 'hz',
  'kilometer', 'kilometern', 'meter', 'metern', 'zentimeter', 'millimeter', 'kilogramm', 'gramm', 'tonnen', 'tonne', 'liter',
  'hektar', 'quadratkilometer', 'quadratmeter', 'fuß', 'meilen', 'meile', 'höhenmeter', 'grad', 'barrel', 'volt', 'watt',
  'megawatt', 'kilowatt', 'gigawatt', 'miles', 'mile', 'feet', 'foot', 'inches', 'kilometres', 'kilometers', 'metres',
  'meters', 'tons', 'tonnes', 'litres', 'liters', 'acres', 'degrees', 'knoten', 'mph', 'km/h', 'bar',
]);

/** Words before a number that make it a reference or a code, not a figure. */
export const REFERENCE_WORDS = new Set([
  'art', 'artikel', 's', 'seite', 'seiten', 'nr', 'nummer', 'no', 'abs', 'absatz', '§', 'kapitel', 'kap', 'psalm', 'band', 'bd',
  'heft', 'vers', 'version', 'isbn', 'issn', 'tel', 'telefon', 'fax', 'linie', 'gleis', 'zimmer', 'str', 'straße', 'postfach',
  'ziffer', 'tabelle', 'abbildung', 'abb', 'folge', 'episode', 'staffel', 'teil', 'level', 'stufe', 'klasse', 'gruppe',
  'kategorie', 'paragraf', 'paragraph', 'section', 'article', 'page', 'p', 'pp', 'number', 'chapter', 'figure', 'table',
  'vol', 'route', 'highway', 'interstate', 'flug', 'flight', 'line', 'kanal', 'channel', 'modell', 'model', 'typ', 'type',
  'baureihe', 'serie', 'series', 'windows', 'iphone', 'ios', 'android', 'bundesstraße', 'autobahn', 'landstraße',
  'hausnummer', 'plz', 'aktenzeichen', 'az', 'ziff', 'lit', 'anm', 'fn', 'fußnote', 'din', 'iso', 'en', 'rn', 'randnummer',
]);

/** Words right before a year that mark the number as a year even if a capitalised word follows. */
export const YEAR_CONTEXT = new Set([
  'jahr', 'jahre', 'jahres', 'jahren', 'year', 'seit', 'bis', 'ab', 'im', 'in', 'von', 'vom', 'um', 'ende', 'anfang', 'mitte',
  'sommer', 'winter', 'frühjahr', 'frühling', 'herbst', 'saison', 'geschäftsjahr', 'zwischen', 'since', 'until', 'by', 'of',
  'from', 'spring', 'summer', 'autumn', 'fall', 'early', 'late', 'mid', 'anno', 'nach', 'vor', 'and', 'und', 'oder', 'or',
  'to', 'bis', 'during', 'before', 'after', 'wahljahr', 'haushaltsjahr', 'jahrgang', 'baujahr',
]);

/** Names of events, products and series that a following year belongs to (WM 2006). */
export const NAME_BEFORE_YEAR = new Set([
  'wm', 'em', 'olympia', 'expo', 'weltmeisterschaft', 'europameisterschaft', 'weltcup', 'cup', 'open', 'games', 'olympics',
  'championship', 'challenge', 'version', 'windows', 'office', 'keynote', 'modell', 'model', 'edition', 'tour',
  'cebit', 'ifa', 'biennale', 'documenta', 'agenda', 'vision', 'strategie', 'fifa', 'uefa', 'grand', 'prix', 'award', 'awards',
]);

/** Words that may stand between a number and the counted noun without ending the noun phrase. */
export const STOP_VERBS = new Set([
  'hatten', 'haben', 'hat', 'sind', 'waren', 'wurden', 'werden', 'sollen', 'können', 'müssen', 'wollen', 'kamen', 'gingen',
  'standen', 'sagten', 'sagen', 'gaben', 'geben', 'bleiben', 'blieben', 'leben', 'lebten', 'sterben', 'starben', 'starten',
  'seien', 'hätten', 'wären', 'würden', 'konnten', 'mussten', 'sollten', 'wollten', 'durften', 'dürfen', 'machen', 'machten',
  'stehen', 'liegen', 'lagen', 'fahren', 'fuhren', 'kommen', 'gehen', 'sehen', 'sahen', 'finden', 'fanden', 'nehmen', 'nahmen',
]);
export const GERMAN_PREPOSITIONS = new Set(['von', 'vom', 'aus', 'durch', 'in', 'im', 'mit', 'bei', 'nach', 'für', 'gegen', 'unter', 'auf', 'an', 'am']);

/** Ordinal word stems (German, English) → value. */
export const ORDINAL_STEMS: ReadonlyArray<[string, number]> = [
  ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6], ['siebent', 7], ['siebt', 7], ['acht', 8], ['neunt', 9],
  ['zehnt', 10], ['elft', 11], ['zwölft', 12], ['dreizehnt', 13], ['vierzehnt', 14], ['fünfzehnt', 15], ['sechzehnt', 16],
  ['siebzehnt', 17], ['achtzehnt', 18], ['neunzehnt', 19], ['zwanzigst', 20], ['einundzwanzigst', 21], ['dreißigst', 30],
  ['vierzigst', 40], ['fünfzigst', 50], ['hundertst', 100], ['tausendst', 1000],
];
export const ENGLISH_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['twentieth', 20], ['hundredth', 100],
]);
/** Nouns after an ordinal that make it part of a name or a date without a year. */
export const ORDINAL_NAME_NOUNS = new Set([
  'weltkrieg', 'weltkriegs', 'weltkrieges', 'weihnachtsfeiertag', 'weihnachtstag', 'pfingstfeiertag', 'osterfeiertag',
  'reich', 'reiches', 'reichs', 'vatikanischen', 'vatikanische', 'quartal', 'quartals', 'halbjahr', 'halbjahres', 'quarter',
  'world', 'half', 'jahrhundert', 'jahrhunderts', 'jahrhunderte', 'century', 'jahrtausend', 'jahrtausends', 'klasse',
]);
/** Words before a number that rank: 'Platz vier', 'Platz 1'. */
export const RANK_WORDS = new Set(['platz', 'rang', 'position', 'place', 'platzierung']);

export const QUARTER_WORDS = new Set(['quartal', 'quartals', 'quarter']);
