// A bounds-checked little-endian cursor over DWARF section bytes. Reading past the end throws DwarfFormatError,
// which the section parsers catch at their public boundary and turn into an error value.

export class DwarfFormatError extends Error {}

export class ByteReader {
  private readonly view: DataView;
  offset: number;

  constructor(readonly bytes: Uint8Array, offset = 0, readonly end = bytes.length) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.offset + n > this.end) {
      throw new DwarfFormatError(`truncated ${what} at offset 0x${this.offset.toString(16)}`);
    }
  }

  u8(what = 'byte'): number {
    this.need(1, what);
    return this.bytes[this.offset++]!;
  }

  i8(what = 'byte'): number {
    const v = this.u8(what);
    return v >= 0x80 ? v - 0x100 : v;
  }

  u16(what = 'half-word'): number {
    this.need(2, what);
    const v = this.view.getUint16(this.offset, true);
    this.offset += 2;
    return v;
  }

  u32(what = 'word'): number {
    this.need(4, what);
    const v = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return v;
  }

  u64(what = 'double-word'): bigint {
    this.need(8, what);
    const v = this.view.getBigUint64(this.offset, true);
    this.offset += 8;
    return v;
  }

  /** An offset or length of the unit's format: 4 bytes in 32-bit DWARF, 8 in 64-bit DWARF. */
  offsetSized(is64: boolean, what: string): number {
    if (!is64) return this.u32(what);
    const v = this.u64(what);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new DwarfFormatError(`${what} too large at offset 0x${this.offset.toString(16)}`);
    return Number(v);
  }

  /** An address of `size` bytes. */
  address(size: number): bigint {
    switch (size) {
      case 1: return BigInt(this.u8('address'));
      case 2: return BigInt(this.u16('address'));
      case 4: return BigInt(this.u32('address'));
      case 8: return this.u64('address');
      default: throw new DwarfFormatError(`unsupported address size ${size}`);
    }
  }

  uleb(what = 'ULEB128'): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.u8(what);
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) return result;
      if (shift > 70n) throw new DwarfFormatError(`${what} too long at offset 0x${this.offset.toString(16)}`);
    }
  }

  /** A ULEB128 that must fit a JS number (indices, counts, lengths). */
  ulebNumber(what = 'ULEB128'): number {
    const v = this.uleb(what);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new DwarfFormatError(`${what} too large at offset 0x${this.offset.toString(16)}`);
    return Number(v);
  }

  sleb(what = 'SLEB128'): bigint {
    let result = 0n;
    let shift = 0n;
    let b: number;
    do {
      b = this.u8(what);
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (shift > 70n) throw new DwarfFormatError(`${what} too long at offset 0x${this.offset.toString(16)}`);
    } while (b & 0x80);
    if (b & 0x40) result -= 1n << shift;
    return result;
  }

  /** A NUL-terminated string, decoded as UTF-8. */
  cstring(what = 'string'): string {
    const start = this.offset;
    while (this.offset < this.end && this.bytes[this.offset] !== 0) this.offset++;
    if (this.offset >= this.end) throw new DwarfFormatError(`unterminated ${what} at offset 0x${start.toString(16)}`);
    const s = decodeUtf8(this.bytes.subarray(start, this.offset));
    this.offset++;
    return s;
  }

  skip(n: number, what = 'bytes'): void {
    this.need(n, what);
    this.offset += n;
  }
}

/** The NUL-terminated string at `offset` of a string section (.debug_str, .debug_line_str). */
export function stringAt(section: Uint8Array | undefined, offset: number, sectionName: string): string {
  if (!section) throw new DwarfFormatError(`reference to ${sectionName}, which is missing`);
  if (offset < 0 || offset >= section.length) throw new DwarfFormatError(`offset 0x${offset.toString(16)} outside ${sectionName}`);
  return new ByteReader(section, offset).cstring(`${sectionName} string`);
}

/** UTF-8 decoding without TextDecoder (the emulator layer has no DOM or Node globals). */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let cp: number;
    let extra: number;
    if (b < 0x80) { cp = b; extra = 0; }
    else if (b >= 0xc0 && b < 0xe0) { cp = b & 0x1f; extra = 1; }
    else if (b >= 0xe0 && b < 0xf0) { cp = b & 0x0f; extra = 2; }
    else if (b >= 0xf0 && b < 0xf8) { cp = b & 0x07; extra = 3; }
    else { out += '\ufffd'; i++; continue; }
    let ok = true;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) { out += '\ufffd'; i++; continue; }
    out += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return out;
}
