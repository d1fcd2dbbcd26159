#!/bin/sh
# Rebuilds the comp-dir fixtures: the same sources compiled from ./build (not from the sources' folders, nor from
# the folder the executables are written to), so the line tables name files relative to DW_AT_comp_dir
# (../src/util.c, ../lib/util.c) and an include directory relative to it (../include). The prefix map makes the
# recorded compilation directory /comp-dir-fixture/build on every machine. Then records gdb-multiarch's answers
# (`info sources`: the full names it makes of the line table's files; `info line FUNC`: each function's file and
# line, and address) as the expectations of test/dwarf/compDir.test.ts.
set -e
cd "$(dirname "$0")"
here=$(pwd)
mkdir -p build
for v in 4 5; do
  (cd build && aarch64-linux-gnu-gcc -g -gdwarf-$v -O0 -static -nostdlib -fno-stack-protector \
    -fdebug-prefix-map="$here=/comp-dir-fixture" -I../include ../src/main.c ../src/util.c ../lib/util.c -o ../prog-dwarf$v.elf)
  gdb-multiarch -batch -nx -ex 'info sources' -ex 'info line _start' -ex 'info line util_src' -ex 'info line util_lib' \
    -ex 'info line shared_twice' prog-dwarf$v.elf 2>/dev/null | grep -v '^$' | grep -v 'not yet been read' | grep -v '\.elf:$' > prog-dwarf$v.gdb-sources.txt
  cat prog-dwarf$v.gdb-sources.txt
done
rmdir build
