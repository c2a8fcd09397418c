// What the core needs from its host. The extension implements these on `workspace.fs`, the CLI on `node:fs`.

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Atomic replace: the file holds either the old or the new bytes, never a mix. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Names of the entries of a folder, with whether each is a folder. */
  readDirectory(path: string): Promise<Array<[name: string, isDirectory: boolean]>>;
  delete(path: string): Promise<void>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
