import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../../src/core/model/json-schema';

const ROOT = join(__dirname, '..', '..');
const read = (f: string): string => readFileSync(join(ROOT, f), 'utf8');

describe('Extension manifest', () => {
  const manifest = read('package.json');
  const pkg = JSON.parse(manifest);

  it('every %placeholder% has an English and a German string', () => {
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    for (const nls of ['package.nls.json', 'package.nls.de.json']) {
      const strings = JSON.parse(read(nls));
      for (const k of keys) assert.ok(strings[k], `${nls} has "${k}"`);
    }
  });

  it('every command in src/protocol/commands.ts is contributed with a category, and vice versa', () => {
    const constants = read('src/protocol/commands.ts');
    const inCode = new Set([...constants.matchAll(/'(sourceAnnotator\.[a-zA-Z]+)'/g)].map((m) => m[1]!).filter((c) => !c.includes('documents') && !c.startsWith('sourceAnnotator.is')));
    const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string; category: string }) => (assert.ok(c.category), c.command)));
    for (const c of inCode) if (!c.match(/Foreground|Background|Border/)) assert.ok(contributed.has(c), `${c} is contributed`);
    for (const c of contributed) assert.ok(inCode.has(c), `${c} is implemented`);
  });

  it('every literal string of the extension passed to l10n.t has a German translation', () => {
    const german = JSON.parse(read('l10n/bundle.l10n.de.json'));
    const files = [
      ...readdirSync(join(ROOT, 'src', 'extension'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => `src/extension/${f}`),
      ...readdirSync(join(ROOT, 'src', 'server'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => `src/server/${f}`),
    ];
    const sources = files.map(read).join('\n');
    const literals = [...sources.matchAll(/\b(?:l10n\.)?t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
    assert.ok(literals.length > 50);
    for (const s of literals) assert.ok(german[s], `l10n/bundle.l10n.de.json translates "${s}"`);
  });

  it('engines.vscode matches @types/vscode', () => {
    assert.strictEqual(pkg.engines.vscode, pkg.devDependencies['@types/vscode']);
  });

  it('the shipped JSON Schemas are the ones generated from the zod schemas (run `npm run schemas`)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      assert.deepStrictEqual(JSON.parse(read(`media/${name}`)), schema, `media/${name} is up to date`);
    }
  });
});
