// Runs the built CLI (dist/cli.js) as a user would, for the CLI tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_ANNOTATOR_AUTHOR: 'cli-test' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
