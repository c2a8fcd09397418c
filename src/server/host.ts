// What the server needs from the platform it runs on: node (a process over IPC or stdio) or a browser Web Worker.
import type { NerModel } from '../core/detect/ner/types';
import type { Thesaurus } from '../core/analysis/thesaurus';
import type { FileSystem, Logger } from '../core/ports';
import type { DetectPool } from './detect-pool';
import type { importIntoFolder } from '../core/import/import-into-folder';

export interface ServerHost {
  /** Core paths are URI paths ('/work/seeds/a.txt'); the host maps them to its files. */
  fs: FileSystem;
  /** The shipped discovery model and a key of its bytes, or undefined when it cannot be loaded (the reason is logged). */
  loadModel(): Promise<{ model: NerModel; key: string } | undefined>;
  /** The shipped synonym tables (media/thesaurus/) for suggested links, or undefined when they cannot be loaded (logged). */
  loadThesaurus?(): Promise<Thesaurus | undefined>;
  /** The key loadModel() will give, without parsing the model (a second's work): a persisted index can be restored first. */
  modelKey?(): Promise<string | undefined>;
  /**
   * Where to persist the index of the workspace at `root` (`requested` is the client's storage folder, if it
   * gave one); the folder exists. Undefined: keep the index in memory only.
   */
  indexCacheFile(root: string, requested: string | undefined): Promise<string | undefined>;
  /** Threads that detect while this one answers requests; undefined: index in this thread. */
  detectPool?: DetectPool;
  /** The converters of saved pages, PDFs and Word files (4 MB of code, loaded on first use); undefined: no import here. */
  importer?(): Promise<typeof importIntoFolder>;
  /** Requests and notifications the client has sent so far: indexing in the server's own thread gives way to them. */
  heardFromClient?(): number;
  log: Logger;
}
