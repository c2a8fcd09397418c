// What the server needs from the platform it runs on: node (a process over IPC or stdio) or a browser Web Worker.
import type { NerModel } from '../core/detect/ner/types';
import type { FileSystem, Logger } from '../core/ports';

export interface ServerHost {
  /** Core paths are URI paths ('/work/seeds/a.txt'); the host maps them to its files. */
  fs: FileSystem;
  /** The shipped discovery model, or undefined when it cannot be loaded (the reason is logged). */
  loadModel(): Promise<NerModel | undefined>;
  log: Logger;
}
