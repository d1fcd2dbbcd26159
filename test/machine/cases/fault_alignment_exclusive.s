// An unaligned exclusive load is an alignment fault (SIGBUS, BUS_ADRALN).
// mode: none
        add     x0, x27, #4
        ldxr    x1, [x0]
