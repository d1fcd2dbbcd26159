// loadProgram (the adapter's launch step): an ELF whose section headers are damaged still runs, as Linux's execve
// runs it (it reads only the ELF and program headers), and the launch says what was lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgram } from '../../debug-adapter/loadProgram.js';
import { fixtures } from './helpers.js';

test('damaged section headers: the program loads, with a warning naming the damage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aarch64-mte-load-'));
  try {
    const bytes = Buffer.from(readFileSync(join(fixtures, 'c', 'structs.elf')));
    bytes.writeBigUInt64LE(1n << 62n, 0x28); // e_shoff far past the end of the file
    const path = join(dir, 'damaged.elf');
    writeFileSync(path, bytes);
    const r = loadProgram(path);
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.warnings.length, 1, r.warnings.join('\n'));
    assert.match(r.warnings[0]!, /^warning: .*damaged\.elf: section headers ignored/);
    const intact = loadProgram(join(fixtures, 'c', 'structs.elf'));
    assert.ok(intact.ok && intact.warnings.length === 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
