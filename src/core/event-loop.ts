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

/** Turns of the event loop that answering a message takes (read, dispatch, answer), with no slice between them. */
const TURNS_PER_MESSAGE = 4;
/** At most this many rounds of turns for a client that keeps sending: the work keeps moving while the analyst types. */
const MAX_ROUNDS = 25;

/**
 * Between two slices of work: a turn, then, while the client's messages keep coming in (`heard` counts them), the
 * turns each needs to be answered, so that no step of answering one waits for a slice.
 */
export function givingWayTo(heard: (() => number) | undefined): () => Promise<void> {
  let seen = heard?.() ?? 0;
  return async () => {
    await nextTurn(); // The client's messages are read here.
    for (let round = 0; round < MAX_ROUNDS && heard && heard() !== seen; round++) {
      seen = heard();
      for (let turn = 0; turn < TURNS_PER_MESSAGE; turn++) await nextTurn();
    }
  };
}

/** Is this JSON-RPC message a request or a notification (not an answer)? The client's calls are what work gives way to. */
export function isCall(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'method' in message;
}

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
