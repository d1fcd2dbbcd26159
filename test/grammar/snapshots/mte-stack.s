/*
 * Tag a stack buffer and use numeric local labels, macros, .irp and literal pools.
 */
        .arch   armv8.5-a+memtag
        .text
        .macro  tag_range base, granules
        mov     x9, \base
        mov     x10, #\granules
9:      stzg    x9, [x9], #16
        subs    x10, x10, #1
        b.gt    9b
        .endm

        .global main
        .type   main, %function
main:   stp     x29, x30, [sp, #-32]!
        mov     x29, sp
        irg     x0, sp, xzr
        gmi     x1, x0, xzr
        tag_range x0, 2
        ldg     x2, [x0]
        subp    x3, x2, x0
        cmpp    x2, x0
        b.ne    .Lfail
        .irp    reg, x4, x5
        mov     \reg, #0
        .endr
        ldr     x6, =0x0f00000000001000
        msr     tco, #1
        mrs     x7, gcr_el1
        ldp     x29, x30, [sp], #32
        ret
.Lfail: udf     #0
        .ltorg
        .size   main, . - main
