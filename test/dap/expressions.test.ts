// Unit tests of the debugger's C-like expression evaluator over a fake machine: C's rules for integer types,
// pointer arithmetic, casts, dereference and assignment splitting (expectations from the C standard's semantics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateExpression, insertBitField, numericValue, splitAssignment, type CType, type EvalEnvironment } from '../../debug-adapter/expressions.js';

const memory = new Map<bigint, number>();
function poke(address: bigint, bytes: number[]): void { bytes.forEach((b, i) => memory.set(address + BigInt(i), b)); }
poke(0x1000n, [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0xff, 0xff, 0xff, 0xff, 0x05, 0, 0, 0]);

const env: EvalEnvironment = {
  register: (name) => {
    const regs: Record<string, bigint> = { x0: 0x1000n, x1: 5n, sp: 0x7ff0n, x2: 0xffffffffffffffffn, x3: 0x0a00000000001000n };
    if (name in regs) return { value: regs[name]!, size: 8 };
    if (name === 'w1') return { value: 5n, size: 4 };
    return undefined;
  },
  symbol: (name) => (name === 'buffer' ? 0x1000n : undefined),
  readMemory: (address, size) => {
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) {
      const b = memory.get(address + BigInt(i));
      if (b === undefined) return undefined;
      v = (v << 8n) | BigInt(b);
    }
    return v;
  },
};

function value(text: string): bigint {
  const r = evaluateExpression(text, env);
  assert.ok(r.ok, `${text}: ${r.ok ? '' : r.message}`);
  return r.value.value;
}

function error(text: string): string {
  const r = evaluateExpression(text, env);
  assert.ok(!r.ok, `${text} should fail`);
  return r.message;
}

test('arithmetic follows C precedence', () => {
  assert.equal(value('1 + 2 * 3'), 7n);
  assert.equal(value('(1 + 2) * 3'), 9n);
  assert.equal(value('x1 << 4 | 1'), 0x51n);
  assert.equal(value('10 % 4 == 2 && 1'), 1n);
  assert.equal(value('0x10 - 0x20 < 0'), 1n, 'int arithmetic is signed');
});

test('registers and symbols', () => {
  assert.equal(value('x0 + 16'), 0x1010n);
  assert.equal(value('$x1'), 5n);
  assert.equal(value('buffer'), 0x1000n);
  assert.equal(value('x2 + 1'), 0n, 'uint64_t wraps');
  assert.equal(value('(x3 >> 56) & 0xf'), 0xan);
});

test('dereference and casts read memory little-endian with the pointee size', () => {
  assert.equal(value('*(uint64_t*)x0'), 0x1122334455667788n);
  assert.equal(value('*(uint32_t*)(x0 + 4)'), 0x11223344n);
  assert.equal(value('*(uint8_t*)buffer'), 0x88n);
  assert.equal(value('((uint32_t*)x0)[3]'), 5n, 'indexing scales by the element size');
  assert.equal(value('*((uint16_t*)x0 + 1)'), 0x5566n, 'pointer arithmetic scales');
  assert.equal(value('*(int32_t*)(x0 + 8)'), 0xffffffffn, 'the bit pattern of -1');
  assert.equal(value('*(int32_t*)(x0 + 8) < 0'), 1n, 'int32_t is signed');
  assert.equal(value('(uint8_t)0x1234'), 0x34n);
  assert.equal(value('(int8_t)0xff + 1'), 0n, 'sign extension after a signed narrowing cast');
});

test('errors are values with messages', () => {
  assert.match(error('*(uint64_t*)0x9000'), /cannot access memory at address 0x9000/);
  assert.match(error('nosuch + 1'), /no register or symbol named 'nosuch'/);
  assert.match(error('1 +'), /expression expected/);
  assert.match(error('(1'), /expected '\)'/);
  assert.match(error('1 / 0'), /division by zero/);
  assert.match(error(''), /expression expected/);
  assert.match(error('0x1g'), /invalid number/);
});

test('assignment is split at a top-level single =', () => {
  assert.deepEqual(splitAssignment('x0 = 5'), { target: 'x0', value: '5' });
  assert.deepEqual(splitAssignment('*(uint8_t*)(x0 + 1) = x1 == 2'), { target: '*(uint8_t*)(x0 + 1)', value: 'x1 == 2' });
  assert.equal(splitAssignment('x0 == 5'), undefined);
  assert.equal(splitAssignment('x0 <= 5'), undefined);
});

// A struct at 0x1000 seen through a cast: struct bits { unsigned lo : 3; int mid : 5; unsigned hi : 24; } (bits 0-2,
// 3-7, 8-31 of the word 0x55667788, as C lays bit-fields out on a little-endian target).
const bitsType: CType = {
  kind: 'record', name: 'struct bits', size: 4,
  member: (name) => {
    const u: CType = { kind: 'int', size: 4, signed: false, name: 'unsigned int' };
    const i: CType = { kind: 'int', size: 4, signed: true, name: 'int' };
    if (name === 'lo') return { offset: 0, type: u, bitSize: 3, bitOffset: 0 };
    if (name === 'mid') return { offset: 0, type: i, bitSize: 5, bitOffset: 3 };
    if (name === 'hi') return { offset: 0, type: u, bitSize: 24, bitOffset: 8 };
    return undefined;
  },
};
const typed: EvalEnvironment = { ...env, typeNamed: (name) => (name === 'struct bits' ? bitsType : name === 'bits_t' ? bitsType : undefined) };
const typedValue = (text: string) => {
  const r = evaluateExpression(text, typed);
  assert.ok(r.ok, `${text}: ${r.ok ? '' : r.message}`);
  return r.value;
};

test('bit-fields: unsigned and signed extraction, arithmetic in the declared type, the place to store into', () => {
  // 0x88 = 0b10001000: lo = 0b000, mid = 0b10001 = -15 (signed 5 bits); hi = 0x556677.
  assert.equal(typedValue('((struct bits *)x0)->lo').value, 0n);
  assert.equal(typedValue('((struct bits *)x0)->mid').value, BigInt.asUintN(32, -15n));
  assert.equal(typedValue('((bits_t *)x0)->hi').value, 0x556677n);
  assert.equal(typedValue('((bits_t *)x0)->mid + 1').value, BigInt.asUintN(32, -14n));
  assert.deepEqual(typedValue('((bits_t *)x0)->mid').lvalue, { kind: 'bitfield', address: 0x1000n, bitOffset: 3, bitSize: 5 });
  assert.equal(typedValue('sizeof(((bits_t *)x0)->hi)').value, 4n);
  assert.equal(insertBitField(0x88n, 3, 5, 0x1fn), 0xf8n);
  assert.equal(insertBitField(0x88n, 3, 5, 0x21n), 0x08n, 'only the low bits are stored');
  assert.match(evaluateExpression('(struct nosuch *)x0', typed).ok ? '' : (evaluateExpression('(struct nosuch *)x0', typed) as { message: string }).message, /No struct type named nosuch/);
});

test('floating point: literals, the usual arithmetic conversions, truncating casts, comparisons', () => {
  const n = (text: string) => numericValue(typedValue(text));
  assert.equal(n('1.5 + 2'), 3.5);
  assert.equal(typedValue('1.5 + 2').type.kind, 'float');
  assert.equal(n('10 / 4.0'), 2.5);
  assert.equal(n('1e3'), 1000);
  assert.equal(n('(float)1 / 3'), Math.fround(1 / 3), 'float / int stays float');
  assert.equal(n('1.0 / 3'), 1 / 3);
  assert.equal(n('2.5f * 2'), 5);
  assert.equal(typedValue('2.5f * 2').type, typedValue('(float)5').type);
  assert.equal(value('(int)-2.7'), BigInt.asUintN(32, -2n), 'truncation toward zero');
  assert.equal(value('(unsigned char)300'), 44n);
  assert.equal(value('2.5 > 2'), 1n);
  assert.equal(value('0.1 + 0.2 == 0.3'), 0n, 'binary64 arithmetic');
  assert.equal(value('!0.0'), 1n);
  assert.match(error('1.5 % 2'), /integers only/);
  assert.match(error('~1.5'), /invalid operand/);
  assert.equal(n('1.0 / 0'), Infinity);
});

test('sizeof: of base types in any spelling, of expressions by their type, of arrays before they decay', () => {
  assert.equal(value('sizeof(int)'), 4n);
  assert.equal(value('sizeof(unsigned long int)'), 8n);
  assert.equal(value('sizeof(long unsigned int)'), 8n);
  assert.equal(value('sizeof(short unsigned int)'), 2n);
  assert.equal(value('sizeof(long double)'), 16n);
  assert.equal(value('sizeof(char *)'), 8n);
  assert.equal(value('sizeof(const char)'), 1n);
  assert.equal(value('sizeof 1.5f'), 4n);
  assert.equal(value('sizeof(1 + 2)'), 4n);
  assert.equal(value('sizeof(1 + 2L)'), 8n);
  assert.equal(value('sizeof(x1)'), 8n);
  assert.equal(value('sizeof *(uint16_t *)0'), 2n, 'the operand is typed, not read');
  assert.equal(typedValue('sizeof(struct bits)').value, 4n);
  assert.equal(typedValue('sizeof(int)').type.kind === 'int' && (typedValue('sizeof(int)').type as { name: string }).name, 'int', 'gdb\'s type for sizeof');
});
