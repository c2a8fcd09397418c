// A loaded model's weight rows without its empty ones. Nearly two thirds of the hashed buckets have no weight for any
// label (their features never fired in training, or were pruned to 0), yet each look-up of a feature in them read a
// row of the 18 MB code array from memory: the tagger waited on memory more than it computed. Here a bit per bucket
// says whether its row holds anything, the non-empty rows lie packed in order, and a bucket's row is found by counting
// the bits before it; the bits and their counts (256 KB) stay in the processor's cache, and every empty bucket reads
// the one shared zero row.

/** Set bits in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class CodedRows {
  private constructor(
    /** The non-empty rows, width codes each, after one row of zeros (row 0). */
    readonly codes: Uint8Array,
    /** Bit b: does bucket b have a non-empty row? */
    private readonly bits: Int32Array,
    readonly buckets: number,
    readonly width: number,
  ) {
    this.before = new Int32Array(bits.length);
    let row = 1;
    for (let k = 0; k < bits.length; k++) {
      this.before[k] = row;
      row += popcount(bits[k]);
    }
  }

  /** Non-empty rows before word k of bits, plus one (the zero row). */
  private readonly before: Int32Array;

  /** From every bucket's row, width codes each (code 0 is the weight 0). */
  static pack(dense: Uint8Array, width: number): CodedRows {
    const buckets = dense.length / width;
    const bits = new Int32Array(Math.ceil(buckets / 32));
    const rows = new RowWriter(width);
    for (let b = 0; b < buckets; b++) {
      const at = b * width;
      for (let y = 0; y < width; y++) {
        if (dense[at + y] !== 0) {
          bits[b >>> 5] |= 1 << (b & 31);
          rows.add(dense.subarray(at, at + width));
          break;
        }
      }
    }
    return new CodedRows(rows.done(), bits, buckets, width);
  }

  /**
   * From the model file's version 2 weights at bytes[off…] (model-file.ts: each run of zeros as 0 and its LEB128
   * length), without expanding them to every bucket's row first. Throws when the weights end early.
   */
  static unpackZeroRuns(bytes: Uint8Array, off: number, buckets: number, width: number): CodedRows {
    const n = buckets * width;
    const bits = new Int32Array(Math.ceil(buckets / 32));
    const rows = new RowWriter(width);
    let row = 0;
    let rowOf = -1;
    let i = 0;
    while (i < n && off < bytes.length) {
      const c = bytes[off++];
      if (c !== 0) {
        const b = (i / width) | 0;
        if (b !== rowOf) {
          bits[b >>> 5] |= 1 << (b & 31);
          row = rows.next();
          rowOf = b;
        }
        rows.buf[row + i - b * width] = c;
        i++;
        continue;
      }
      let run = 0;
      for (let shift = 0; ; shift += 7) {
        const d = bytes[off++];
        run += (d & 0x7f) * 2 ** shift;
        if (d < 0x80) break;
      }
      i += run;
    }
    if (i !== n) throw new Error('truncated NER model');
    return new CodedRows(rows.done(), bits, buckets, width);
  }

  /** Offset in `codes` of bucket b's row (the zero row when it is empty). */
  offsetOf(b: number): number {
    const word = this.bits[b >>> 5];
    const bit = 1 << (b & 31);
    if ((word & bit) === 0) return 0;
    return (this.before[b >>> 5] + popcount(word & (bit - 1))) * this.width;
  }

  /** Every bucket's row again (tests, training): buckets·width codes. */
  expand(): Uint8Array {
    const out = new Uint8Array(this.buckets * this.width);
    for (let b = 0; b < this.buckets; b++) {
      const at = this.offsetOf(b);
      if (at !== 0) out.set(this.codes.subarray(at, at + this.width), b * this.width);
    }
    return out;
  }
}

/** Rows appended one after another after the zero row, in a buffer that doubles as it fills. */
class RowWriter {
  buf: Uint8Array;
  private count = 1;

  constructor(private readonly width: number) {
    this.buf = new Uint8Array(1024 * width);
  }

  /** Offset in buf of a new row of zeros to fill (buf may be replaced). */
  next(): number {
    const at = this.count++ * this.width;
    if (at + this.width > this.buf.length) {
      const more = new Uint8Array(2 * this.buf.length);
      more.set(this.buf);
      this.buf = more;
    }
    return at;
  }

  add(row: Uint8Array): void {
    const at = this.next();
    this.buf.set(row, at);
  }

  /** The rows, trimmed to their length. */
  done(): Uint8Array {
    return this.buf.slice(0, this.count * this.width);
  }
}
