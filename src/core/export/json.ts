import type { ExportDocument } from './types';

/** The whole corpus in one JSON bundle: every sidecar as stored, keyed by document path, with the document as a source; each claim with the attribution detected for it. */
export function exportJson(documents: readonly ExportDocument[], exported: string): string {
  const bundle = {
    generator: 'source-annotator',
    exported,
    documents: [...documents]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((d) => ({
        path: d.path,
        ...(d.source ? { source: d.source } : {}),
        fingerprint: d.sidecar.fingerprint,
        annotations: d.sidecar.annotations.map((a) => (d.attributions?.has(a.id) ? { ...a, attribution: d.attributions.get(a.id) } : a)),
      })),
  };
  return JSON.stringify(bundle, null, 2) + '\n';
}
