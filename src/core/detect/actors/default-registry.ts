// The registry shipped with the extension: ISO states (generated) plus the hand-curated entries.
import type { Actor, RegistryFile } from '../../model/registry';
import type { ActorType } from '../../model/entities';
import { isoStateActors } from './country-names';
import { EXTRA_STATE_ALIASES, ORGANISATIONS } from './default-actors';
import { COMPANIES, OUTLETS } from './default-media';
import { PERSONS } from './default-persons';
import { CAPITALS, LOCATIONS } from './default-places';
import type { DefaultExtras } from './registry';

export interface DefaultRegistry {
  file: RegistryFile;
  extras: DefaultExtras;
}

/**
 * Not actors even though they start with one or look like one: the currency, compounds that name a thing, events, and
 * brands (NOTES.md: brands and product names are not actors), so that the discovery model does not suggest them.
 */
const DEFAULT_NOT_ACTORS = [
  'US-Dollar', 'US-Dollars', 'US-Cent', 'EU-Recht', 'UN-Charta',
  'Eastern Economic Forum', 'Östliches Wirtschaftsforum', 'Mercedes-Benz', 'Maybach', 'Dior', 'Louis Vuitton', 'Gucci', 'Chanel', 'Prada',
  // Capitalised words of English that the German-trained model takes for names ("Wednesday" as a person, "He" at a
  // sentence's start). Months that are also names (April, May, June, August) are left to the model.
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'July', 'September', 'October', 'November', 'December',
  'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'Our',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag',
];

let cached: DefaultRegistry | undefined;

function parseLine(line: string, type: ActorType): { actor: Actor; shortForms: string[] } {
  const [id, canonical, aliases = '', short = ''] = line.split('|').map((s) => s.trim());
  const list = (s: string): string[] => s.split(';').map((x) => x.trim()).filter((x) => x.length > 0);
  return { actor: { id, type, canonical, aliases: list(aliases).filter((a) => a !== canonical) }, shortForms: list(short) };
}

export function defaultRegistry(): DefaultRegistry {
  if (cached) return cached;
  const byId = new Map<string, Actor>();
  for (const a of isoStateActors()) byId.set(a.id, a);
  for (const line of EXTRA_STATE_ALIASES) {
    const { actor } = parseLine(line, 'state');
    const base = byId.get(actor.id);
    if (!base) {
      byId.set(actor.id, actor);
      continue;
    }
    const aliases = [...base.aliases, base.canonical, ...actor.aliases].filter((a) => a !== actor.canonical);
    byId.set(actor.id, { ...base, canonical: actor.canonical, aliases: [...new Set(aliases)] });
  }
  for (const [stateId, names] of CAPITALS) {
    const state = byId.get(stateId);
    if (state) state.aliases.push(...names.filter((n) => !state.aliases.includes(n)));
    const cityId = `loc:${names[0].toLowerCase()}`;
    byId.set(cityId, { id: cityId, type: 'location', canonical: names[0], aliases: names.slice(1) });
  }
  const shortForms: Record<string, string[]> = {};
  const sections: [readonly string[], ActorType][] = [
    [ORGANISATIONS, 'organisation'],
    [OUTLETS, 'organisation'],
    [COMPANIES, 'organisation'],
    [PERSONS, 'person'],
    [LOCATIONS, 'location'],
  ];
  for (const [lines, type] of sections) {
    for (const line of lines) {
      const parsed = parseLine(line, type);
      byId.set(parsed.actor.id, parsed.actor);
      if (parsed.shortForms.length > 0) shortForms[parsed.actor.id] = parsed.shortForms;
    }
  }
  cached = {
    file: { schemaVersion: 1, actors: [...byId.values()], notActors: DEFAULT_NOT_ACTORS },
    extras: { shortForms },
  };
  return cached;
}
