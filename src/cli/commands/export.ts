import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimAttribution, type ClaimAttribution } from '../../core/attribution-view';
import { discoverSidecars } from '../../core/corpus/discover';
import type { CorpusDetector } from '../../core/detect/create';
import type { Sidecar } from '../../core/model/annotation';
import { decodeDocument } from '../../core/text';
import { loadCliDetector } from '../load-detector';
import { claimantKindIn } from '../../core/export/claimreview';
import { exportAnnotations } from '../../core/export/exporter';
import { exportedSource, isBinaryExportFormat } from '../../core/export/types';
import { detectBoilerplate, maskBoilerplate } from '../../core/source/boilerplate';
import { resolveSourceMeta } from '../../core/source/resolve';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../../core/export/types';
import { SIDECAR_SUFFIX } from '../../core/model/annotation';
import { relative } from '../../core/paths';
import { formatSidecarError, parseSidecar } from '../../core/store/parse';
import { nodeFileSystem } from '../../platform/node-fs';
import { InputError, UsageError } from '../usage';

let detector: CorpusDetector | undefined;
const detectorNear = (folder: string, registryPath: string | undefined): CorpusDetector =>
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

export async function runExport(args: string[], options: { format?: string; out?: string; registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('export needs exactly one folder');
  const format = options.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  // A zip on a terminal or in a pipe is of no use to anyone.
  if (isBinaryExportFormat(format) && !options.out) throw new UsageError(`--format ${format} writes a .${EXPORT_EXTENSIONS[format]} file: give it with --out FILE`);
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
      ...(text !== undefined ? { text, attributions: attributions(text, parsed.sidecar, folder, options.registry), source: exportedSource(resolveSourceMeta(text, parsed.sidecar.meta)) } : {}),
    });
  }
  // ClaimReview tells people from organisations, which only the actor registry knows.
  const claimantKind = format === 'claimreview' && documents.some((d) => d.sidecar.annotations.some((a) => a.body.claimant)) ? claimantKindIn(detectorNear(folder, options.registry).registry) : undefined;
  const output = exportAnnotations(format, documents, { baseUri: pathToFileURL(folder + '/').href, now: new Date().toISOString(), ...(claimantKind ? { claimantKind } : {}) });
  if (options.out) {
    await nodeFileSystem.writeFile(resolve(options.out), typeof output === 'string' ? new TextEncoder().encode(output) : output);
    // A REFI-QDA project holds each article's text: one that cannot be read has no place for its claims.
    const exported = format === 'refi' ? documents.filter((d) => d.text !== undefined) : documents;
    const claims = exported.reduce((n, d) => n + d.sidecar.annotations.length, 0);
    if (exported.length < documents.length) process.stderr.write(`${documents.length - exported.length} document(s) left out: their article could not be read\n`);
    process.stderr.write(`Exported ${claims} claim(s) from ${exported.length} document(s) to ${options.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return problems > 0 ? 1 : 0;
}
