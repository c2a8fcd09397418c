// The few assertions the browser suite needs: node:assert does not exist in a web worker extension host.
export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message}: expected ${e.slice(0, 300)}, got ${a.slice(0, 300)}`);
}

export function match(text: string, pattern: RegExp, message: string): void {
  if (!pattern.test(text)) throw new AssertionError(`${message}: ${JSON.stringify(text.slice(0, 300))} does not match ${pattern}`);
}
