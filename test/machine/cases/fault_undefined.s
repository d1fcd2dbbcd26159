// LDGM is EL1-only: SIGILL at EL0.
// mode: sync
// linux-patch: 8 01 Linux reports SIGILL from EL0 undefined instructions with ILL_ILLOPC (1); qemu-user uses ILL_ILLOPN (2).
        ldgm    x1, [x28]
