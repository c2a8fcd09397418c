// What a repository needs so that git merges sidecars by annotation id instead of by lines.
import { SIDECAR_SUFFIX } from '../model/vocabulary';

export const MERGE_DRIVER_NAME = 'source-annotator';

/** The `.gitattributes` line that routes sidecars to the driver. */
export function gitAttributesLine(): string {
  return `*${SIDECAR_SUFFIX} merge=${MERGE_DRIVER_NAME}`;
}

export interface GitSetupOptions {
  /** Interpreter to run the CLI with (e.g. the path of `node`), when the CLI is not executable itself. */
  runtime?: string;
}

/**
 * `git config` entries for the driver. git runs `driver` through the shell with %O (ancestor), %A (ours,
 * also where the result goes) and %B (theirs) replaced by temp file paths, so paths are shell-quoted.
 */
export function gitConfigEntries(cliPath: string, opts: GitSetupOptions = {}): Array<[key: string, value: string]> {
  const command = [opts.runtime, cliPath].filter((p): p is string => p !== undefined).map(shellQuote).join(' ');
  return [
    [`merge.${MERGE_DRIVER_NAME}.name`, 'Source Annotator: merge annotation sidecars by id'],
    [`merge.${MERGE_DRIVER_NAME}.driver`, `${command} merge-driver %O %A %B`],
  ];
}

/** POSIX shell quoting; plain paths stay readable. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
