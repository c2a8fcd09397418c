// What detection sees of a document: its text with the boilerplate blanked (same offsets), so navigation,
// comment prompts and teasers yield no figures, actors or claims. Cached per text and recorded metadata.
import { detectBoilerplate, maskBoilerplate, type BoilerplateRange } from '../source/boilerplate';
import type { ResolvedSourceMeta } from '../model/source-meta';
import { resolveSourceMeta } from '../source/resolve';
import type { DocumentState } from './document-state';

interface Cached { text: string; meta: unknown; ranges: BoilerplateRange[]; article: string }
const cache = new WeakMap<DocumentState, Cached>();

function cached(state: DocumentState): Cached | undefined {
  const text = state.text;
  if (text === undefined) return undefined;
  const meta = state.sidecar.meta;
  const hit = cache.get(state);
  if (hit && hit.text === text && hit.meta === meta) return hit;
  const ranges = detectBoilerplate(text, meta);
  const entry = { text, meta, ranges, article: maskBoilerplate(text, ranges) };
  cache.set(state, entry);
  return entry;
}

export const boilerplateOf = (state: DocumentState): BoilerplateRange[] => cached(state)?.ranges ?? [];
export const articleTextOf = (state: DocumentState): string | undefined => cached(state)?.article;

const metaCache = new WeakMap<DocumentState, { text: string; meta: unknown; resolved: ResolvedSourceMeta }>();

/** The document as a source (recorded, else detected), cached until its text or recorded metadata change. */
export function sourceMetaOf(state: DocumentState): ResolvedSourceMeta | undefined {
  const text = state.text;
  if (text === undefined) return undefined;
  const meta = state.sidecar.meta;
  const hit = metaCache.get(state);
  if (hit && hit.text === text && hit.meta === meta) return hit.resolved;
  const resolved = resolveSourceMeta(text, meta);
  metaCache.set(state, { text, meta, resolved });
  return resolved;
}
