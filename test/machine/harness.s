// Harness around every case in test/machine/cases (assembled by scripts/gen-machine-expectations.mjs, run under
// qemu-aarch64 -cpu max and under our machine). It sets the MTE mode with prctl, maps a tagged region at
// 0x200000000 (x28) and an untagged one at 0x300000000 (x27), installs one handler for SIGILL/SIGTRAP/SIGBUS/SIGSEGV,
// zeroes x0-x26 and NZCV, runs the case body, then writes x0-x30, NZCV, the first 256 bytes of the tagged region and
// the tags of its first 16 granules to stdout. The handler writes signo, si_code and si_addr (top byte cleared)
// followed by the same memory dump, then exits.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        mov     x0, #55                 // PR_SET_TAGGED_ADDR_CTRL
        ldr     x1, =PRCTL_FLAGS
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167                // prctl
        svc     #0
        cbnz    x0, fail
        mov     x0, #0x200000000
        mov     x1, #0x10000
        mov     x2, #0x23               // PROT_READ | PROT_WRITE | PROT_MTE
        mov     x3, #0x32               // MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222                // mmap
        svc     #0
        mov     x28, x0
        mov     x0, #0x300000000
        mov     x1, #0x10000
        mov     x2, #0x3
        mov     x3, #0x32
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x27, x0
        // sigaction for SIGILL (4), SIGTRAP (5), SIGBUS (7), SIGSEGV (11): handler, flags SA_SIGINFO.
        sub     sp, sp, #64
        adr     x9, handler
        str     x9, [sp]
        mov     x9, #4                  // SA_SIGINFO
        str     x9, [sp, #8]
        str     xzr, [sp, #16]
        str     xzr, [sp, #24]
        mov     x19, #4
        bl      install
        mov     x19, #5
        bl      install
        mov     x19, #7
        bl      install
        mov     x19, #11
        bl      install
        add     sp, sp, #64
        b       start_body
install:
        mov     x0, x19
        mov     x1, sp
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134                // rt_sigaction
        svc     #0
        ret
start_body:
        mov     x0, #0
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x5, #0
        mov     x6, #0
        mov     x7, #0
        mov     x8, #0
        mov     x9, #0
        mov     x10, #0
        mov     x11, #0
        mov     x12, #0
        mov     x13, #0
        mov     x14, #0
        mov     x15, #0
        mov     x16, #0
        mov     x17, #0
        mov     x18, #0
        mov     x19, #0
        mov     x20, #0
        mov     x21, #0
        mov     x22, #0
        mov     x23, #0
        mov     x24, #0
        mov     x25, #0
        mov     x26, #0
        mov     x29, #0
        mov     x30, #0
        msr     nzcv, xzr
        .include "body.s"
dump_registers:
        sub     sp, sp, #256
        stp     x0, x1, [sp, #0]
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     x8, x9, [sp, #64]
        stp     x10, x11, [sp, #80]
        stp     x12, x13, [sp, #96]
        stp     x14, x15, [sp, #112]
        stp     x16, x17, [sp, #128]
        stp     x18, x19, [sp, #144]
        stp     x20, x21, [sp, #160]
        stp     x22, x23, [sp, #176]
        stp     x24, x25, [sp, #192]
        stp     x26, x27, [sp, #208]
        stp     x28, x29, [sp, #224]
        mrs     x0, nzcv
        stp     x30, x0, [sp, #240]
        mov     x0, #1
        mov     x1, sp
        mov     x2, #256
        mov     x8, #64                 // write
        svc     #0
        add     sp, sp, #256
        b       dump_memory
handler:
        // x0 = signo, x1 = siginfo: si_code at +8, si_addr at +16.
        sub     sp, sp, #32
        str     x0, [sp]
        ldrsw   x9, [x1, #8]
        str     x9, [sp, #8]
        ldr     x9, [x1, #16]
        and     x9, x9, #0x00ffffffffffffff
        str     x9, [sp, #16]
        mov     x0, #1
        mov     x1, sp
        mov     x2, #24
        mov     x8, #64
        svc     #0
        add     sp, sp, #32
dump_memory:
        msr     tco, #1
        mov     x0, #1
        mov     x1, #0x200000000
        mov     x2, #256
        mov     x8, #64
        svc     #0
        sub     sp, sp, #16
        mov     x10, #0x200000000
        mov     x11, #0
1:      mov     x12, #0
        ldg     x12, [x10]
        lsr     x12, x12, #56
        strb    w12, [sp, x11]
        add     x10, x10, #16
        add     x11, x11, #1
        cmp     x11, #16
        b.ne    1b
        mov     x0, #1
        mov     x1, sp
        mov     x2, #16
        mov     x8, #64
        svc     #0
        mov     x0, #0
        mov     x8, #93                 // exit
        svc     #0
fail:
        mov     x0, #99
        mov     x8, #93
        svc     #0
        .ltorg
