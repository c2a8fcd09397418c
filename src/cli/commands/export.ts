import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimAttribution, type ClaimAttribution } from '../../core/attribution-view';
import { discoverSidecars } from '../../core/corpus/discover';
import type { CorpusDetector } from '../../core/detect/create';
import type { Sidecar } from '../../core/model/annotation';
import { decodeDocument } from '../../core/text';
import { loadCliDetector } from '../load-detector';
import { exportAnnotations } from '../../core/export/exporter';
import { exportedSource } from '../../core/export/types';
import { detectBoilerplate, maskBoilerplate } from '../../core/source/boilerplate';
import { resolveSourceMeta } from '../../core/source/resolve';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../../core/export/types';
import { SIDECAR_SUFFIX } from '../../core/model/annotation';
import { relative } from '../../core/paths';
import { formatSidecarError, parseSidecar } from '../../core/store/parse';
import { nodeFileSystem } from '../../platform/node-fs';
import { InputError, UsageError } from '../usage';

let detector: CorpusDetector | undefined;

/** The article's text, or undefined when it is gone or not text. */
async function articleText(article: string): Promise<string | undefined> {
  const bytes = await readFile(article).catch(() => undefined);
  const decoded = bytes && decodeDocument(bytes, 50 * 1024 * 1024);
  return decoded?.ok ? decoded.text : undefined;
}

/** Who the article cites for each anchored claim, as detected in its text now (boilerplate skipped). */
function attributions(text: string, sidecar: Sidecar, folder: string): Map<string, ClaimAttribution | null> | undefined {
  const anchored = sidecar.annotations.filter((a) => a.anchor === 'anchored');
  if (anchored.length === 0) return undefined;
  detector ??= loadCliDetector({ model: true, near: join(folder, 'x') });
  const article = maskBoilerplate(text, detectBoilerplate(text, sidecar.meta));
  const cues = detector.attribute(article, detector.detect(article));
  return new Map(anchored.map((a) => [a.id, claimAttribution(cues, a.target.selector[1].start, a.target.selector[1].end)]));
}

export async function runExport(args: string[], options: { format?: string; out?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('export needs exactly one folder');
  const format = options.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const folder = resolve(args[0]!);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new InputError(`${args[0]} is not a folder`);
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
      ...(text !== undefined ? { attributions: attributions(text, parsed.sidecar, folder), source: exportedSource(resolveSourceMeta(text, parsed.sidecar.meta)) } : {}),
    });
  }
  const output = exportAnnotations(format, documents, { baseUri: pathToFileURL(folder + '/').href, now: new Date().toISOString() });
  if (options.out) {
    await nodeFileSystem.writeFile(resolve(options.out), new TextEncoder().encode(output));
    const claims = documents.reduce((n, d) => n + d.sidecar.annotations.length, 0);
    process.stderr.write(`Exported ${claims} claim(s) from ${documents.length} document(s) to ${options.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return problems > 0 ? 1 : 0;
}
