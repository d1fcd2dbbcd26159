// Unit tests of the debugger's C-like expression evaluator over a fake machine: C's rules for integer types,
// pointer arithmetic, casts, dereference and assignment splitting (expectations from the C standard's semantics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateExpression, splitAssignment, type EvalEnvironment } from '../../debug-adapter/expressions.js';

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
