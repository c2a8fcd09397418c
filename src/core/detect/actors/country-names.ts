// State actors generated from the ISO 3166 names in i18n-iso-countries (German and English, official and short).
// The package's plain entry: the node entry would register (and bundle) every one of its locales.
import { getNames, registerLocale } from 'i18n-iso-countries/index';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import type { Actor } from '../../model/registry';

/** English names that are far more often something else in German text (a person, a word). */
const AMBIGUOUS_NAMES = new Set(['Jordan', 'Chad', 'Turkey', 'Georgia', 'Jersey', 'Guernsey', 'Man', 'Guinea', 'Korea']);

let registered = false;

function cleanName(name: string, keepBeforeComma: boolean): string | null {
  let n = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (n.includes(',')) {
    if (!keepBeforeComma) return null;
    n = n.slice(0, n.indexOf(',')).trim();
  }
  return n.length >= 2 ? n : null;
}

/**
 * One state actor per ISO 3166-1 country, id `state:<alpha-2>`. The canonical name is the German short name (the
 * last German name the package lists: "Russland", "USA", "Großbritannien"); every other German and English name is an
 * alias. English names with a comma ("Korea, Republic of") are dropped since their head would be ambiguous.
 */
export function isoStateActors(): Actor[] {
  if (!registered) {
    registerLocale(de);
    registerLocale(en);
    registered = true;
  }
  const deNames = getNames('de', { select: 'all' });
  const enNames = getNames('en', { select: 'all' });
  const out: Actor[] = [];
  for (const code of Object.keys(deNames).sort()) {
    const german = deNames[code].map((n) => cleanName(n, true)).filter((n): n is string => n !== null);
    const english = (enNames[code] ?? []).map((n) => cleanName(n, false)).filter((n): n is string => n !== null);
    if (german.length === 0) continue;
    const canonical = german[german.length - 1];
    const aliases = [...new Set([...german, ...english])].filter((n) => n !== canonical && !AMBIGUOUS_NAMES.has(n));
    out.push({ id: `state:${code}`, type: 'state', canonical, aliases });
  }
  return out;
}
