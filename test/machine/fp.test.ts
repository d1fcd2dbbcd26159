// Soft-float helpers (emulator/machine/fp.ts) against the host's IEEE 754 arithmetic: JavaScript numbers are
// binary64 with round-to-nearest-even, and Math.fround rounds a double to binary32 (single-precision +, -, *, /
// and sqrt computed in double and rounded once more are correctly rounded, so they are a reference too). Flags
// and the other rounding modes are checked on values whose answers follow from the IEEE definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fp from '../../emulator/machine/fp.js';

const buf = new DataView(new ArrayBuffer(8));
const dbits = (x: number): bigint => { buf.setFloat64(0, x); return buf.getBigUint64(0); };
const sbits = (x: number): bigint => { buf.setFloat32(0, x); return BigInt(buf.getUint32(0)); };
const env = (fpcr = 0) => ({ fpcr, fpsr: 0 });

let seed = 0x9e3779b9;
function rnd(): number {
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function randomDouble(): number {
  buf.setUint32(0, rnd());
  buf.setUint32(4, rnd());
  // Keep exponents moderate half of the time so results are mostly finite.
  if (rnd() & 1) buf.setUint16(0, (buf.getUint16(0) & 0x800f) | ((0x3f0 + (rnd() % 0x20)) << 4));
  return buf.getFloat64(0);
}
const sameNumber = (a: bigint, b: bigint, isNaN: boolean): boolean => (isNaN ? true : a === b);

test('double add, sub, mul, div, sqrt agree with the host (round to nearest even)', () => {
  for (let i = 0; i < 20000; i++) {
    const a = randomDouble(), b = randomDouble();
    const A = dbits(a), B = dbits(b);
    const checks: [string, bigint, number][] = [
      ['add', fp.add(A, B, fp.D, env()), a + b],
      ['sub', fp.sub(A, B, fp.D, env()), a - b],
      ['mul', fp.mul(A, B, fp.D, env()), a * b],
      ['div', fp.div(A, B, fp.D, env()), a / b],
      ['sqrt', fp.sqrt(A, fp.D, env()), Math.sqrt(a)],
    ];
    for (const [name, ours, host] of checks) {
      assert.ok(sameNumber(ours, dbits(host), Number.isNaN(host)), `${name}(${a}, ${b}): ours 0x${ours.toString(16)} host ${host}`);
    }
  }
});

test('single add, sub, mul, div, sqrt agree with Math.fround of the double result', () => {
  for (let i = 0; i < 20000; i++) {
    const a = Math.fround(randomDouble() * 2 ** ((rnd() % 40) - 20)), b = Math.fround(randomDouble());
    const A = sbits(a), B = sbits(b);
    const checks: [string, bigint, number][] = [
      ['add', fp.add(A, B, fp.S, env()), Math.fround(a + b)],
      ['sub', fp.sub(A, B, fp.S, env()), Math.fround(a - b)],
      ['mul', fp.mul(A, B, fp.S, env()), Math.fround(a * b)],
      ['div', fp.div(A, B, fp.S, env()), Math.fround(a / b)],
      ['sqrt', fp.sqrt(A, fp.S, env()), Math.fround(Math.sqrt(a))],
    ];
    for (const [name, ours, host] of checks) {
      assert.ok(sameNumber(ours, sbits(host), Number.isNaN(host)), `${name}(${a}, ${b}): ours 0x${ours.toString(16)} host ${host}`);
    }
  }
});

test('inexact, overflow, underflow, divide-by-zero and invalid flags', () => {
  let e = env();
  assert.equal(fp.add(dbits(0.1), dbits(0.2), fp.D, e), dbits(0.1 + 0.2));
  assert.equal(e.fpsr, fp.FPSR_IXC);
  e = env();
  assert.equal(fp.add(dbits(1), dbits(2), fp.D, e), dbits(3));
  assert.equal(e.fpsr, 0);
  e = env();
  assert.equal(fp.mul(dbits(1e300), dbits(1e300), fp.D, e), dbits(Infinity));
  assert.equal(e.fpsr, fp.FPSR_OFC | fp.FPSR_IXC);
  e = env(fp.RZ << 22);
  assert.equal(fp.mul(dbits(1e300), dbits(1e300), fp.D, e), dbits(Number.MAX_VALUE));
  e = env();
  assert.equal(fp.mul(dbits(1e-300), dbits(1e-300), fp.D, e), 0n);
  assert.equal(e.fpsr, fp.FPSR_UFC | fp.FPSR_IXC);
  e = env();
  assert.equal(fp.div(dbits(1), dbits(-0), fp.D, e), dbits(-Infinity));
  assert.equal(e.fpsr, fp.FPSR_DZC);
  e = env();
  assert.equal(fp.sub(dbits(Infinity), dbits(Infinity), fp.D, e), fp.defaultNaN(fp.D));
  assert.equal(e.fpsr, fp.FPSR_IOC);
  // An exact denormal result raises no underflow.
  e = env();
  assert.equal(fp.mul(dbits(2 ** -1060), dbits(2), fp.D, e), dbits(2 ** -1059));
  assert.equal(e.fpsr, 0);
});

test('rounding modes, signed zeros and ties', () => {
  const third = (r: number) => fp.div(sbits(1), sbits(3), fp.S, env(r << 22));
  assert.equal(third(fp.RN), sbits(Math.fround(1 / 3)));
  assert.equal(third(fp.RP) - third(fp.RM), 1n);
  assert.equal(third(fp.RZ), third(fp.RM));
  assert.equal(fp.add(dbits(1), dbits(-1), fp.D, env(fp.RM << 22)), dbits(-0));
  assert.equal(fp.add(dbits(1), dbits(-1), fp.D, env()), 0n);
  assert.equal(fp.add(dbits(-0), dbits(-0), fp.D, env()), dbits(-0));
  assert.equal(fp.roundInt(dbits(2.5), fp.D, fp.RN, false, env()), dbits(2));
  assert.equal(fp.roundInt(dbits(2.5), fp.D, fp.RA, false, env()), dbits(3));
  assert.equal(fp.roundInt(dbits(-2.5), fp.D, fp.RA, false, env()), dbits(-3));
  assert.equal(fp.roundInt(dbits(-0.4), fp.D, fp.RN, false, env()), dbits(-0));
  assert.equal(fp.roundInt(dbits(-1.5), fp.D, fp.RP, false, env()), dbits(-1));
  const e = env();
  assert.equal(fp.roundInt(dbits(1.25), fp.D, fp.RM, true, e), dbits(1));
  assert.equal(e.fpsr, fp.FPSR_IXC);
});

test('NaN propagation, quieting, default NaN, FMAXNM', () => {
  const snan = 0x7ff0000000000001n, qnan = 0x7ff8000000000002n;
  let e = env();
  assert.equal(fp.add(dbits(1), snan, fp.D, e), 0x7ff8000000000001n);
  assert.equal(e.fpsr, fp.FPSR_IOC);
  e = env();
  assert.equal(fp.add(qnan, snan, fp.D, e), 0x7ff8000000000001n, 'a signalling NaN wins over an earlier quiet NaN');
  e = env(1 << 25);
  assert.equal(fp.add(qnan, dbits(1), fp.D, e), fp.defaultNaN(fp.D));
  assert.equal(fp.maxMinNum(qnan, dbits(-5), fp.D, env(), true), dbits(-5));
  assert.equal(fp.maxMinNum(qnan, dbits(-5), fp.D, env(), false), dbits(-5));
  assert.equal(fp.maxMin(dbits(-0), dbits(0), fp.D, env(), true), 0n);
  assert.equal(fp.maxMin(dbits(-0), dbits(0), fp.D, env(), false), dbits(-0));
});

test('fused multiply-add rounds once', () => {
  // (1 + 2^-52)^2 - 1 needs the exact product: 2^-51 + 2^-104.
  const x = dbits(1 + 2 ** -52);
  assert.equal(fp.mulAdd(dbits(-1), x, x, fp.D, env()), dbits(2 ** -51 + 2 ** -104));
  // Inf * 0 + qNaN is the default NaN with Invalid Operation.
  const e = env();
  assert.equal(fp.mulAdd(0x7ff8000000000005n, dbits(Infinity), 0n, fp.D, e), fp.defaultNaN(fp.D));
  assert.equal(e.fpsr, fp.FPSR_IOC);
});

test('flush to zero: denormal inputs (IDC) and tiny results (UFC)', () => {
  const fz = 1 << 24;
  let e = env(fz);
  assert.equal(fp.add(dbits(2 ** -1070), dbits(0), fp.D, e), 0n);
  assert.equal(e.fpsr, fp.FPSR_IDC);
  e = env(fz);
  assert.equal(fp.mul(dbits(2 ** -600), dbits(2 ** -430), fp.D, e), 0n);
  assert.equal(e.fpsr, fp.FPSR_UFC);
});

test('conversions: to integer with saturation, from integer, precision', () => {
  let e = env();
  assert.equal(fp.toFixed(dbits(-1.5), fp.D, 0, false, 32, fp.RN, e), 0xfffffffen);
  assert.equal(e.fpsr, fp.FPSR_IXC);
  e = env();
  assert.equal(fp.toFixed(dbits(3e10), fp.D, 0, false, 32, fp.RZ, e), 0x7fffffffn);
  assert.equal(e.fpsr, fp.FPSR_IOC);
  e = env();
  assert.equal(fp.toFixed(dbits(-1), fp.D, 0, true, 64, fp.RZ, e), 0n);
  assert.equal(e.fpsr, fp.FPSR_IOC);
  assert.equal(fp.toFixed(dbits(1.75), fp.D, 2, false, 32, fp.RZ, env()), 7n);
  assert.equal(fp.fromFixed(0xffffffffffffffffn, 64, 0, true, fp.D, fp.RN, env()), dbits(2 ** 64));
  assert.equal(fp.fromFixed(0xffffffffffffffffn, 64, 0, false, fp.D, fp.RN, env()), dbits(-1));
  assert.equal(fp.fromFixed(3n, 32, 1, false, fp.S, fp.RN, env()), sbits(1.5));
  assert.equal(fp.convert(dbits(0.1), fp.D, fp.S, fp.RN, env()), sbits(Math.fround(0.1)));
  assert.equal(fp.convert(sbits(65520), fp.S, fp.H, fp.RN, env()), 0x7c00n);
  assert.equal(fp.convert(0x3c00n, fp.H, fp.D, fp.RN, env()), dbits(1));
  // Alternative half precision: exponent 31 is a normal number.
  assert.equal(fp.convert(0x7c00n, fp.H, fp.S, fp.RN, env(1 << 26)), sbits(65536));
  assert.equal(fp.expandImm(0x70, fp.D), dbits(1));
  assert.equal(fp.expandImm(0xf8, fp.S), sbits(-1.5));
});

test('the fast path (plain JavaScript arithmetic) gives the results and flags of the exact path, or declines', () => {
  const ops = [fp.add, fp.sub, fp.mul, fp.div];
  let taken = 0;
  for (let i = 0; i < 40000; i++) {
    const single = (i & 1) === 1;
    const a = single ? Math.fround(randomDouble()) : randomDouble(), b = single ? Math.fround(randomDouble() * 2 ** ((rnd() % 60) - 30)) : randomDouble();
    const op = rnd() % 4;
    const fast = env();
    const r = fp.fastArith(op, a, b, single, fast);
    if (r === undefined) continue;
    taken++;
    const exact = env();
    const f = single ? fp.S : fp.D;
    const want = ops[op]!(single ? sbits(a) : dbits(a), single ? sbits(b) : dbits(b), f, exact);
    assert.equal(single ? sbits(r) : dbits(r), want, `op ${op} (${a}, ${b}) single=${single}`);
    assert.equal(fast.fpsr, exact.fpsr, `flags of op ${op} (${a}, ${b}) single=${single}`);
  }
  assert.ok(taken > 20000, `fast path taken ${taken} times`);
});
