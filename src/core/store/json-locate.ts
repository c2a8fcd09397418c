// A small strict JSON scanner that reports where things are: the exact offset of a syntax error (the
// messages of JSON.parse differ between engines and do not always give a position) and the offset of
// the value at each path, so that schema errors can point at the offending value in a hand-edited file.

export type JsonPath = ReadonlyArray<string | number>;

export type ScanResult =
  | { ok: true; locations: Map<string, number> }
  | { ok: false; message: string; offset: number };

export const pathKey = (path: JsonPath): string => JSON.stringify(path);

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

/** Scans `text` as JSON; on success, maps each value's path (see `pathKey`) to its start offset. */
export function scanJson(text: string): ScanResult {
  const locations = new Map<string, number>();
  let i = 0;
  const fail = (message: string, at = i): never => { throw new JsonSyntaxError(message, at); };
  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string): void => {
    if (!text.startsWith(word, i)) fail(`Unexpected ${describe(i)}: expected a JSON value`);
    i += word.length;
  };
  const string = (): void => {
    const open = i++;
    for (;;) {
      if (i >= text.length) fail('Unterminated string', open);
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c === 0x0a || c === 0x0d) fail('Unterminated string (the line ends inside quotes)', open);
      if (c < 0x20) fail('Control character in string; escape it (e.g. \\t)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('Invalid \\u escape in string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('Invalid escape in string');
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) fail(`Unexpected ${describe(i)}: expected a JSON value`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (path: Array<string | number>): void => {
    ws();
    locations.set(pathKey(path), i);
    const c = text[i];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`Unexpected ${describe(i)}: expected a JSON value`);
  };
  const object = (path: Array<string | number>): void => {
    i++;
    ws();
    if (text[i] === '}') { i++; return; }
    for (let comma = -1; ; ) {
      ws();
      if (text[i] === '}' && comma >= 0) fail('Trailing comma before \'}\'', comma);
      if (text[i] !== '"') fail(`Unexpected ${describe(i)}: expected a property name in double quotes`);
      const keyStart = i;
      string();
      const key = JSON.parse(text.slice(keyStart, i)) as string;
      ws();
      if (text[i] !== ':') fail(`Unexpected ${describe(i)}: expected ':' after property name`);
      i++;
      value([...path, key]);
      ws();
      if (text[i] === ',') { comma = i++; continue; }
      if (text[i] === '}') { i++; return; }
      fail(`Unexpected ${describe(i)}: expected ',' or '}' after property value`);
    }
  };
  const array = (path: Array<string | number>): void => {
    i++;
    ws();
    if (text[i] === ']') { i++; return; }
    for (let n = 0, comma = -1; ; n++) {
      ws();
      if (text[i] === ']' && comma >= 0) fail('Trailing comma before \']\'', comma);
      value([...path, n]);
      ws();
      if (text[i] === ',') { comma = i++; continue; }
      if (text[i] === ']') { i++; return; }
      fail(`Unexpected ${describe(i)}: expected ',' or ']' after array element`);
    }
  };
  try {
    value([]);
    ws();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, locations };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/** The offset of the value at `path`, or of its nearest ancestor that exists (for a missing property). */
export function locate(locations: Map<string, number>, path: JsonPath): number {
  for (let n = path.length; n >= 0; n--) {
    const at = locations.get(pathKey(path.slice(0, n)));
    if (at !== undefined) return at;
  }
  return 0;
}

/** 1-based line and column (UTF-16 code units); CRLF and LF both end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') { line++; lineStart = k + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}
