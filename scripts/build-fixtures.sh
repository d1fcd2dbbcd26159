#!/bin/sh
# Rebuilds the committed program fixtures in test/fixtures/programs from their assembly sources with GNU as and
# ld (static executables, one static PIE, one relocatable object), then records how qemu-aarch64 -cpu max runs
# each executable (stdout, exit status) in qemu-expected.json. Tests compare the emulator with these records,
# except where Linux and qemu differ (see shared guide mte-linux.md); those tests assert Linux's behaviour.
# Needs: aarch64-linux-gnu-as, aarch64-linux-gnu-ld, qemu-aarch64, node.
set -eu
cd "$(dirname "$0")/../test/fixtures/programs"
AS="aarch64-linux-gnu-as -march=armv8.5-a+memtag"
LD=aarch64-linux-gnu-ld
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

programs="hello exit42 bss-only mte-sync mte-async prctl-readback segv-handler memory-rules faults echo-stdin hwcap-features async-spin uaccess-tags"
for p in $programs; do
  $AS "$p.s" -o "$tmp/$p.o"
  $LD -static "$tmp/$p.o" -o "$p.elf"
done
# A static position-independent executable (ET_DYN without PT_INTERP) and a relocatable object.
$AS hello.s -o hello.o
$LD -static -pie --no-dynamic-linker -z max-page-size=4096 hello.o -o hello-pie.elf

# Record qemu's behaviour: a list of runs { program, args, stdin, stdout, status } (status 128+N for signal N).
node - "$programs" <<'JS'
const { spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { constants } = require('node:os');
const runs = [];
for (const program of [...process.argv[2].split(' '), 'hello-pie']) {
  let variants = [{ args: [] }];
  if (program === 'exit42') variants = [{ args: ['first', 'second arg'] }];
  if (program === 'faults') variants = ['u', 'w', 'i', 'g', 'b', 'a', 'x'].map((a) => ({ args: [a] }));
  if (program === 'echo-stdin') variants = [{ args: [], stdin: 'hello there, stdin\nsecond line\n' }];
  for (const v of variants) {
    const r = spawnSync('qemu-aarch64', ['-cpu', 'max', `./${program}.elf`, ...v.args], { encoding: 'latin1', timeout: 20000, input: v.stdin ?? '' });
    const status = r.status !== null ? r.status : 128 + constants.signals[r.signal];
    runs.push({ program, args: v.args, stdin: v.stdin ?? '', stdout: r.stdout, status });
  }
}
writeFileSync('qemu-expected.json', JSON.stringify(runs, null, 2) + '\n');
JS
echo "fixtures rebuilt in $(pwd)"
