// Expected stdout and exit status of the assembly programs in test/linux/threads/, recorded from qemu-aarch64
// (test/oracle/threads.test.ts checks them again against qemu); the unit tier runs them under the emulator.
/** Expected stdout and status, as qemu-aarch64 gave them. */
export const THREAD_PROGRAMS: Record<string, { stdout: string; status: number }> = {
  'clone-thread.s': { stdout: 'child\njoined\n', status: 0 },
  'fork-tags.s': { stdout: 'child ok\nchild SIGSEGV\nstatus 9\n', status: 0 },
  'thread-mte.s': { stdout: 'async fault in its own thread\nSIGUSR1 ran in its thread\n', status: 0 },
  'preempt.s': { stdout: 'spun\ntimedout\ndone\n', status: 0 },
  'vtalrm.s': { stdout: 'sleeping used no CPU time\n', status: 154 },
  'sigwaits.s': { stdout: "sigtimedwait took the timer's blocked SIGALRM\nnanosleep ran to its end; the SIGALRM stayed pending\ninterrupted nanosleep: EINTR and the time left in rem\n", status: 0 },
  'timers.s': { stdout: 'SIGALRM interrupted a loop without system calls\npause (ppoll) returned EINTR after SIGALRM\nPOSIX timer: 3 SIGUSR1 with SI_TIMER and sigev_value 0x77\n', status: 0 },
};

