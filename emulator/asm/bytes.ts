// Small byte helpers for the assembler and the ELF writers: a growable little-endian buffer and UTF-8 coding
// (the emulator layer has no TextEncoder or Buffer).

export class ByteBuffer {
  private bytes: Uint8Array;
  /** A view of `bytes` for 64-bit values (DataView writes BigInts modulo 2^64 without making new ones). */
  private view: DataView;
  length = 0;

  constructor(initialCapacity = 256) {
    this.bytes = new Uint8Array(Math.max(16, initialCapacity));
    this.view = new DataView(this.bytes.buffer);
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  u8(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value & 0xff;
  }

  u16(value: number): void {
    this.reserve(2);
    this.bytes[this.length++] = value & 0xff;
    this.bytes[this.length++] = (value >>> 8) & 0xff;
  }

  u32(value: number): void {
    this.reserve(4);
    for (let i = 0; i < 4; i++) this.bytes[this.length++] = (value >>> (8 * i)) & 0xff;
  }

  /** Writes the low `size` bytes of a safe integer (negative values in two's complement), little-endian. */
  intNumber(value: number, size: number): void {
    this.reserve(size);
    const lo = value | 0;
    const hi = Math.floor(value / 4294967296) | 0;
    for (let i = 0; i < size; i++) this.bytes[this.length++] = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
  }

  u64(value: bigint): void {
    this.reserve(8);
    this.view.setBigUint64(this.length, value, true);
    this.length += 8;
  }

  /** Writes the low `size` bytes of `value`, little-endian. */
  uint(value: bigint, size: number): void {
    if (size === 8) { this.u64(value); return; }
    this.reserve(size);
    writeUint(this.bytes, this.length, value, size);
    this.length += size;
  }

  uleb(value: bigint | number): void {
    let v = BigInt(value);
    do {
      let byte = Number(v & 0x7fn);
      v >>= 7n;
      if (v !== 0n) byte |= 0x80;
      this.u8(byte);
    } while (v !== 0n);
  }

  sleb(value: bigint | number): void {
    let v = BigInt(value);
    for (;;) {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0);
      this.u8(done ? byte : byte | 0x80);
      if (done) return;
    }
  }

  append(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  fill(count: number, value = 0): void {
    this.reserve(count);
    this.bytes.fill(value & 0xff, this.length, this.length + count);
    this.length += count;
  }

  /** Zero-fills up to a multiple of `alignment`. */
  alignTo(alignment: number): void {
    const pad = (alignment - (this.length % alignment)) % alignment;
    this.fill(pad);
  }

  cstring(text: string): void {
    // ASCII (symbol and file names, almost always) is copied as it is; anything else is UTF-8 encoded.
    const n = text.length;
    this.reserve(n + 1);
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      this.bytes[this.length + i] = c;
    }
    if (i === n) {
      this.bytes[this.length + n] = 0;
      this.length += n + 1;
      return;
    }
    this.append(utf8Encode(text));
    this.u8(0);
  }

  patch8(offset: number, value: number): void {
    this.bytes[offset] = value & 0xff;
  }

  patch32(offset: number, value: number): void {
    for (let i = 0; i < 4; i++) this.bytes[offset + i] = (value >>> (8 * i)) & 0xff;
  }

  patchUint(offset: number, value: bigint, size: number): void {
    if (size === 8) this.view.setBigUint64(offset, value, true);
    else writeUint(this.bytes, offset, value, size);
  }

  read32(offset: number): number {
    const b = this.bytes;
    return (b[offset]! | (b[offset + 1]! << 8) | (b[offset + 2]! << 16) | (b[offset + 3]! << 24)) >>> 0;
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

export function read32(data: Uint8Array, offset: number): number {
  return (data[offset]! | (data[offset + 1]! << 8) | (data[offset + 2]! << 16) | (data[offset + 3]! << 24)) >>> 0;
}

export function write32(data: Uint8Array, offset: number, value: number): void {
  for (let i = 0; i < 4; i++) data[offset + i] = (value >>> (8 * i)) & 0xff;
}

/** Writes the low `size` (up to 8) bytes of `value`, little-endian, with two 32-bit halves (few BigInts). */
export function writeUint(data: Uint8Array, offset: number, value: bigint, size: number): void {
  const lo = Number(BigInt.asUintN(32, value));
  const hi = size > 4 ? Number(BigInt.asUintN(32, value >> 32n)) : 0;
  for (let i = 0; i < size; i++) {
    data[offset + i] = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
  }
}
