// Headless CLI on the same core as the extension. Machine-readable JSON on stdout, messages on stderr.
import { parseArgs } from 'node:util';
import { runClaimAdd } from './commands/claim';
import { runDetect } from './commands/detect';
import { runExport } from './commands/export';
import { runMeta } from './commands/meta';
import { runLinksSuggest } from './commands/links';
import { runMatrix } from './commands/matrix';
import { runFiguresCompare } from './commands/figures';
import { runGraph } from './commands/graph';
import { runReanchor } from './commands/reanchor';
import { runValidate } from './commands/validate';
import { mergeDriver } from './merge-driver';
import { LockTimeoutError } from '../core/ports';
import { InputError, USAGE, UsageError } from './usage';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      start: { type: 'string' },
      end: { type: 'string' },
      note: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      registry: { type: 'string' },
      'no-model': { type: 'boolean' },
      kinds: { type: 'string' },
      top: { type: 'string' },
      into: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'detect':
      return runDetect(rest, { registry: values.registry, model: !values['no-model'], kinds: values.kinds });
    case 'meta':
      return runMeta(rest);
    case 'links':
      if (rest[0] !== 'suggest') throw new UsageError(`unknown links subcommand "${rest[0] ?? ''}" (expected "links suggest")`);
      return runLinksSuggest(rest.slice(1), { top: values.top, registry: values.registry });
    case 'figures':
      if (rest[0] !== 'compare') throw new UsageError(`unknown figures subcommand "${rest[0] ?? ''}" (expected "figures compare")`);
      return runFiguresCompare(rest.slice(1), { registry: values.registry });
    case 'claim':
      if (rest[0] !== 'add') throw new UsageError(`unknown claim subcommand "${rest[0] ?? ''}" (expected "claim add")`);
      return runClaimAdd(rest.slice(1), values);
    case 'reanchor':
      return runReanchor(rest);
    case 'export':
      return runExport(rest, values);
    case 'matrix':
      return runMatrix(rest, values);
    case 'graph':
      return runGraph(rest, values);
    case 'import':
      if (rest.length === 0) throw new UsageError('import needs at least one file (.html, .htm, .pdf or .docx)');
      if (!values.into) throw new UsageError('import needs --into <folder>: the corpus folder for the new articles');
      // Loaded on use, from a bundle of its own (scripts/build.mjs): its converters would slow every command's start.
      // That bundle has its own copies of the error classes, so it returns exit codes rather than throwing them.
      return (await import('./commands/import')).runImport(rest, values.into);
    case 'validate':
      return runValidate(rest);
    case 'merge-driver':
      if (rest.length !== 3) throw new UsageError('merge-driver needs exactly three files: <base> <ours> <theirs>');
      return mergeDriver(rest[0]!, rest[1]!, rest[2]!);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const err = e as Error;
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`source-annotator: ${err.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (err instanceof InputError) {
      process.stderr.write(`source-annotator: ${err.message}\n`);
      process.exitCode = 3;
    } else if (err instanceof LockTimeoutError) {
      process.stderr.write(`source-annotator: ${err.message}\n`);
      process.exitCode = 4;
    } else {
      // A message, not a stack trace; SOURCE_ANNOTATOR_DEBUG=1 shows where it came from.
      process.stderr.write(`source-annotator: ${process.env.SOURCE_ANNOTATOR_DEBUG ? (err.stack ?? err.message) : err.message}\n`);
      process.exitCode = 1;
    }
  },
);
