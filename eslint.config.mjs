import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it must run in the CLI and in tests without VS Code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core must not import vscode; put it in src/extension.' }],
          patterns: [
            { group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'src/core knows no protocol; put it in src/server.' },
            { group: ['node:*'], message: 'src/core does no I/O of its own: use the ports in src/core/ports.ts (implemented in src/platform).' },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The server and the protocol run in a node process and in a Web Worker, and serve any LSP editor.
    files: ['src/server/**/*.ts', 'src/protocol/**/*.ts'],
    ignores: ['src/server/main.ts', 'src/server/node-entry.ts', 'src/server/index-worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The language server serves any editor: no vscode import.' }],
          patterns: [{ group: ['node:*', 'vscode-languageserver/node'], message: 'Only the node entries (src/server/main.ts, node-entry.ts, index-worker.ts) may use node APIs; the rest also runs in a Web Worker.' }],
        },
      ],
    },
  },
  {
    // The extension also runs in the browser's web worker extension host: node APIs only in the node build's pieces.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/node-main.ts', 'src/extension/node-client.ts', 'src/extension/git-setup-command.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'vscode-languageclient/node'], message: 'The extension runs in a web worker too: inject node-only pieces from src/extension/node-main.ts (see platform.ts).' },
            { group: ['**/platform/node-*', '**/platform/gunzip', '**/platform/worker-pool', '**/platform/file-lock'], message: 'Node implementations are injected by src/extension/node-main.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/host/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly' } },
  },
);
