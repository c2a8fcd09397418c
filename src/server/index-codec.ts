// A compact binary encoding of the persisted index: numbers as varints, every string once in a table, objects by
// their key list (a "shape") and values. JSON of 10,000 summaries was 15 MB whose decoding and parsing, then
// repacking into typed arrays, took most of a warm start; this reads them at a tenth of the cost.

const enum Tag {
  Null,
  False,
  True,
  Uint,
  NegInt,
  Float,
  Str,
  Arr,
  Obj,
  Undefined,
}

/** Writes values into 64 KB parts; strings and object shapes go to tables the reader gets first. */
export class BinaryWriter {
  readonly parts: Uint8Array[] = [];
  private buf = new Uint8Array(64 * 1024);
  private view = new DataView(this.buf.buffer);
  private at = 0;
  readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.parts.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(Math.max(64 * 1024, n));
    this.view = new DataView(this.buf.buffer);
    this.at = 0;
  }

  uint(n: number): void {
    this.room(10);
    if (n <= 0xffffffff) {
      for (; n >= 0x80; n >>>= 7) this.buf[this.at++] = (n & 0x7f) | 0x80;
      this.buf[this.at++] = n;
      return;
    }
    while (n >= 0x80) {
      this.buf[this.at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.at++] = n;
  }

  float(n: number): void {
    this.room(8);
    this.view.setFloat64(this.at, n, true);
    this.at += 8;
  }

  string(s: string): void {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.stringIds.set(s, id);
    }
    this.uint(id);
  }

  /** A string that no other place repeats (a path, a key): into the table without looking it up. */
  uniqueString(s: string): void {
    this.uint(this.strings.push(s) - 1);
  }

  uints(xs: ArrayLike<number>): void {
    this.uint(xs.length);
    for (let i = 0; i < xs.length; i++) this.uint(xs[i]!);
  }

  /** Any JSON value (and undefined). */
  value(v: unknown): void {
    if (v === null) this.uint(Tag.Null);
    else if (v === undefined) this.uint(Tag.Undefined);
    else if (v === false) this.uint(Tag.False);
    else if (v === true) this.uint(Tag.True);
    else if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
        this.uint(v >= 0 ? Tag.Uint : Tag.NegInt);
        this.uint(Math.abs(v));
      } else {
        this.uint(Tag.Float);
        this.float(v);
      }
    } else if (typeof v === 'string') {
      this.uint(Tag.Str);
      this.string(v);
    } else if (Array.isArray(v)) {
      this.uint(Tag.Arr);
      this.uint(v.length);
      for (const x of v) this.value(x);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const shape = keys.join('\u0000');
      let id = this.shapeIds.get(shape);
      if (id === undefined) {
        id = this.shapes.push(keys) - 1;
        this.shapeIds.set(shape, id);
      }
      this.uint(Tag.Obj);
      this.uint(id);
      for (const k of keys) this.value((v as Record<string, unknown>)[k]);
    } else {
      throw new Error(`cannot encode a ${typeof v}`);
    }
  }

  /** The parts written so far. */
  finish(): Uint8Array[] {
    this.parts.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(0);
    this.at = 0;
    return this.parts;
  }
}

/** Reads what BinaryWriter wrote, given its tables. Throws on bytes that end early or hold an unknown tag. */
export class BinaryReader {
  private readonly view: DataView;
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly strings: readonly string[],
    private readonly shapes: readonly (readonly string[])[],
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('the index ends early');
      const b = this.bytes[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }

  string(): string {
    const s = this.strings[this.uint()];
    if (s === undefined) throw new Error('the index names a string it does not have');
    return s;
  }

  value(): unknown {
    const tag = this.uint() as Tag;
    switch (tag) {
      case Tag.Null:
        return null;
      case Tag.Undefined:
        return undefined;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Uint:
        return this.uint();
      case Tag.NegInt:
        return -this.uint();
      case Tag.Float: {
        if (this.at + 8 > this.bytes.length) throw new Error('the index ends early');
        const n = this.view.getFloat64(this.at, true);
        this.at += 8;
        return n;
      }
      case Tag.Str:
        return this.string();
      case Tag.Arr: {
        const out = new Array<unknown>(this.uint());
        for (let i = 0; i < out.length; i++) out[i] = this.value();
        return out;
      }
      case Tag.Obj: {
        const keys = this.shapes[this.uint()];
        if (!keys) throw new Error('the index names an object shape it does not have');
        const out: Record<string, unknown> = {};
        for (const k of keys) out[k] = this.value();
        return out;
      }
      default:
        throw new Error(`unknown tag ${tag as number} in the index`);
    }
  }
}
