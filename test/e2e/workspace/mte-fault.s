// The end-to-end tests' copy of examples/mte-fault.s (F5 stops at its tag-check fault in a real VS Code).
// mte-fault.s: the Linux kernel documentation's MTE example (Documentation/arch/arm64/
// memory-tagging-extension.rst), written in assembly.
//   1. prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffe << PR_MTE_TAG_SHIFT))
//      enables tagged addresses, synchronous tag-check faults, and lets IRG pick any tag but 0;
//   2. mmap()s one page with PROT_READ | PROT_WRITE | PROT_MTE;
//   3. gives the pointer a random tag (IRG) and colours the first 128 bytes (8 granules) with it (STG);
//   4. stores a[0] and a[15] through the tagged pointer: allowed, the tags match;
//   5. stores a[16], one element past the coloured region: the allocation tag there is still 0, so the
//      store takes a synchronous tag-check fault and the process dies with SIGSEGV (si_code SEGV_MTESERR).
// The program never reaches the final exit(0).

        .arch   armv8.5-a+memtag

        .equ SYS_write, 64
        .equ SYS_exit, 93
        .equ SYS_mmap, 222
        .equ SYS_prctl, 167
        .equ PR_SET_TAGGED_ADDR_CTRL, 55
        .equ PR_TAGGED_ADDR_ENABLE, 1 << 0
        .equ PR_MTE_TCF_SYNC, 1 << 1
        .equ PR_MTE_TAG_SHIFT, 3
        .equ PROT_READ, 1
        .equ PROT_WRITE, 2
        .equ PROT_MTE, 0x20
        .equ MAP_PRIVATE, 0x02
        .equ MAP_ANONYMOUS, 0x20
        .equ PAGE_SIZE, 4096
        .equ GRANULE, 16

        // write(1, text, length) using the message table below.
        .macro print label
        mov     x0, #1
        adr     x1, \label
        mov     x2, #(\label\()_end - \label)
        mov     x8, #SYS_write
        svc     #0
        .endm

        .text
        .global _start
        .type _start, %function
_start:
        // prctl(PR_SET_TAGGED_ADDR_CTRL, flags, 0, 0, 0)
        mov     x0, #PR_SET_TAGGED_ADDR_CTRL
        ldr     x1, =PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffe << PR_MTE_TAG_SHIFT)
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #SYS_prctl
        svc     #0
        cbnz    x0, fail

        // a = mmap(0, PAGE_SIZE, PROT_READ | PROT_WRITE | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        mov     x0, #0
        mov     x1, #PAGE_SIZE
        mov     x2, #(PROT_READ | PROT_WRITE | PROT_MTE)
        mov     x3, #(MAP_PRIVATE | MAP_ANONYMOUS)
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #SYS_mmap
        svc     #0
        cmn     x0, #4095               // -4095..-1 are errors
        b.hs    fail

        // a = insert_random_tag(a); colour a[0..15] (8 granules) with that tag.
        irg     x19, x0
        mov     x20, x19
        mov     x21, #(128 / GRANULE)
1:      stg     x20, [x20], #GRANULE
        subs    x21, x21, #1
        b.ne    1b

        // In bounds: a[0] = 3; a[15] = 4;
        mov     x1, #3
        str     x1, [x19]
        mov     x1, #4
        str     x1, [x19, #15 * 8]
        print   in_bounds

        // Out of bounds: a[16] = 0xdead; faults (SIGSEGV, SEGV_MTESERR).
        print   out_of_bounds
        mov     x1, #0xdead
        str     x1, [x19, #16 * 8]

        // Not reached when MTE works.
        print   not_reached
        mov     x0, #0
        mov     x8, #SYS_exit
        svc     #0

fail:
        print   failed
        mov     x0, #1
        mov     x8, #SYS_exit
        svc     #0
        .size _start, . - _start

in_bounds:      .ascii "a[0] and a[15] stored through the tagged pointer\n"
in_bounds_end:
out_of_bounds:  .ascii "storing a[16] (outside the tagged granules)...\n"
out_of_bounds_end:
not_reached:    .ascii "no tag check fault: MTE is not active\n"
not_reached_end:
failed:         .ascii "prctl or mmap failed (no MTE support?)\n"
failed_end:
        .balign 4
