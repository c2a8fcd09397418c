import { SCHEMA_VERSION, type Sidecar } from '../model/annotation';
import type { FileStamp } from '../ports';

export interface SidecarProblem {
  /** Path of the sidecar that could not be used. */
  path: string;
  message: string;
  line: number;
  column: number;
}

/** What the corpus knows of one article. */
export interface DocumentState {
  path: string;
  title: string;
  /** The text being annotated: the editor's (possibly unsaved) text when open, else the file's. */
  text: string | undefined;
  /**
   * The file's stamp when `text` was read from it, if one to trust later (see settledStamp); undefined when the
   * text is the editor's. The persisted index takes the summary of an article whose file still has this stamp.
   */
  stamp?: FileStamp;
  /** Why the article cannot be annotated (binary, too large, invalid UTF-8, unreadable). */
  problem: string | undefined;
  /** Listed by name, not read yet (a large corpus is listed before it is read). */
  pending?: boolean;
  sidecar: Sidecar;
  /** Set when the sidecar on disk failed to parse or validate: annotations are read-only until it is fixed. */
  sidecarProblem: SidecarProblem | undefined;
}

export function emptySidecar(documentName: string): Sidecar {
  return { schemaVersion: SCHEMA_VERSION, document: documentName, fingerprint: { length: 0, sha256: '0'.repeat(64) }, annotations: [] };
}
