import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildClaimGraph } from '../../core/analysis/claim-graph';
import { claimGraphToGraphml } from '../../core/export/graphml';
import { nodeFileSystem } from '../../platform/node-fs';
import { readExportDocuments } from '../export-documents';
import { InputError, UsageError } from '../usage';

const GRAPH_FORMATS = ['json', 'graphml'] as const;

/** `graph <folder> [--format json|graphml] [--out FILE]`: the claims graph the extension draws, for other tools. */
export async function runGraph(args: string[], options: { format?: string; out?: string; registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('graph needs exactly one folder');
  const format = (options.format ?? 'json') as (typeof GRAPH_FORMATS)[number];
  if (!GRAPH_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(', ')}`);
  const folder = resolve(args[0]!);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new InputError(`${args[0]} is not a folder`);
  const { documents, problems } = await readExportDocuments(folder, options.registry);
  const graph = buildClaimGraph(documents);
  const output = format === 'graphml' ? claimGraphToGraphml(graph) : JSON.stringify(graph, null, 2) + '\n';
  if (options.out) await nodeFileSystem.writeFile(resolve(options.out), new TextEncoder().encode(output));
  else process.stdout.write(output);
  return problems > 0 ? 1 : 0;
}
