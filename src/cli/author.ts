import { userInfo } from 'node:os';

/** Author of annotations made from the CLI: $SOURCE_ANNOTATOR_AUTHOR, else the OS user. */
export function cliAuthor(): string {
  if (process.env.SOURCE_ANNOTATOR_AUTHOR) return process.env.SOURCE_ANNOTATOR_AUTHOR;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
