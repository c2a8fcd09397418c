import type { ExportDocument } from './types';

/** The whole corpus in one JSON bundle: every sidecar as stored, keyed by document path. */
export function exportJson(documents: readonly ExportDocument[], exported: string): string {
  const bundle = {
    generator: 'source-annotator',
    exported,
    documents: [...documents]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((d) => ({ path: d.path, fingerprint: d.sidecar.fingerprint, annotations: d.sidecar.annotations })),
  };
  return JSON.stringify(bundle, null, 2) + '\n';
}
