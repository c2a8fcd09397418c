import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverSidecars } from '../../core/corpus/discover';
import { exportAnnotations } from '../../core/export/exporter';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../../core/export/types';
import { SIDECAR_SUFFIX } from '../../core/model/annotation';
import { relative } from '../../core/paths';
import { formatSidecarError, parseSidecar } from '../../core/store/parse';
import { nodeFileSystem } from '../../platform/node-fs';
import { InputError, UsageError } from '../usage';

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
    documents.push({ path: relative(folder, sidecarPath.slice(0, -SIDECAR_SUFFIX.length)), sidecar: parsed.sidecar });
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
