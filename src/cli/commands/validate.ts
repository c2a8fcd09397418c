import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { checkLinks } from '../../core/corpus/link-check';
import type { Sidecar } from '../../core/model/annotation';
import { lineColumn } from '../../core/store/json-locate';
import { discoverFiles } from '../../core/corpus/discover';
import { SIDECAR_SUFFIX } from '../../core/model/annotation';
import { parseRegistry } from '../../core/store/parse-registry';
import { formatLocated } from '../../core/store/json-document';
import { parseSidecar } from '../../core/store/parse';
import { nodeFileSystem } from '../../platform/node-fs';
import { InputError, UsageError } from '../usage';

const REGISTRY_NAME = /actors\.json$/;
const isChecked = (name: string): boolean => name.endsWith(SIDECAR_SUFFIX) || REGISTRY_NAME.test(name);

/** Prints `file:line:column: message` for every problem (the format editors and CI annotate). */
export async function runValidate(args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError('validate needs exactly one file or folder');
  const target = resolve(args[0]!);
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new InputError(`${args[0]} does not exist`);
  const files = info.isDirectory() ? await discoverFiles(nodeFileSystem, [target], isChecked) : [target];
  let problems = 0;
  const sidecars = new Map<string, Sidecar>();
  const raws = new Map<string, string>();
  for (const file of files) {
    const raw = await readFile(file, 'utf8');
    const parsed = file.endsWith(SIDECAR_SUFFIX) ? parseSidecar(raw, file) : parseRegistry(raw);
    if (!parsed.ok) {
      problems++;
      process.stdout.write(`${formatLocated(file, parsed.error)}\n`);
      continue;
    }
    if ('sidecar' in parsed) {
      sidecars.set(file.slice(0, -SIDECAR_SUFFIX.length), parsed.sidecar);
      raws.set(file, raw);
    }
    if (file.endsWith(SIDECAR_SUFFIX) && !existsSync(file.slice(0, -SIDECAR_SUFFIX.length))) {
      problems++;
      process.stdout.write(`${file}:1:1: its document ${basename(file.slice(0, -SIDECAR_SUFFIX.length))} does not exist (renamed or deleted?)\n`);
    }
  }
  for (const p of checkLinks(sidecars, info.isDirectory() ? target : dirname(target))) {
    problems++;
    const file = p.document + SIDECAR_SUFFIX;
    const raw = raws.get(file) ?? '';
    const at = lineColumn(raw, Math.max(0, raw.indexOf(JSON.stringify(p.target))));
    process.stdout.write(`${formatLocated(file, { message: p.problem, ...at })}\n`);
  }
  process.stderr.write(`${files.length} file(s) checked, ${problems} problem(s)\n`);
  return problems > 0 ? 1 : 0;
}
