// The annotated documents of a folder as exporters see them (ExportDocument): `export` and `matrix` read the same.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { claimAttribution, type ClaimAttribution } from '../core/attribution-view';
import { discoverSidecars } from '../core/corpus/discover';
import type { CorpusDetector } from '../core/detect/create';
import { exportedSource, type ExportDocument } from '../core/export/types';
import { SIDECAR_SUFFIX, type Sidecar } from '../core/model/annotation';
import { relative } from '../core/paths';
import { detectBoilerplate, maskBoilerplate } from '../core/source/boilerplate';
import { resolveSourceMeta } from '../core/source/resolve';
import { formatSidecarError, parseSidecar } from '../core/store/parse';
import { decodeDocument } from '../core/text';
import { nodeFileSystem } from '../platform/node-fs';
import { loadCliDetector } from './load-detector';

let detector: CorpusDetector | undefined;
/** The detector for a folder (its registry, else the one given), loaded once: only documents with claims need it. */
export const detectorNear = (folder: string, registryPath: string | undefined): CorpusDetector =>
  (detector ??= loadCliDetector({ model: true, near: join(folder, 'x'), ...(registryPath ? { registryPath } : {}) }));

/** The article's text, or undefined when it is gone or not text. */
async function articleText(article: string): Promise<string | undefined> {
  const bytes = await readFile(article).catch(() => undefined);
  const decoded = bytes && decodeDocument(bytes, 50 * 1024 * 1024);
  return decoded?.ok ? decoded.text : undefined;
}

/** Who the article cites for each anchored claim, as detected in its text now (boilerplate skipped). */
function attributions(text: string, sidecar: Sidecar, folder: string, registryPath: string | undefined): Map<string, ClaimAttribution | null> | undefined {
  const anchored = sidecar.annotations.filter((a) => a.anchor === 'anchored');
  if (anchored.length === 0) return undefined;
  const detect = detectorNear(folder, registryPath);
  const article = maskBoilerplate(text, detectBoilerplate(text, sidecar.meta));
  const cues = detect.attribute(article, detect.detect(article));
  return new Map(anchored.map((a) => [a.id, claimAttribution(cues, a.target.selector[1].start, a.target.selector[1].end)]));
}

/**
 * Every sidecar of the folder with its article (paths relative to the folder); a sidecar that does not parse is
 * reported on stderr and counted in `problems`.
 */
export async function readExportDocuments(folder: string, registryPath: string | undefined): Promise<{ documents: ExportDocument[]; problems: number }> {
  const documents: ExportDocument[] = [];
  let problems = 0;
  for (const sidecarPath of await discoverSidecars(nodeFileSystem, [folder])) {
    const parsed = parseSidecar(await readFile(sidecarPath, 'utf8'), sidecarPath);
    if (!parsed.ok) {
      problems++;
      process.stderr.write(`${formatSidecarError(parsed.error)} (skipped)\n`);
      continue;
    }
    const article = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
    const text = await articleText(article);
    documents.push({
      path: relative(folder, article), sidecar: parsed.sidecar,
      ...(text !== undefined ? { text, attributions: attributions(text, parsed.sidecar, folder, registryPath), source: exportedSource(resolveSourceMeta(text, parsed.sidecar.meta)) } : {}),
    });
  }
  return { documents, problems };
}
