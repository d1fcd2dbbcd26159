// PSTATE.DIT (FEAT_DIT, advertised as HWCAP_DIT): MSR DIT with an immediate or a register sets it, MRS DIT reads it
// back in bit 24.
// mode: none
        msr     dit, #1
        mrs     x0, dit
        msr     dit, #0
        mrs     x1, dit
        mov     x2, #0x1000000
        msr     dit, x2
        mrs     x3, dit
        mov     x4, #-1
        msr     dit, x4
        mrs     x5, dit
        msr     dit, xzr
        mrs     x6, dit
        msr     nzcv, xzr
