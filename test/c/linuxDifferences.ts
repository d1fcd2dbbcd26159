// Where Linux and qemu-user 7.2 differ for the C corpus (test/c-programs): the emulator follows Linux, so the
// expected output is Linux's, derived here from qemu's record with the reason (Linux documentation and source
// facts: memory-tagging-extension.rst, tagged-pointers.rst, arch/arm64 traps and fault handling). The tests
// also check that qemu's record really differs, so a stale entry is noticed.

export interface CorpusDifference {
  readonly reason: string;
  readonly linuxStdout?: (qemuStdout: string) => string;
}

export const CORPUS_DIFFERENCES: Readonly<Record<string, CorpusDifference>> = {
  'mte-abi': {
    reason: 'arm64 Linux untags the address of mprotect/madvise/munmap for every task (untagged_addr in '
      + 'do_mprotect_pkey), checks the file descriptor of write before its buffer (EBADF), and mmap ignores unknown '
      + 'protection bits (only mprotect validates them); qemu 7.2 fails the tagged mprotect with ENOMEM, reports '
      + 'EFAULT first and refuses the unknown bit',
    linuxStdout: (q) => q
      .replace(/mprotect tagged, no ENABLE( +)-1 errno=12/, 'mprotect tagged, no ENABLE$10 errno=0')
      .replace(/write to a bad fd \(EBADF before the buffer\)( +)-1 errno=14/, 'write to a bad fd (EBADF before the buffer)$1-1 errno=9')
      .replace(/mmap PROT_MTE\|0x40( +)1 errno=22/, 'mmap PROT_MTE|0x40$10 errno=0'),
  },
  'mte-alloc': {
    reason: 'without SA_EXPOSE_TAGBITS Linux clears the tag bits of si_addr; qemu keeps them',
    linuxStdout: (q) => {
      const cut = q.indexOf('with SA_EXPOSE_TAGBITS');
      const before = q.slice(0, cut).replaceAll('untagged match=0, tagged match=1', 'untagged match=1, tagged match=0');
      return before + q.slice(cut);
    },
  },
  'mte-include': {
    reason: 'PR_GET_TAGGED_ADDR_CTRL after SYNC|ASYNC: Linux keeps both TCF bits (0x7fff7), qemu 7.2 reads back SYNC only',
    linuxStdout: (q) => q.replace('sync|async: set 0 get 0x7fff3', 'sync|async: set 0 get 0x7fff7'),
  },
  'mte-siginfo': {
    reason: 'Linux clears si_addr\'s tag bits unless SA_EXPOSE_TAGBITS, never puts a tag in sigcontext.fault_address, '
      + 'and adds an esr_context record (data abort from EL0; DFSC 0x11 for a tag check fault); qemu 7.2 keeps the tags and has no esr_context',
    linuxStdout: (q) => {
      const lines = q.split('\n');
      let exposed = false;
      let esr = 0;
      const esrLines = [
        '  esr_context: EC=0x24 tag check fault=1 translation fault=0 WnR=1',
        '  esr_context: EC=0x24 tag check fault=1 translation fault=0 WnR=0',
        '  esr_context: EC=0x24 tag check fault=1 translation fault=0 WnR=1',
        '  esr_context: EC=0x24 tag check fault=0 translation fault=1 WnR=0',
      ];
      return lines.map((l) => {
        if (l.startsWith('with SA_EXPOSE_TAGBITS')) exposed = true;
        if (l === '  no esr_context record') return esrLines[esr++] ?? l;
        if (!l.startsWith('  signo=')) return l;
        let out = l.replace('fault_address tagged=1', 'fault_address tagged=0');
        if (!exposed) out = out.replace("si_addr tag bits: the pointer's, untagged match=1, tagged match=1", 'si_addr tag bits: none, untagged match=1, tagged match=0');
        return out;
      }).join('\n');
    },
  },
  'mte-strings': {
    reason: 'qemu -cpu max advertises SVE, so glibc picks __memcpy_sve, and qemu 7.2 does not tag-check the SVE '
      + 'predicated store that crosses into the next granule (qemu -cpu max,sve=off faults); on MTE hardware, and '
      + 'here (no SVE: the Advanced SIMD memcpy), the 16-byte store into the differently tagged granule faults',
    linuxStdout: (q) => q.replace('memcpy one past the end            ok', 'memcpy one past the end            SIGSEGV si_code=9'),
  },
  'mte-tco': {
    reason: 'Linux clears PSTATE.TCO when it delivers a signal; qemu 7.2 keeps it',
    linuxStdout: (q) => q.replace('TCO inside a handler: 0x2000000;', 'TCO inside a handler: 0;'),
  },
  'mte-memory': {
    reason: 'Linux keeps allocation tags with the pages: mremap moves them, mprotect(PROT_NONE) and back keeps them, '
      + 'and a second MAP_SHARED mapping of a memfd sees the same tags (memory-tagging-extension.rst); qemu 7.2 '
      + 'drops the tags on mremap and mprotect and does not tag memfd mappings',
    linuxStdout: (q) => q
      .replace('after mremap: 00000000, second page 0, new page 0', 'after mremap: 12345678, second page 9, new page 0')
      .replace('after PROT_NONE and back: 00000000', 'after PROT_NONE and back: 12345678')
      .replace('after MADV_DONTNEED: 00000000, second page kept 0', 'after MADV_DONTNEED: 00000000, second page kept 9')
      .replace('second mapping of the memfd: tag 0 text via m1', 'second mapping of the memfd: tag c text via m1'),
  },
  'mte-modes': {
    reason: 'Linux: PR_SET with SYNC|ASYNC keeps both bits and checks in the preferred mode (async: SEGV_MTEAERR); '
      + 'MAP_SHARED anonymous memory and its tags are shared with a forked child; mmap with a tagged address is '
      + 'out of range (ENOMEM, tagged-address-abi.rst). qemu 7.2 reads back and checks SYNC, does not share the '
      + 'tags and accepts the tagged address',
    linuxStdout: (q) => q
      .replace('thread mode 0x6: get 0x7fff3, si_code 9', 'thread mode 0x6: get 0x7fff7, si_code 8')
      .replace('shared granule tag 0', 'shared granule tag 9')
      .replace('mmap with a tagged address: ok errno=0', 'mmap with a tagged address: failed errno=12'),
  },
  children: {
    reason: 'Linux runs a vfork child in the parent\'s memory (CLONE_VM) until it exits, so a store it makes is '
      + 'seen by the parent; qemu-user 7.2 implements vfork as fork',
    linuxStdout: (q) => q.replace("vfork: status 6, parent sees the child's store 0", "vfork: status 6, parent sees the child's store 5"),
  },
  'mte-edges': {
    reason: 'Linux sends SIGILL with ILL_ILLOPC (1) for the EL1-only LDGM/STGM/STZGM at EL0 (qemu 7.2: ILL_ILLOPN, 2); '
      + 'a MAP_SHARED memfd page keeps its tags through MADV_DONTNEED (the page stays in the page cache; qemu does not '
      + 'tag memfd at all); in sync mode the kernel\'s uaccess is tag-checked, so write() from and read() into a '
      + 'buffer with a mismatching pointer tag fail with EFAULT (memory-tagging-extension.rst; kernel selftest '
      + 'check_user_mem), where qemu copies the data',
    linuxStdout: (q) => q
      .replace(/^(ldgm|stgm|stzgm)( +)SIGILL code=2$/gm, '$1$2SIGILL code=1')
      .replace('memfd after DONTNEED: tag 0 data [kept]', 'memfd after DONTNEED: tag 3 data [kept]')
      .replace('write, mismatching tag: 15 Success', 'write, mismatching tag: -1 Bad address')
      .replace('read, mismatching tag: 8 Success', 'read, mismatching tag: -1 Bad address')
      .replace('read, matching tag: 8 [ed ptr\nv]', 'read, matching tag: 8 [via tagg]'),
  },
  'mte-span': {
    reason: 'without SA_EXPOSE_TAGBITS Linux clears the tag bits of si_addr; qemu keeps them',
    linuxStdout: (q) => q.replaceAll('tagbits=1', 'tagbits=0'),
  },
  signals: {
    reason: 'Linux sends SIGILL with ILL_ILLOPC (1) for an undefined instruction (do_undefinstr); qemu 7.2 uses ILL_ILLOPN (2)',
    linuxStdout: (q) => q.replace('skip: sig=4 code=2 ', 'skip: sig=4 code=1 '),
  },
};

/** Linux's expected stdout for a corpus program, from qemu's. */
export function expectedLinuxStdout(program: string, qemuStdout: string): string {
  return CORPUS_DIFFERENCES[program]?.linuxStdout?.(qemuStdout) ?? qemuStdout;
}

/** The guest's stderr: qemu's own "qemu: uncaught target signal" line is not the program's output. */
export function expectedLinuxStderr(qemuStderr: string): string {
  return qemuStderr.split('\n').filter((l) => !l.startsWith('qemu: uncaught target signal')).join('\n');
}
