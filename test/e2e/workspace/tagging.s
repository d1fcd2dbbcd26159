// tagging.s: the MTE program that test/e2e/ui/language.ui.mjs opens. Line 11 is wrong on purpose:
// STG's offset must be a multiple of the 16-byte granule, so the assembler rejects it.
        .arch   armv8.5-a+memtag
        .global _start
        .text
// tag_pair: tags the granule at x1 with x1's tag and the next one with the next tag.
tag_pair:
        addg    x2, x1, #16, #1     // next granule, next tag
        stg     x1, [x1]            // colour the first granule
        stg     x2, [x2]
        stg     x1, [x1, #8]        // error: not a multiple of 16
        ldg     x3, [x1]            // read the allocation tag back
        ret
_start:
        sub     x0, sp, #64
        irg     x1, x0              // random logical tag for the buffer
        bl      tag_pair
        mov     x0, #0
        mov     x8, #93             // __NR_exit
        svc     #0
