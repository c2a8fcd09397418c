// Long work on a thread that also answers requests (the language server's) runs in slices, with a turn of the event
// loop between them: a request waits for one slice per turn it takes to answer.

/** Longest slice of work between two turns. */
export const SLICE_MS = 5;

/**
 * The next turn of the event loop: setImmediate where there is one (node: it runs right after pending I/O;
 * setTimeout(0) waits a millisecond, a sixth of a thread yielding every 5 ms), else a message to itself (the browser
 * build's Web Worker, where nested timeouts wait 4 ms each; a message waits only behind those already queued, the
 * client's among them).
 */
export const nextTurn: () => Promise<void> = typeof setImmediate === 'function' ? () => new Promise((r) => setImmediate(r)) : selfMessageTurn();

function selfMessageTurn(): () => Promise<void> {
  // The Web Worker's MessageChannel (node's typings describe its own, an event emitter).
  const { port1, port2 } = new MessageChannel() as unknown as { port1: { onmessage: () => void }; port2: { postMessage(message: unknown): void } };
  const waiting: Array<() => void> = [];
  port1.onmessage = () => waiting.shift()?.();
  return () => new Promise((r) => {
    waiting.push(r);
    port2.postMessage(undefined);
  });
}
