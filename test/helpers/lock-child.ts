// Child process for the concurrent-writer tests, bundled once by the test.
//   lock-child hold <file>                      takes the file's lock, prints "locked", holds it until killed
//   lock-child add-actor <registry> <name>      adds an actor to the registry file under its lock, prints "added"
import { editRegistryFile } from '../../src/core/store/registry-store';
import { addActor } from '../../src/core/registry-edits';
import { NodeFileSystem } from '../../src/platform/node-fs';

const fs = new NodeFileSystem();
const [mode, path = '', name = ''] = process.argv.slice(2);

async function main(): Promise<void> {
  if (mode === 'hold') {
    await fs.withLock(path, async () => {
      process.stdout.write('locked\n');
      await new Promise(() => setInterval(() => undefined, 60_000)); // Alive until SIGKILL (the lock's own timer is unref'd).
    });
  } else if (mode === 'add-actor') {
    await editRegistryFile(fs, path, (file) => addActor(file, name, 'person'));
    process.stdout.write('added\n');
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
});
