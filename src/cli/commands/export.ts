import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimantKindIn } from '../../core/export/claimreview';
import { exportAnnotations } from '../../core/export/exporter';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, isBinaryExportFormat, type ExportFormat } from '../../core/export/types';
import { nodeFileSystem } from '../../platform/node-fs';
import { detectorNear, readExportDocuments } from '../export-documents';
import { InputError, UsageError } from '../usage';

export async function runExport(args: string[], options: { format?: string; out?: string; registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('export needs exactly one folder');
  const format = options.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  // A zip on a terminal or in a pipe is of no use to anyone.
  if (isBinaryExportFormat(format) && !options.out) throw new UsageError(`--format ${format} writes a .${EXPORT_EXTENSIONS[format]} file: give it with --out FILE`);
  const folder = resolve(args[0]!);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new InputError(`${args[0]} is not a folder`);
  const { documents, problems } = await readExportDocuments(folder, options.registry);
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
