import { readFile } from 'node:fs/promises';
import { decodeDocument } from '../core/text';
import { InputError } from './usage';

const CLI_MAX_BYTES = 512 * 1024 * 1024;

/** Reads an article for the CLI; unreadable, binary or non-UTF-8 files are input errors with the reason. */
export async function readArticle(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const decoded = decodeDocument(bytes, CLI_MAX_BYTES);
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.message}`);
  return decoded.text;
}
