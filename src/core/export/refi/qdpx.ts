// The .qdpx file: a zip of project.qde and the sources folder (REFI-QDA project standard, "QDPX file format").
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportDocument, ExportOptions } from '../types';
import { buildRefiProject } from './project';

/** The zip's bytes. Same annotations, same bytes: GUIDs are derived from ids, and entries carry the latest claim change as their time. */
export function exportRefi(documents: readonly ExportDocument[], options: Pick<ExportOptions, 'baseUri'>): Uint8Array {
  const project = buildRefiProject(documents, options);
  const files: Zippable = { 'project.qde': strToU8(project.xml) };
  for (const s of project.sources) files[`sources/${s.guid}.txt`] = strToU8(s.text);
  // Zip times start in 1980; a corpus without claims gets that.
  return zipSync(files, { level: 6, mtime: project.modified ?? '1980-01-01T00:00:00Z' });
}
