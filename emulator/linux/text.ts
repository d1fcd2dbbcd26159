// Text and little-endian helpers for the kernel layer, which has no TextEncoder, TextDecoder or Buffer.

/** UTF-8 bytes of a string plus a terminating NUL (no TextEncoder in the pure layer). */
export function cString(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else { out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)); c = 0; }
  }
  out.push(0);
  return Uint8Array.from(out);
}

/** Decodes UTF-8 (lossy) without TextDecoder, which the pure layer does not have. */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) { out += String.fromCharCode(b); continue; }
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (extra < 0 || i + extra > bytes.length - 1) { out += '\ufffd'; continue; }
    let code = b & (0x3f >> extra);
    let ok = true;
    for (let j = 1; j <= extra; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) { ok = false; break; }
      code = (code << 6) | (c & 0x3f);
    }
    if (!ok) { out += '\ufffd'; continue; }
    out += String.fromCodePoint(code);
    i += extra;
  }
  return out;
}

/** UTF-8 bytes of a string without a terminator. */
export function utf8(text: string): Uint8Array {
  return cString(text).subarray(0, -1);
}

/** A little-endian buffer writer for kernel structures (stat, timespec, utsname...). */
export class StructWriter {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u32(offset: number, value: number): this { this.view.setUint32(offset, value >>> 0, true); return this; }
  i32(offset: number, value: number): this { this.view.setInt32(offset, value | 0, true); return this; }
  u64(offset: number, value: bigint | number): this { this.view.setBigUint64(offset, BigInt.asUintN(64, BigInt(value)), true); return this; }
  text(offset: number, value: string, max: number): this { this.bytes.set(cString(value).subarray(0, max), offset); return this; }
}

/** A struct timespec of `ns` nanoseconds. */
export function timespecBytes(ns: bigint): Uint8Array {
  return new StructWriter(16).u64(0, ns / 1_000_000_000n).u64(8, ns % 1_000_000_000n).bytes;
}

/** A struct timespec's nanoseconds; undefined when it is not a valid one (tv_sec < 0, tv_nsec outside [0, 1e9)). */
export function timespecNanoseconds(bytes: Uint8Array): bigint | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  const sec = view.getBigInt64(0, true);
  const nsec = view.getBigInt64(8, true);
  if (sec < 0n || nsec < 0n || nsec >= 1_000_000_000n) return undefined;
  return sec * 1_000_000_000n + nsec;
}

/** Reads a little-endian u64 from a byte array. */
export function readU64(bytes: Uint8Array, offset: number): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, true);
}
