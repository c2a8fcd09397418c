// A document's source metadata as shown and exported: what the sidecar records, else what the text says.
import { META_FIELDS, type MetaField, type ResolvedSourceMeta, type SourceMeta } from '../model/source-meta';
import { detectBoilerplate } from './boilerplate';
import { detectSourceMeta, type DetectedMeta } from './detect-meta';

export function resolveSourceMeta(text: string, recorded: SourceMeta = {}): ResolvedSourceMeta {
  const boilerplate = detectBoilerplate(text, recorded);
  return { ...withRecorded(detectSourceMeta(text, boilerplate), recorded), boilerplate };
}

/** Detected fields overridden by the recorded ones, with where each came from. */
export function withRecorded(detected: DetectedMeta, recorded: SourceMeta = {}): Omit<ResolvedSourceMeta, 'boilerplate'> {
  const origin = {} as Record<MetaField, 'recorded' | 'detected'>;
  const out = { ...detected } as Record<MetaField, unknown>;
  for (const field of META_FIELDS) {
    const value = recorded[field];
    origin[field] = value === undefined ? 'detected' : 'recorded';
    if (value !== undefined) out[field] = value;
  }
  return { ...(out as Omit<ResolvedSourceMeta, 'origin' | 'boilerplate'>), origin };
}
