// File access for a language server that has no file system of its own (the browser build: a Web Worker). The
// server asks, the client answers from `workspace.fs`. Paths are core paths (URI paths, '/work/seeds/a.txt'): the
// client maps them to URIs of the workspace's scheme and authority. Bytes travel as base64, so that the messages
// are plain JSON on any transport.
import { RequestType } from 'vscode-languageserver-protocol';

export interface FsPath {
  path: string;
}

export const FsReadFileRequest = new RequestType<FsPath, { base64: string }, void>('sourceAnnotator/fs/readFile');
/** The bytes with the file's size and mtime, stat'ed before the read (FileSystem.readFileStamped). */
export const FsReadFileStampedRequest = new RequestType<FsPath, { base64: string; size: number; mtime: number }, void>('sourceAnnotator/fs/readFileStamped');
/** Atomic replace (temp file and rename on the client's side). */
export const FsWriteFileRequest = new RequestType<FsPath & { base64: string }, void, void>('sourceAnnotator/fs/writeFile');
export const FsExistsRequest = new RequestType<FsPath, boolean, void>('sourceAnnotator/fs/exists');
/** Entries of a folder as [name, isDirectory]. */
export const FsReadDirectoryRequest = new RequestType<FsPath, Array<[string, boolean]>, void>('sourceAnnotator/fs/readDirectory');
export const FsDeleteRequest = new RequestType<FsPath, void, void>('sourceAnnotator/fs/delete');

/**
 * A file shipped with the extension (the discovery model), by its path relative to the extension's folder. The
 * client reads it where it knows the extension to be (a `vscode-remote:` or `https:` URI in a browser).
 */
export const ExtensionFileRequest = new RequestType<{ relativePath: string }, { base64: string }, void>('sourceAnnotator/fs/readExtensionFile');
/** The only extension files a server may ask for (the discovery model, then the synonym tables of core/analysis/thesaurus.ts): the client refuses any other path. */
export const EXTENSION_FILES = ['media/ner/model.bin', 'media/thesaurus/de.txt.gz', 'media/thesaurus/en.txt.gz'] as const;

// btoa/atob exist in every host the protocol runs in (browsers, Web Workers, Node 16+); they take binary strings.
const CHUNK = 0x8000;

export function encodeBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function decodeBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
