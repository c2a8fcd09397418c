// Outlet names for source metadata: the shipped registry's outlets and agencies, plus the forms in which
// they sign articles. Lookup is by lower-cased name or alias.
import { OUTLETS } from '../detect/actors/default-media';

export interface KnownOutlet { name: string; agency: boolean }

/** Registry ids of news agencies: a credit to one of them names the original source, not the publisher. */
const AGENCY_IDS = new Set(['dpa', 'afp', 'reuters', 'ap', 'kna', 'epd', 'apa', 'ansa', 'efe', 'anadolu', 'kcna', 'yonhap', 'tass', 'ria', 'interfax', 'xinhua', 'kyodo', 'irna', 'ukrinform', 'sid', 'ddp', 'dts', 'upi', 'bloomberg']);

/** Signatures that are not in the registry's alias lists (the registry avoids forms that are also words). */
const EXTRA: readonly (readonly [string, string])[] = [
  ['welt', 'WELT'], ['die welt', 'WELT'], ['zeit online', 'Zeit Online'], ['spiegel', 'Der Spiegel'], ['der spiegel', 'Der Spiegel'],
  ['faz', 'Frankfurter Allgemeine Zeitung'], ['faz.net', 'Frankfurter Allgemeine Zeitung'], ['sz', 'Süddeutsche Zeitung'],
  ['bild', 'Bild'], ['focus', 'Focus'], ['focus online', 'Focus'], ['stern', 'Stern'], ['t-online', 't-online'],
  ['ap news', 'AP'], ['the associated press', 'AP'], ['bbc news', 'BBC'], ['reuters.com', 'Reuters'], ['dw.com', 'Deutsche Welle'],
  ['the guardian', 'The Guardian'], ['guardian', 'The Guardian'], ['the washington post', 'Washington Post'],
  ['the times', 'The Times'], ['the economist', 'The Economist'], ['politico', 'Politico'], ['politico europe', 'Politico'],
];

let table: Map<string, KnownOutlet> | undefined;

function outlets(): Map<string, KnownOutlet> {
  if (table) return table;
  table = new Map();
  for (const line of OUTLETS) {
    const [id = '', canonical = '', aliases = ''] = line.split('|').map((s) => s.trim());
    const known = { name: canonical, agency: AGENCY_IDS.has(id.replace(/^org:/, '')) };
    for (const form of [canonical, ...aliases.split(';')].map((s) => s.trim()).filter(Boolean)) table.set(form.toLowerCase(), known);
  }
  for (const [form, name] of EXTRA) if (!table.has(form)) table.set(form, table.get(name.toLowerCase()) ?? { name, agency: false });
  return table;
}

/** The outlet a name (or a domain such as "www.spiegel.de") stands for, if known. */
export function knownOutlet(name: string): KnownOutlet | undefined {
  const key = name.trim().replace(/^(https?:\/\/)?(www\.)?/i, '').replace(/\/.*$/, '').toLowerCase();
  const all = outlets();
  return all.get(key) ?? all.get(key.replace(/\.(de|com|net|org|co\.uk|at|ch|eu)$/, ''));
}

/** A known outlet's name, else the name as written (trimmed of trailing punctuation). */
export function outletName(name: string): string {
  const cleaned = name.trim().replace(/[.,;:!]+$/, '');
  return knownOutlet(cleaned)?.name ?? cleaned;
}
