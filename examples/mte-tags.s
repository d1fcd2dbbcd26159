// mte-tags.s: colours memory with MTE allocation tags and reads them back, without faulting.
//   - enables tagged addresses and synchronous tag checks with prctl (tags 1-15 allowed for IRG/ADDG);
//   - maps a PROT_MTE page;
//   - derives pointers with fixed tags using ADDG (tag 0 + 3 = 3, then + 2 = 5);
//   - tags two 32-byte regions with ST2G, stores and loads through matching pointers;
//   - reads the allocation tag of the second region back with LDG;
// and exits with that tag (5) as its status.

        .arch   armv8.5-a+memtag

        .equ SYS_exit, 93
        .equ SYS_mmap, 222
        .equ SYS_prctl, 167
        .equ PR_SET_TAGGED_ADDR_CTRL, 55
        .equ TAGGED_CTRL, 1 | 2 | (0xfffe << 3)   // PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | tag mask
        .equ PROT_RW_MTE, 1 | 2 | 0x20
        .equ MAP_PRIVATE_ANON, 0x02 | 0x20

        .text
        .global _start
        .type _start, %function
_start:
        mov     x0, #PR_SET_TAGGED_ADDR_CTRL
        ldr     x1, =TAGGED_CTRL
        mov     x2, xzr
        mov     x3, xzr
        mov     x4, xzr
        mov     x8, #SYS_prctl
        svc     #0
        cbnz    x0, no_mte

        mov     x0, xzr
        mov     x1, #4096
        mov     x2, #PROT_RW_MTE
        mov     x3, #MAP_PRIVATE_ANON
        mov     x4, #-1
        mov     x5, xzr
        mov     x8, #SYS_mmap
        svc     #0
        cmn     x0, #4095
        b.hs    no_mte

        addg    x19, x0, #0, #3         // x19 = page with tag 3
        addg    x20, x19, #32, #2       // x20 = page + 32 with tag 5
        st2g    x19, [x19]              // granules 0-1 get tag 3
        st2g    x20, [x20]              // granules 2-3 get tag 5

        mov     x1, #0x1234
        str     x1, [x19, #8]           // tag 3 pointer into a tag 3 granule
        str     x1, [x20, #16]          // tag 5 pointer into a tag 5 granule
        ldr     x2, [x20, #16]
        cmp     x1, x2
        b.ne    no_mte

        mov     x3, x0                  // untagged address of the second region
        add     x3, x3, #32
        ldg     x3, [x3]                // insert the allocation tag stored there
        ubfx    x0, x3, #56, #4         // exit status = that tag
        mov     x8, #SYS_exit
        svc     #0

no_mte:
        mov     x0, #100
        mov     x8, #SYS_exit
        svc     #0
        .size _start, . - _start
