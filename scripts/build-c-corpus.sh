#!/bin/sh
# Builds the C program corpus (test/c-programs/*.c) as static AArch64 executables with the cross gcc at -O0 and
# -O2 (and with clang when one is installed), into OUT (default: a fresh temporary folder, printed at the end).
# Programs named mte-* use the Memory Tagging Extension. Needs aarch64-linux-gnu-gcc (Debian
# gcc-aarch64-linux-gnu + libc6-dev-arm64-cross). Usage: scripts/build-c-corpus.sh [OUT] [program...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/test/c-programs"
out=${1:-$(mktemp -d)}
[ $# -gt 0 ] && shift
mkdir -p "$out"
programs=${*:-$(cd "$src" && ls *.c | sed 's/\.c$//')}
CC=aarch64-linux-gnu-gcc
FLAGS="-static -march=armv8.5-a+memtag -g"
clang=""
for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
  if command -v "$c" >/dev/null 2>&1; then clang=$c; break; fi
done
for p in $programs; do
  for opt in O0 O2; do
    $CC $FLAGS -$opt "$src/$p.c" -o "$out/$p-$opt" -lm
    if [ -n "$clang" ]; then
      # clang links with the cross toolchain's glibc through gcc's driver files.
      $clang --target=aarch64-linux-gnu $FLAGS -$opt -fuse-ld=bfd "$src/$p.c" -o "$out/$p-clang-$opt" -lm
    fi
  done
done
[ -n "$clang" ] || echo "build-c-corpus: no clang installed; gcc builds only" >&2
echo "$out"
