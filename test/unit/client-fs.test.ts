import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import {
  decodeBytes,
  encodeBytes,
  FsDeleteRequest,
  FsExistsRequest,
  FsReadDirectoryRequest,
  FsReadFileRequest,
  FsWriteFileRequest,
} from '../../src/protocol/fs-protocol';
import { ClientFileSystem } from '../../src/server/client-fs';
import { MemoryFileSystem } from '../helpers/memory-fs';

/**
 * The browser build's server reads and writes only through its client. Here a real JSON-RPC connection over streams
 * stands between ClientFileSystem and a client that answers from an in-memory file system, as the extension
 * answers from workspace.fs (src/extension/fs-provider.ts).
 */
function connected(files: MemoryFileSystem): { server: Connection; client: ProtocolConnection; dispose(): void } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest(FsReadFileRequest, async ({ path }) => ({ base64: encodeBytes(await files.readFile(path)) }));
  client.onRequest(FsWriteFileRequest, ({ path, base64 }) => files.writeFile(path, decodeBytes(base64)));
  client.onRequest(FsExistsRequest, ({ path }) => files.exists(path));
  client.onRequest(FsReadDirectoryRequest, ({ path }) => files.readDirectory(path));
  client.onRequest(FsDeleteRequest, ({ path }) => files.delete(path));
  server.listen();
  client.listen();
  return { server, client, dispose: () => (client.dispose(), server.dispose()) };
}

describe('ClientFileSystem (the browser server\'s file access through the client)', () => {
  let files: MemoryFileSystem;
  let link: ReturnType<typeof connected>;
  let fs: ClientFileSystem;
  beforeEach(() => {
    files = new MemoryFileSystem();
    link = connected(files);
    fs = new ClientFileSystem(link.server);
  });
  afterEach(() => link.dispose());

  it('reads and writes bytes unchanged, binary and larger than one base64 chunk', async () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    await fs.writeFile('/ws/seeds/a.bin', bytes);
    assert.deepEqual(files.files.get('/ws/seeds/a.bin'), bytes);
    assert.deepEqual(await fs.readFile('/ws/seeds/a.bin'), bytes);
    const text = 'Pjöngjang – 1,4 Milliarden US-Dollar 🚀\n';
    await fs.writeFile('/ws/seeds/b.txt', new TextEncoder().encode(text));
    assert.equal(new TextDecoder().decode(await fs.readFile('/ws/seeds/b.txt')), text);
  });

  it('lists, checks and deletes through the client', async () => {
    await fs.writeFile('/ws/seeds/a.txt', new TextEncoder().encode('a'));
    assert.deepEqual(await fs.readDirectory('/ws/seeds'), [['a.txt', false]]);
    assert.equal(await fs.exists('/ws/seeds/a.txt'), true);
    await fs.delete('/ws/seeds/a.txt');
    assert.equal(await fs.exists('/ws/seeds/a.txt'), false);
  });

  it('a failure names the verb and the file, with the client\'s reason', async () => {
    await assert.rejects(fs.readFile('/ws/seeds/missing.txt'), /cannot read \/ws\/seeds\/missing\.txt through the editor: .*ENOENT/);
  });

  it('withLock runs critical sections on one path one after another', async () => {
    const order: string[] = [];
    const section = (name: string, ms: number) => () =>
      new Promise<void>((r) => {
        order.push(`${name}+`);
        setTimeout(() => (order.push(`${name}-`), r()), ms);
      });
    await Promise.all([fs.withLock('/ws/x', section('a', 20)), fs.withLock('/ws/x', section('b', 1))]);
    assert.deepEqual(order, ['a+', 'a-', 'b+', 'b-']);
  });
});
