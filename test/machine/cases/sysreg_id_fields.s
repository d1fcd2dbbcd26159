// The ID register fields behind each hwcap the emulator advertises (AT_HWCAP/AT_HWCAP2 are derived from them as
// Linux derives them: Documentation/arch/arm64/elf_hwcaps.rst, "functionality implied by <field> == <value>").
// Each register x0-x20 and x25 is 1 when the field reaches the documented value; qemu's max CPU has every one of them.
// Fields the emulator leaves out (SVE, RNDR, PAC, BTI, SSBS) are not compared (qemu's max has them).
// mode: none
        mrs     x21, id_aa64pfr0_el1
        mrs     x22, id_aa64isar0_el1
        mrs     x23, id_aa64isar1_el1
        mrs     x24, id_aa64pfr1_el1
        ubfx    x0, x21, #16, #4        // FP == 1: HWCAP_FP and HWCAP_FPHP
        cmp     x0, #1
        cset    x0, eq
        ubfx    x1, x21, #20, #4        // AdvSIMD == 1: HWCAP_ASIMD and HWCAP_ASIMDHP
        cmp     x1, #1
        cset    x1, eq
        ubfx    x2, x21, #48, #4        // DIT >= 1: HWCAP_DIT
        cmp     x2, #1
        cset    x2, hs
        ubfx    x3, x22, #4, #4         // AES >= 2: HWCAP_AES and HWCAP_PMULL
        cmp     x3, #2
        cset    x3, hs
        ubfx    x4, x22, #8, #4         // SHA1 >= 1: HWCAP_SHA1
        cmp     x4, #1
        cset    x4, hs
        ubfx    x5, x22, #12, #4        // SHA2 >= 2: HWCAP_SHA2 and HWCAP_SHA512
        cmp     x5, #2
        cset    x5, hs
        ubfx    x6, x22, #16, #4        // CRC32 >= 1: HWCAP_CRC32
        cmp     x6, #1
        cset    x6, hs
        ubfx    x7, x22, #20, #4        // Atomic >= 2: HWCAP_ATOMICS
        cmp     x7, #2
        cset    x7, hs
        ubfx    x8, x22, #28, #4        // RDM >= 1: HWCAP_ASIMDRDM
        cmp     x8, #1
        cset    x8, hs
        ubfx    x9, x22, #32, #4        // SHA3 >= 1: HWCAP_SHA3
        cmp     x9, #1
        cset    x9, hs
        ubfx    x10, x22, #44, #4       // DP >= 1: HWCAP_ASIMDDP
        cmp     x10, #1
        cset    x10, hs
        ubfx    x11, x22, #48, #4       // FHM >= 1: HWCAP_ASIMDFHM
        cmp     x11, #1
        cset    x11, hs
        ubfx    x12, x22, #52, #4       // TS >= 2: HWCAP_FLAGM and HWCAP2_FLAGM2
        cmp     x12, #2
        cset    x12, hs
        ubfx    x13, x23, #0, #4        // DPB >= 2: HWCAP_DCPOP and HWCAP2_DCPODP
        cmp     x13, #2
        cset    x13, hs
        ubfx    x14, x23, #12, #4       // JSCVT >= 1: HWCAP_JSCVT
        cmp     x14, #1
        cset    x14, hs
        ubfx    x15, x23, #16, #4       // FCMA >= 1: HWCAP_FCMA
        cmp     x15, #1
        cset    x15, hs
        ubfx    x16, x23, #20, #4       // LRCPC >= 1: HWCAP_LRCPC
        cmp     x16, #1
        cset    x16, hs
        ubfx    x17, x23, #32, #4       // FRINTTS >= 1: HWCAP2_FRINT
        cmp     x17, #1
        cset    x17, hs
        ubfx    x18, x23, #36, #4       // SB >= 1: HWCAP_SB
        cmp     x18, #1
        cset    x18, hs
        ubfx    x19, x23, #44, #4       // BF16 >= 1: HWCAP2_BF16
        cmp     x19, #1
        cset    x19, hs
        ubfx    x20, x24, #8, #4        // MTE >= 2: HWCAP2_MTE
        cmp     x20, #2
        cset    x20, hs
        ubfx    x25, x23, #52, #4       // I8MM >= 1: HWCAP2_I8MM
        cmp     x25, #1
        cset    x25, hs
        mov     x21, #0
        mov     x22, #0
        mov     x23, #0
        mov     x24, #0
        msr     nzcv, xzr
