#!/usr/bin/env bash
# Regenerates test/dwarf/frame-fixtures: .eh_frame / .debug_frame sections (with their load address) of small
# programs built by GNU gcc and as, with `objdump --dwarf=frames-interp` as the expectation for
# test/dwarf/callFrame.test.ts. Needs gcc-aarch64-linux-gnu and binutils-aarch64-linux-gnu.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/dwarf/frame-fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/prog.c" <<'C'
int leaf(int x) { return x + 1; }
int mid(int x) { int a[10]; for (int i = 0; i < 10; i++) a[i] = leaf(x + i); return a[3] + a[x & 7]; }
long big(long x) { volatile long y[100]; y[5] = x; return mid((int)y[5]) + y[5]; }
void _start(void) { register long x0 asm("x0") = big(3); asm volatile("mov x8, #93; svc #0" :: "r"(x0)); for (;;) {} }
C
# -fexceptions with a cleanup: gcc names a personality routine indirectly (.cfi_personality 0x9b, through a
# DW.ref.* slot, as glibc's static libraries do) and an LSDA; the routine is a stub so that no library is needed.
cat > "$work/pers.c" <<'C'
void __gcc_personality_v0(void) {}
void _Unwind_Resume(void *e) { (void)e; for (;;) {} }
void release(int *p) { *p = 0; }
void ext(int x) { (void)x; }
int g(int x) { int v __attribute__((cleanup(release))) = x; ext(v); return x + 1; }
void _start(void) { register long x0 asm("x0") = g(3); asm volatile("mov x8, #93; svc #0" :: "r"(x0)); for (;;) {} }
C
cat > "$work/cfi.s" <<'S'
    .text
    .global _start
    .type f, %function
f:
    .cfi_startproc
    stp x29, x30, [sp, #-32]!
    .cfi_def_cfa_offset 32
    .cfi_offset 29, -32
    .cfi_offset 30, -24
    mov x29, sp
    .cfi_def_cfa_register 29
    str x19, [sp, #16]
    .cfi_offset 19, -16
    cbz x0, 1f
    .cfi_remember_state
    ldr x19, [sp, #16]
    .cfi_restore 19
    ldp x29, x30, [sp], #32
    .cfi_def_cfa 31, 0
    .cfi_restore 29
    .cfi_restore 30
    ret
1:  .cfi_restore_state
    mov x1, x0
    .cfi_register 30, 1
    .cfi_undefined 2
    .cfi_same_value 3
    .cfi_val_offset 4, -8
    ldr x19, [sp, #16]
    ldp x29, x30, [sp], #32
    .cfi_def_cfa sp, 0
    ret
    .cfi_endproc
_start:
    .cfi_startproc
    .cfi_undefined 30
    bl f
    mov x8, #93
    svc #0
    .cfi_endproc
S
build() { # name, section, then the build command
  local name=$1 section=$2; shift 2
  "$@"
  aarch64-linux-gnu-objcopy --dump-section "$section=$out/$name$section" "$work/$name" "$work/scratch"
  aarch64-linux-gnu-objdump -h "$work/$name" | awk -v s="$section" '$2 == s { print "0x" $4 }' > "$out/$name$section.address"
  (cd "$work" && aarch64-linux-gnu-objdump --dwarf=frames-interp "$name") > "$out/$name.frames.txt"
}
rm -f "$out"/*
build gcc-O2 .eh_frame aarch64-linux-gnu-gcc -O2 -nostdlib -static "$work/prog.c" -o "$work/gcc-O2"
build gcc-O0 .eh_frame aarch64-linux-gnu-gcc -O0 -nostdlib -static "$work/prog.c" -o "$work/gcc-O0"
build gcc-personality .eh_frame aarch64-linux-gnu-gcc -O0 -fexceptions -nostdlib -static "$work/pers.c" -o "$work/gcc-personality"
as_exe() { # name, then extra source lines
  local name=$1; shift
  { printf '%s\n' "$@"; cat "$work/cfi.s"; } > "$work/$name.s"
  aarch64-linux-gnu-as "$work/$name.s" -o "$work/$name.o" && aarch64-linux-gnu-ld "$work/$name.o" -o "$work/$name"
}
build as-eh .eh_frame as_exe as-eh
build as-debug .debug_frame as_exe as-debug '.cfi_sections .debug_frame'
ls "$out"
