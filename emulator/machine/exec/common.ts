// Shared pieces of the instruction semantics: decoded-field access, register slot mapping (XZR versus SP), and
// the Op type. Each semantics module exports builders that turn one decoded instruction into a closure.

import type { Op } from '../cpu.js';
import * as cpuModule from '../cpu.js';
import type { Cpu } from '../cpu.js';
const { SLOT_SP, SLOT_SINK, STOP_FAULT } = cpuModule;

export type { Op };
export type Fields = Readonly<Record<string, number>>;

/** Everything a builder may use: the raw fields, the word and the instruction's own address. */
export interface DecodeInput {
  readonly id: string;
  readonly f: Fields;
  readonly word: number;
  readonly pc: number;
}

export type Builder = (d: DecodeInput) => Op;

/** Field value, or a fallback for fields a form does not have (e.g. sf on a 64-bit-only form). */
export function fld(d: DecodeInput, name: string, fallback?: number): number {
  const v = d.f[name];
  if (v !== undefined) return v;
  if (fallback !== undefined) return fallback;
  throw new Error(`form ${d.id} has no field ${name}`);
}

/** Register number as a read slot where 31 is XZR. */
export function rz(n: number): number {
  return n;
}

/** Register number as a write slot where 31 is XZR (writes discarded). */
export function wz(n: number): number {
  return n === 31 ? SLOT_SINK : n;
}

/** Register number where 31 is SP (reads and writes). */
export function rsp(n: number): number {
  return n === 31 ? SLOT_SP : n;
}

export function signExtend(value: number, bits: number): number {
  const shift = 32 - bits;
  return (value << shift) >> shift;
}

/** The undefined-instruction op (UNALLOCATED, EL1-only, or not implemented). */
export function undefinedOp(word: number): Op {
  return (c: Cpu) => {
    c.raise({ kind: 'undefinedInstruction', word: word >>> 0, pc: BigInt(c.pc) });
  };
}

export function isFault(c: Cpu): boolean {
  return c.stop === STOP_FAULT;
}

/** 64-bit (or 32-bit) result writes. */
export function put64(c: Cpu, slot: number, lo: number, hi: number): void {
  c.x[2 * slot] = lo;
  c.x[2 * slot + 1] = hi;
}

export function put32(c: Cpu, slot: number, v: number): void {
  c.x[2 * slot] = v;
  c.x[2 * slot + 1] = 0;
}
