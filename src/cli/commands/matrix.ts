import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildMatrix } from '../../core/analysis/claims-matrix';
import { MATRIX_FORMATS, renderMatrix, type MatrixFormat } from '../../core/export/matrix-formats';
import { readExportDocuments } from '../export-documents';
import { InputError, UsageError } from '../usage';

/** `matrix <folder> --format json|csv|markdown`: the claims × sources matrix of the folder's sidecars, on stdout. */
export async function runMatrix(args: string[], options: { format?: string; registry?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('matrix needs exactly one folder');
  const format = (options.format ?? 'json') as MatrixFormat;
  if (!MATRIX_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${MATRIX_FORMATS.join(', ')}`);
  const folder = resolve(args[0]!);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new InputError(`${args[0]} is not a folder`);
  const { documents, problems } = await readExportDocuments(folder, options.registry);
  process.stdout.write(renderMatrix(format, buildMatrix(documents)));
  return problems > 0 ? 1 : 0;
}
