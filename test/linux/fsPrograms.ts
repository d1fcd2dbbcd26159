// Assembly programs for the file-system tests (test/linux/fsPrograms.test.ts under the emulator, and
// test/oracle/fsQemu.test.ts against qemu-aarch64). Each prints the result of every system call it makes as a
// signed decimal line (a negative number is -errno), so outputs compare line by line. `sameAsLinux` programs
// behave identically under qemu-user (which forwards to the host kernel); the others test the sandbox, where
// the expectations come from the Linux ABI (errno values of include/uapi/asm-generic/errno-base.h).

/** Shared prologue: `pr` prints x0 as a decimal line (keeping x0-x2 and x8); SYS makes system call NR; CALL = SYS then pr. */
const LIB = String.raw`
        .macro  SYS nr
        mov     x8, #\nr
        svc     #0
        .endm
        .macro  CALL nr
        mov     x8, #\nr
        svc     #0
        bl      pr
        .endm
        .text
pr:     stp     x0, x30, [sp, #-96]!
        stp     x1, x2, [sp, #64]
        str     x8, [sp, #80]
        mov     x9, x0
        add     x10, sp, #63
        mov     w11, #10
        strb    w11, [x10]
        mov     x12, #0
        cmp     x9, #0
        b.ge    1f
        neg     x9, x9
        mov     x12, #1
1:      mov     x13, #10
2:      udiv    x14, x9, x13
        msub    x15, x14, x13, x9
        add     w15, w15, #48
        sub     x10, x10, #1
        strb    w15, [x10]
        mov     x9, x14
        cbnz    x9, 2b
        cbz     x12, 3f
        mov     w15, #45
        sub     x10, x10, #1
        strb    w15, [x10]
3:      mov     x0, #1
        mov     x1, x10
        add     x2, sp, #64
        sub     x2, x2, x10
        mov     x8, #64
        svc     #0
        ldp     x1, x2, [sp, #64]
        ldr     x8, [sp, #80]
        ldp     x0, x30, [sp], #96
        ret
`;

export interface FsProgram {
  readonly name: string;
  readonly source: string;
  /** Same behaviour under qemu-user as under Linux (so the oracle compares them). */
  readonly sameAsLinux: boolean;
}

/** Files in the working directory (argv[1], entered with chdir): create, write, read, stat, rename, remove. */
const files = LIB + String.raw`
        .global _start
_start: ldr     x0, [sp, #16]           // argv[1]
        CALL    49                      // chdir
        mov     x0, #-100
        adr     x1, out
        mov     x2, #0x241              // O_WRONLY|O_CREAT|O_TRUNC
        mov     x3, #420                // 0644
        CALL    56
        mov     x19, x0
        adr     x1, text
        mov     x2, #11
        CALL    64                      // write
        mov     x0, x19
        CALL    57                      // close
        mov     x0, x19
        CALL    57                      // close again: EBADF
        mov     x0, #-100
        adr     x1, out
        mov     x2, #2                  // O_RDWR
        CALL    56
        mov     x19, x0
        adr     x1, buf
        mov     x2, #4
        CALL    63                      // read 4
        mov     x0, x19
        mov     x1, #0
        mov     x2, #2
        CALL    62                      // lseek end
        mov     x0, x19
        adr     x1, buf
        mov     x2, #3
        mov     x3, #6
        CALL    67                      // pread at 6
        mov     x0, x19
        adr     x1, buf
        mov     x2, #2
        mov     x3, #20
        CALL    68                      // pwrite past the end (a hole)
        mov     x0, x19
        adr     x1, st
        CALL    80                      // fstat
        ldr     x0, [x1, #48]
        bl      pr                      // st_size
        mov     x0, x19
        mov     x1, #5
        CALL    46                      // ftruncate 5
        mov     x0, #-100
        adr     x1, out
        adr     x2, st
        mov     x3, #0
        CALL    79                      // newfstatat
        ldr     x0, [x2, #48]
        bl      pr
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #493
        CALL    34                      // mkdirat d
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #493
        CALL    34                      // again: EEXIST
        mov     x0, #-100
        adr     x1, out
        mov     x2, #-100
        adr     x3, moved
        CALL    38                      // renameat out.txt -> d/moved
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #0x200
        CALL    35                      // rmdir d: ENOTEMPTY
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #0
        CALL    35                      // unlink d: EISDIR
        mov     x0, #-100
        adr     x1, out
        mov     x2, #0
        CALL    56                      // open the old name: ENOENT
        mov     x0, #-100
        adr     x1, moved
        mov     x2, #0x4000
        CALL    56                      // O_DIRECTORY on a file: ENOTDIR
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #1
        CALL    56                      // a directory for writing: EISDIR
        mov     x0, #-100
        adr     x1, moved
        mov     x2, #0
        CALL    35                      // unlink d/moved
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #0x200
        CALL    35                      // rmdir d
        mov     x0, #-100
        adr     x1, dir
        mov     x2, #0
        CALL    48                      // faccessat: ENOENT
        adr     x0, buf
        mov     x1, #1
        CALL    17                      // getcwd with 1 byte: ERANGE
        mov     x0, #0
        SYS     93
        .data
out:    .asciz  "out.txt"
dir:    .asciz  "d"
moved:  .asciz  "d/moved"
text:   .ascii  "hello file\n"
        .balign 16
buf:    .space  64
st:     .space  128
`;

/** A pipe inside one process, dup/dup3/fcntl, and errors of descriptors that are not files. */
const pipes = LIB + String.raw`
        .global _start
_start: adr     x0, fds
        mov     x1, #0x800              // O_NONBLOCK
        CALL    59                      // pipe2
        adr     x9, fds
        ldr     w19, [x9]
        ldr     w20, [x9, #4]
        mov     x0, x19
        adr     x1, buf
        mov     x2, #8
        CALL    63                      // read an empty pipe: EAGAIN
        mov     x0, x20
        adr     x1, msg
        mov     x2, #5
        CALL    64                      // write 5
        mov     x0, x19
        adr     x1, buf
        mov     x2, #3
        CALL    63                      // read 3
        mov     x0, x19
        mov     x1, #0
        mov     x2, #0
        CALL    62                      // lseek: ESPIPE
        mov     x0, x19
        mov     x1, #0x5401
        adr     x2, buf
        CALL    29                      // TCGETS: ENOTTY
        mov     x0, x19
        mov     x1, #3
        CALL    25                      // F_GETFL
        mov     x0, x20
        CALL    23                      // dup
        mov     x21, x0
        mov     x0, x20
        CALL    57                      // close the write end (the dup keeps it open)
        mov     x0, x21
        mov     x1, #30
        mov     x2, #0x80000
        CALL    24                      // dup3 to 30 with O_CLOEXEC
        mov     x0, #30
        mov     x1, #1
        CALL    25                      // F_GETFD: FD_CLOEXEC
        mov     x0, x21
        CALL    57
        mov     x0, #30
        CALL    57                      // the last write end
        mov     x0, x19
        adr     x1, buf
        mov     x2, #8
        CALL    63                      // the remaining 2 bytes
        mov     x0, x19
        adr     x1, buf
        mov     x2, #8
        CALL    63                      // end of file: 0
        mov     x0, x19
        mov     x1, #99
        mov     x2, #0
        CALL    24                      // dup3 to 99
        mov     x0, #99
        mov     x1, #99
        mov     x2, #0
        CALL    24                      // dup3 onto itself: EINVAL
        mov     x0, #77
        CALL    23                      // dup of a closed descriptor: EBADF
        mov     x0, #0
        SYS     93
        .data
msg:    .ascii  "pipes"
        .balign 8
fds:    .space  8
buf:    .space  16
`;

/** Paths that try to leave the sandbox: argv[1] is a root whose parent holds outside/secret.txt. */
const escapes = LIB + String.raw`
        .global _start
_start: ldr     x0, [sp, #16]
        CALL    49                      // chdir argv[1]
        adr     x19, paths
1:      ldrb    w9, [x19]
        cbz     w9, 2f
        mov     x0, #-100
        mov     x1, x19
        mov     x2, #0
        CALL    56                      // openat(path, O_RDONLY)
3:      ldrb    w9, [x19], #1           // next string
        cbnz    w9, 3b
        b       1b
2:      mov     x0, #-100
        adr     x1, create
        mov     x2, #0x41
        mov     x3, #420
        CALL    56                      // create through a link to outside: ENOENT
        mov     x0, #-100
        adr     x1, here
        mov     x2, #0x41
        mov     x3, #420
        CALL    56                      // create in the read-only root: EROFS
        mov     x0, #0
        SYS     93
        .data
paths:  .asciz  "../outside/secret.txt"
        .asciz  "/etc/passwd"
        .asciz  "link-out"
        .asciz  "up/outside/secret.txt"
        .asciz  "../../../../../../../../etc/passwd"
        .asciz  "inside.txt"
        .byte   0
create: .asciz  "dir-out/new.txt"
here:   .asciz  "new.txt"
`;

/**
 * memfd_create + mmap(PROT_MTE, MAP_SHARED): allowed, and tag-checked (Linux); the same on a file of a root:
 * EINVAL. Then a sync tag-check fault through the memfd mapping (SIGSEGV, exit status 139).
 */
const memfdMte = LIB + String.raw`
        .arch_extension memtag
        .global _start
_start: mov     x0, #55
        mov     x1, #0x3                // PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC
        orr     x1, x1, #(0xfffe << 3)
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        CALL    167                     // prctl
        adr     x0, name
        mov     x1, #0
        CALL    279                     // memfd_create
        mov     x19, x0
        mov     x1, #4096
        CALL    46                      // ftruncate
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23               // PROT_READ|PROT_WRITE|PROT_MTE
        mov     x3, #1                  // MAP_SHARED
        mov     x4, x19
        mov     x5, #0
        SYS     222
        mov     x20, x0
        cmp     x0, #0
        cset    x0, gt
        bl      pr                      // 1: mapped
        ldr     x1, [sp, #16]
        mov     x0, #-100
        mov     x2, #0
        SYS     56                      // openat argv[1] (a file of a root)
        mov     x4, x0
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x21               // PROT_READ|PROT_MTE
        mov     x3, #2                  // MAP_PRIVATE
        mov     x5, #0
        CALL    222                     // EINVAL
        mov     x0, x20
        mov     x1, #(3 << 56)
        orr     x0, x0, x1              // logical tag 3
        stg     x0, [x0]
        mov     x1, #42
        str     x1, [x0]                // tags match
        ldr     x0, [x0]
        bl      pr                      // 42
        str     x1, [x20]               // logical tag 0 on tag 3: SEGV_MTESERR
        mov     x0, #0
        SYS     93
        .data
name:   .asciz  "tagged"
`;

export const FS_PROGRAMS: readonly FsProgram[] = [
  { name: 'fs-files', source: files, sameAsLinux: true },
  { name: 'fs-pipes', source: pipes, sameAsLinux: true },
  { name: 'fs-escapes', source: escapes, sameAsLinux: false },
  { name: 'fs-memfd-mte', source: memfdMte, sameAsLinux: false },
];

/**
 * Expected stdout of the programs that behave as under Linux, recorded from qemu-aarch64 7.2 (test/oracle/
 * fsQemu.test.ts checks them against a fresh qemu run).
 */
export const QEMU_STDOUT: Readonly<Record<string, string>> = {
  'fs-files': '0\n3\n11\n0\n-9\n3\n4\n11\n3\n2\n0\n22\n0\n0\n5\n0\n-17\n0\n-39\n-21\n-2\n-20\n-21\n0\n0\n-2\n-34\n',
  'fs-pipes': '0\n-11\n5\n3\n-29\n-25\n2048\n5\n0\n30\n1\n0\n0\n2\n0\n99\n-22\n-9\n',
};
