#!/usr/bin/env bash
# Regenerates test/dwarf/fixtures: .debug_line (and .debug_line_str) sections of small programs built by GNU gcc
# and as in several DWARF versions, with GNU objdump's decoded line table as the expectation for
# test/dwarf/lineProgram.test.ts. Needs gcc-aarch64-linux-gnu and binutils-aarch64-linux-gnu.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/dwarf/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/prog.c" <<'C'
static int square(int x) { return x * x; }
static int sum_to(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += square(i);
  return s;
}
void _start(void) {
  register long x0 asm("x0") = sum_to(5) & 0x7f;
  register long x8 asm("x8") = 93;
  asm volatile("svc #0" : : "r"(x0), "r"(x8));
  for (;;) {}
}
C
cat > "$work/prog.s" <<'S'
    .text
    .global _start
_start:
    mov x0, #3
1:  subs x0, x0, #1
    b.ne 1b
    mov x8, #93
    svc #0
S
build() { # name, then the tool and its flags
  local name=$1; shift
  "$@"
  aarch64-linux-gnu-objcopy --dump-section .debug_line="$out/$name.debug_line" "$work/$name" "$work/scratch"
  if aarch64-linux-gnu-objdump -h "$work/$name" | grep -q '\.debug_line_str'; then
    aarch64-linux-gnu-objcopy --dump-section .debug_line_str="$out/$name.debug_line_str" "$work/$name" "$work/scratch"
  fi
  (cd "$work" && aarch64-linux-gnu-objdump --dwarf=decodedline "$name") > "$out/$name.decodedline.txt"
}
rm -f "$out"/*
build gcc-dwarf5-O1 aarch64-linux-gnu-gcc -g -gdwarf-5 -O1 -nostdlib -static "$work/prog.c" -o "$work/gcc-dwarf5-O1"
build gcc-dwarf4-O0 aarch64-linux-gnu-gcc -g -gdwarf-4 -O0 -nostdlib -static "$work/prog.c" -o "$work/gcc-dwarf4-O0"
build gcc-dwarf2-O2 aarch64-linux-gnu-gcc -g -gdwarf-2 -O2 -nostdlib -static "$work/prog.c" -o "$work/gcc-dwarf2-O2"
# Assembled objects are linked: in an unlinked object, DWARF 5 string offsets are only in relocations.
as_exe() { # name, as flags...
  local name=$1; shift
  aarch64-linux-gnu-as "$@" "$work/prog.s" -o "$work/$name.o" && aarch64-linux-gnu-ld "$work/$name.o" -o "$work/$name"
}
build as-dwarf5 as_exe as-dwarf5 -g --gdwarf-5
build as-dwarf3 as_exe as-dwarf3 -g --gdwarf-3
build as-dwarf2 as_exe as-dwarf2 -g --gdwarf-2
ls -l "$out"
