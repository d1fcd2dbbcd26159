// fork keeps allocation tags: the parent tags a PROT_MTE page (tag 3) in synchronous mode and forks. The child
// reads through a pointer with tag 3 (allowed), checks LDG sees tag 3, writes "child ok", then stores through
// a tag-5 pointer: SIGSEGV (SEGV_MTESERR) kills it. The parent's wait4 sees WIFSIGNALED with SIGSEGV, and a
// second child exits with status 9.
        .arch armv8.5-a+memtag
        .text
        .global _start
_start:
        mov     x0, #55                 // PR_SET_TAGGED_ADDR_CTRL
        ldr     x1, =0x7fff3            // ENABLE | SYNC | all tags
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #167
        svc     #0
        mov     x0, #0
        mov     x1, #4096
        mov     x2, #0x23               // PROT_READ|WRITE|MTE
        mov     x3, #0x22
        mov     x4, #-1
        mov     x5, #0
        mov     x8, #222
        svc     #0
        mov     x19, x0
        orr     x20, x19, #(3 << 56)    // tag 3
        stg     x20, [x20]
        mov     x1, #77
        str     x1, [x20]
        mov     x0, #17                 // SIGCHLD: fork
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child
        mov     x21, x0
        bl      waitchild               // w0 = status
        and     w0, w0, #0x7f           // the core flag depends on the core dump settings
        cmp     w0, #11                 // SIGSEGV
        b.ne    fail
        adr     x1, msg_seg
        mov     x2, #14
        bl      print
        mov     x0, #17
        mov     x1, #0
        mov     x2, #0
        mov     x3, #0
        mov     x4, #0
        mov     x8, #220
        svc     #0
        cbz     x0, child2
        mov     x21, x0
        bl      waitchild
        cmp     w0, #0x900
        b.ne    fail
        adr     x1, msg_nine
        mov     x2, #9
        bl      print
        mov     x0, #0
        mov     x8, #94
        svc     #0

child:  ldr     x1, [x20]
        cmp     x1, #77
        b.ne    cfail
        mov     x2, x19
        ldg     x2, [x2]
        cmp     x2, x20
        b.ne    cfail
        adr     x1, msg_child
        mov     x2, #9
        bl      print
        mov     x3, #5
        orr     x22, x19, x3, lsl #56
        str     x1, [x22]               // tag mismatch: SIGSEGV
        mov     x0, #0
        mov     x8, #94
        svc     #0
cfail:  mov     x0, #2
        mov     x8, #94
        svc     #0
child2: mov     x0, #9
        mov     x8, #93
        svc     #0

waitchild:
        mov     x0, x21
        ldr     x1, =status
        mov     x2, #0
        mov     x3, #0
        mov     x8, #260                // wait4
        svc     #0
        cmp     x0, x21
        b.ne    fail
        ldr     x1, =status
        ldr     w0, [x1]
        ret

fail:   adr     x1, msg_fail
        mov     x2, #5
        bl      print
        mov     x0, #1
        mov     x8, #94
        svc     #0
print:  mov     x0, #1
        mov     x8, #64
        svc     #0
        ret

msg_child:  .ascii "child ok\n"
msg_seg:    .ascii "child SIGSEGV\n"
msg_nine:   .ascii "status 9\n"
msg_fail:   .ascii "FAIL\n"
        .ltorg
        .data
        .balign 8
status: .quad   0
