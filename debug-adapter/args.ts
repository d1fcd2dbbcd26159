// Validation of request arguments: every DAP request's arguments arrive as untrusted JSON. These helpers check
// presence, type and range and throw a RequestError whose message names the request and the argument; the session
// turns it into an error response and carries on.

export class RequestError extends Error {
  constructor(message: string, readonly showUser = true) {
    super(message);
  }
}

export type Args = Record<string, unknown>;

export function asArgs(command: string, value: unknown): Args {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new RequestError(`${command}: arguments must be an object`);
  return value as Args;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}` : `${typeof v} ${typeof v === 'object' ? '' : String(v)}`.trim();
}

export function requireString(command: string, args: Args, name: string, options: { nonEmpty?: boolean } = {}): string {
  const v = args[name];
  if (v === undefined) throw new RequestError(`${command}: missing argument '${name}'`);
  if (typeof v !== 'string') throw new RequestError(`${command}: '${name}' must be a string, not ${describe(v)}`);
  if (options.nonEmpty && v.trim() === '') throw new RequestError(`${command}: '${name}' must not be empty`);
  return v;
}

export function optionalString(command: string, args: Args, name: string): string | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new RequestError(`${command}: '${name}' must be a string, not ${describe(v)}`);
  return v;
}

export function requireInteger(command: string, args: Args, name: string, min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  const v = args[name];
  if (v === undefined) throw new RequestError(`${command}: missing argument '${name}'`);
  return checkInteger(command, name, v, min, max);
}

export function optionalInteger(command: string, args: Args, name: string, min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  return checkInteger(command, name, v, min, max);
}

function checkInteger(command: string, name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new RequestError(`${command}: '${name}' must be an integer, not ${describe(v)}`);
  if (v < min || v > max) throw new RequestError(`${command}: '${name}' is ${v}, out of range ${min}..${max}`);
  return v;
}

export function optionalBoolean(command: string, args: Args, name: string): boolean | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new RequestError(`${command}: '${name}' must be true or false, not ${describe(v)}`);
  return v;
}

export function requireArray(command: string, args: Args, name: string): unknown[] {
  const v = args[name];
  if (v === undefined) throw new RequestError(`${command}: missing argument '${name}'`);
  if (!Array.isArray(v)) throw new RequestError(`${command}: '${name}' must be an array, not ${describe(v)}`);
  return v;
}

export function optionalArray(command: string, args: Args, name: string): unknown[] | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new RequestError(`${command}: '${name}' must be an array, not ${describe(v)}`);
  return v;
}

export function optionalStringArray(command: string, args: Args, name: string): string[] | undefined {
  const v = optionalArray(command, args, name);
  if (!v) return undefined;
  v.forEach((item, i) => {
    if (typeof item !== 'string') throw new RequestError(`${command}: '${name}[${i}]' must be a string, not ${describe(item)}`);
  });
  return v as string[];
}

export function requireObject(command: string, args: Args, name: string): Args {
  const v = args[name];
  if (v === undefined) throw new RequestError(`${command}: missing argument '${name}'`);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RequestError(`${command}: '${name}' must be an object, not ${describe(v)}`);
  return v as Args;
}

export function elementObject(command: string, name: string, v: unknown, i: number): Args {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RequestError(`${command}: '${name}[${i}]' must be an object, not ${describe(v)}`);
  return v as Args;
}

/** Parses a memory reference: a hex (0x...) or decimal address that fits in 64 bits. */
export function parseMemoryReference(command: string, text: string): bigint {
  const t = text.trim();
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(t)) throw new RequestError(`${command}: memoryReference '${text}' is not an address (use 0x... or decimal)`);
  const v = BigInt(t);
  if (v >= 1n << 64n) throw new RequestError(`${command}: memoryReference '${text}' does not fit in 64 bits`);
  return v;
}

/** Parses a memory limit: bytes, or a number with K, M or G (binary units). */
export function parseMemoryLimit(command: string, v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  let bytes: number;
  if (typeof v === 'number') bytes = v;
  else if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:i?[bB])?\s*$/.exec(v);
    if (!m) throw new RequestError(`${command}: 'memoryLimit' must be a number of bytes or a size such as "256M", not ${describe(v)}`);
    const unit = m[2]!.toLowerCase();
    bytes = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  } else throw new RequestError(`${command}: 'memoryLimit' must be a number of bytes or a size such as "256M", not ${describe(v)}`);
  if (!Number.isFinite(bytes) || bytes < 1024 * 1024 || bytes > 64 * 1024 ** 3) {
    throw new RequestError(`${command}: 'memoryLimit' must be between 1 MiB and 64 GiB (got ${String(v)})`);
  }
  return Math.floor(bytes);
}
