// The assembler's compact symbol-order records (emulator/asm/orderLog.ts): growth past their first capacity,
// removal, and the stable orders the object writer relies on (GNU as's symbol table order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MappingList, OrderKind, OrderLog } from '../../emulator/asm/orderLog.js';

test('MappingList keeps every mapping symbol past its first capacity and lists the kept ones by offset, stably', () => {
  const list = new MappingList();
  for (let i = 0; i < 1000; i++) list.add(i * 4, i % 2 === 0 ? 'x' : 'd');
  assert.equal(list.count, 1000);
  assert.equal(list.offset(999), 3996);
  assert.equal(list.kind(998), 'x');
  assert.equal(list.kind(999), 'd');
  list.remove(10);
  assert.equal(list.removed(10), true);
  assert.equal(list.removed(11), false);
  const kept = list.keptByOffset();
  assert.equal(kept.length, 999);
  assert.ok(!kept.includes(10));
  // Out of order (an alignment's padding symbols come last): sorted by offset, equal offsets in the order made.
  const odd = new MappingList();
  odd.add(8, 'x');
  odd.add(0, 'd');
  odd.add(4, 'x');
  odd.add(0, 'x');
  assert.deepEqual(odd.keptByOffset(), [1, 3, 2, 0]);
});

test('OrderLog lists entries by major, equal majors in log order, without removed ones', () => {
  const log = new OrderLog();
  const a = log.push(0, OrderKind.symbol, 'a');
  log.push(0, OrderKind.section, '.text');
  log.push(2, OrderKind.mapping, '.text', 7);
  const late = log.push(1.5, OrderKind.symbol, 'b');
  log.push(-1, OrderKind.file, 'f.c');
  log.remove(a);
  const kept = log.keptByMajor();
  assert.deepEqual(kept.map((i) => log.name(i)), ['f.c', '.text', 'b', '.text']);
  assert.equal(log.kind(kept[2]!), OrderKind.symbol);
  assert.equal(log.major(late), 1.5);
  assert.equal(log.mappingIndex(kept[3]!), 7);
  assert.equal(log.mappingIndex(kept[0]!), -1);
  // Growth past the first capacity keeps every entry.
  for (let i = 0; i < 500; i++) log.push(3 + i, OrderKind.symbol, `s${i}`);
  assert.equal(log.count, 505);
  assert.equal(log.name(504), 's499');
  assert.equal(log.keptByMajor().length, 504);
});
