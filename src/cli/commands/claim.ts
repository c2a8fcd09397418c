import { resolve } from 'node:path';
import { addClaim } from '../../core/corpus/claim-edits';
import { Corpus } from '../../core/corpus/corpus';
import { silentLogger } from '../../core/ports';
import { nodeFileSystem } from '../../platform/node-fs';
import { cliAuthor } from '../author';
import { InputError, UsageError } from '../usage';

const toOffset = (name: string, value: string | undefined): number => {
  if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer (UTF-16 offset)`);
  return Number(value);
};

export async function runClaimAdd(args: string[], options: { start?: string; end?: string; note?: string }): Promise<number> {
  if (args.length !== 1) throw new UsageError('claim add needs exactly one document');
  const start = toOffset('start', options.start);
  const end = toOffset('end', options.end);
  const path = resolve(args[0]!);
  const corpus = new Corpus(nodeFileSystem, silentLogger, { detect: () => [] });
  const state = await corpus.load(path, Number.MAX_SAFE_INTEGER);
  if (state.text === undefined) throw new InputError(`${args[0]}: ${state.problem ?? 'cannot be annotated'}`);
  if (end <= start || end > state.text.length) throw new UsageError(`--start ${start} --end ${end} is not a non-empty range inside the document (length ${state.text.length})`);
  let id = '';
  await corpus.update(path, (sidecar, text) => {
    const added = addClaim(sidecar, text, start, end, { now: new Date().toISOString(), author: cliAuthor() }, options.note);
    id = added.id;
    return added.sidecar;
  });
  process.stdout.write(JSON.stringify({ id }) + '\n');
  return 0;
}
