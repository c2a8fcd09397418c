// Child process for the fault-injection test: rewrites one sidecar as fast as it can through the node
// FileSystem port, with sizes varying up to ~1 MB so that a SIGKILL often lands in the middle of a write.
// Usage: atomic-writer <sidecar path> <seed>. Prints "ready" once the first write has completed.
import { NodeFileSystem } from '../../src/platform/node-fs';
import { serializeSidecar } from '../../src/core/store/serialize';
import { rng } from './prng';
import { claimOn, sidecarOf } from './sidecars';

async function main(path: string, seed: number): Promise<void> {
  const fs = new NodeFileSystem();
  const random = rng(seed);
  const template = claimOn('Der Kreml schwieg.', 'x');
  // Payloads prepared up front, so that the loop's time is spent writing, where the kills should land.
  const payloads = Array.from({ length: 2 }, (_, p) => {
    const count = random.int(100, 800);
    const annotations = Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `${p}-${String(i).padStart(5, '0')}`,
      body: { ...template.body, note: `payload ${p}, annotation ${i} of ${count}` },
    }));
    return new TextEncoder().encode(serializeSidecar(sidecarOf(...annotations)));
  });
  for (let round = 0; ; round++) {
    await fs.writeFile(path, payloads[round % payloads.length]);
    if (round === 0) process.stdout.write('ready\n');
  }
}

main(process.argv[2] ?? '', Number(process.argv[3] ?? 1)).catch((e: unknown) => {
  process.stderr.write(String(e) + '\n');
  process.exitCode = 1;
});
