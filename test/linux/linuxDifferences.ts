// Where Linux and qemu-user 7.2 differ for the program fixtures (shared guide mte-linux.md, "qemu-user 7.2
// versus Linux"): the emulator follows Linux, so for these programs the expected output is Linux's, written here
// with the reason, and the tests also check that qemu's record really differs (so stale entries are noticed).

export interface LinuxDifference {
  /** Why Linux's output differs from qemu's. */
  readonly reason: string;
  /** Maps qemu's stdout to Linux's. */
  readonly linuxStdout: (qemuStdout: string) => string;
}

function replaceLines(replacements: Record<number, string>): (text: string) => string {
  return (text) => text.split('\n').map((line, i) => replacements[i + 1] ?? line).join('\n');
}

export const LINUX_DIFFERENCES: Readonly<Record<string, LinuxDifference>> = {
  'mte-async': {
    reason: 'Linux delivers an async tag fault at the next kernel entry (before the write(2) runs); qemu at a later translated block',
    linuxStdout: (q) => q.split('\n').filter((l) => !l.startsWith('after the bad store')).join('\n'),
  },
  'prctl-readback': {
    reason: 'Linux keeps both TCF bits (0x7fff7) and keeps SYNC|ASYNC without ENABLE (0x6); qemu 7.2 reads back SYNC only',
    linuxStdout: replaceLines({ 3: '000000000007fff7', 7: '0000000000000006', 11: '0000000000000006' }),
  },
  'segv-handler': {
    reason: 'Linux clears the tag bits of si_addr unless SA_EXPOSE_TAGBITS; qemu keeps them',
    linuxStdout: replaceLines({ 3: '0000000000000000' }),
  },
  'uaccess-tags': {
    reason: 'in synchronous mode Linux tag-checks its accesses to user buffers and returns short counts (kernel selftest check_user_mem); qemu 7.2 does not check them',
    linuxStdout: replaceLines({ 1: '0000000000000020', 2: '0000000000000018' }),
  },
  'memory-rules': {
    reason: 'Linux refuses PROT_MTE on file mappings (mmap and mprotect: EINVAL) and untags munmap addresses; qemu 7.2 accepts the first two and refuses the third',
    linuxStdout: replaceLines({ 2: 'ffffffffffffffea', 8: 'ffffffffffffffea', 10: '0000000000000000' }),
  },
};

/** Linux's expected stdout for a fixture, from qemu's. */
export function expectedLinuxStdout(program: string, qemuStdout: string): string {
  const d = LINUX_DIFFERENCES[program];
  return d ? d.linuxStdout(qemuStdout) : qemuStdout;
}
