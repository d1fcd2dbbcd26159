#!/usr/bin/env bash
# Regenerates test/dwarf/info-fixtures: a small C program (vars.c) built by GNU gcc as static executables in
# several DWARF versions and optimisation levels, with the outside references test/dwarf/info.test.ts and
# debugModel.test.ts compare against: `objdump --dwarf=info` (the DIE trees) and gdb's static answers (types,
# variable locations, values of initialised globals), read from the executables without running them.
# Needs gcc-aarch64-linux-gnu, binutils-aarch64-linux-gnu and gdb-multiarch.
set -euo pipefail
cd "$(dirname "$0")/../test/dwarf/info-fixtures"
build() { # name, gcc flags...
  local name=$1; shift
  aarch64-linux-gnu-gcc "$@" -nostdlib -static vars.c -o "$name.elf"
  aarch64-linux-gnu-objdump --dwarf=info "$name.elf" | sed 1,2d > "$name.info.txt"
  gdb-multiarch -batch -nx \
    -ex 'print origin' -ex 'print message' -ex 'print counter' -ex 'print ratio' -ex 'print favourite' \
    -ex 'print sizeof(origin)' -ex 'whatis origin' -ex 'whatis origin.tag' -ex 'whatis message' \
    -ex 'whatis counter' -ex 'whatis accumulate' -ex 'ptype struct point' -ex 'ptype enum color' \
    -ex 'info scope _start' -ex 'info scope accumulate' "$name.elf" > "$name.gdb.txt" 2>&1 || true
}
build gcc-O0 -g -O0
build gcc-O2 -g -O2
build gcc-dwarf4-O0 -g -gdwarf-4 -O0
# Type units: structs, unions and enums in .debug_types (DWARF 4) or in DW_UT_type units of .debug_info (DWARF 5),
# named by DW_FORM_ref_sig8 signatures.
build gcc-types4-O0 -g -gdwarf-4 -fdebug-types-section -O0
build gcc-types5-O0 -g -gdwarf-5 -fdebug-types-section -O0
# Value formatting: every global of values.c printed by gdb.
aarch64-linux-gnu-gcc -g -O0 -nostdlib -static values.c -o values.elf
globals=$(sed -n 's/^[^/(]*[ *]\([a-z_]*\)\(\[[0-9]*\]\)*\( : [0-9]\)* = .*;$/\1/p; s/^int zeros\[16\];$/zeros/p' values.c)
args=()
for g in $globals; do args+=(-ex "print $g"); done
gdb-multiarch -batch -nx "${args[@]}" values.elf > values.gdb.txt 2>&1 || true
echo "$globals" > values.names.txt
ls -l
