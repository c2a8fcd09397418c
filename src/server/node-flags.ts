// V8 flags for the language server's process, wherever it is started (the VS Code client, the bench, other editors:
// README). Node 22 and later size the young generation from the machine's memory; on this 24 GiB machine Node 24's
// server peaked at 559 MB while indexing 10,000 articles, against 453 MB with 8 MB semi-spaces and the same time
// (`npm run bench -- index`). The index workers set their own limit (worker-pool.ts).
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
