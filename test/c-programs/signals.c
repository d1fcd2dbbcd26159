/* Corpus: signal handlers. SA_SIGINFO with si_code/si_pid for raise/kill, blocking with sigprocmask and
   delivery on unblock, sigpending, SA_RESETHAND, SA_NODEFER, a handler on the sigaltstack, a SIGSEGV handler
   for a NULL access that skips the faulting instruction by editing the saved pc (pc += 4), SIGILL (UDF) and
   SIGTRAP (BRK) the same way, siglongjmp out of a SIGSEGV handler (SEGV_MAPERR, SEGV_ACCERR for a store to
   read-only data) and out of a SIGBUS handler (BUS_ADRALN: LDXR at a misaligned address), and the end: death by
   SIGABRT (abort). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <ucontext.h>
#include <stdint.h>

static volatile sig_atomic_t hits, depth, maxDepth;
static volatile int lastCode, lastSig;
static volatile int onAlt;
static char *altBase;
static sigjmp_buf env;

static void info(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  hits++; lastSig = sig; lastCode = si->si_code;
  printf("  handler: sig=%d code=%d pid_ok=%d\n", sig, si->si_code, si->si_pid == getpid());
}
static volatile sig_atomic_t calls;
static void nested(int sig) {
  calls++; depth++;
  if (depth > maxDepth) maxDepth = depth;
  if (calls < 3) raise(sig);
  depth--;
}
static void alt(int sig) { char here; (void)sig; onAlt = &here >= altBase && &here < altBase + 65536; }
static void skip(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  printf("  skip: sig=%d code=%d addr_is_pc=%d\n", sig, si->si_code, (uintptr_t)si->si_addr == uc->uc_mcontext.pc);
  uc->uc_mcontext.pc += 4;
}
static void *volatile target;
static void segv(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  printf("  segv: sig=%d code=%d addr_is_target=%d fault_address_is_target=%d\n", sig, si->si_code, si->si_addr == target,
         (void *)uc->uc_mcontext.fault_address == target);
  if (si->si_addr == (void *)16) uc->uc_mcontext.pc += 4;
  else siglongjmp(env, 1);
}
static const int readOnly[4] = {1, 2, 3, 4};

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = info; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGUSR1, &sa, NULL);
  printf("raise:\n"); raise(SIGUSR1);
  printf("kill:\n"); kill(getpid(), SIGUSR1);
  sigset_t set, old, pend;
  sigemptyset(&set); sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, &old);
  printf("blocked raise, hits=%d\n", hits);
  raise(SIGUSR1);
  sigpending(&pend);
  printf("after raise: hits=%d pending=%d\n", hits, sigismember(&pend, SIGUSR1));
  sigprocmask(SIG_SETMASK, &old, NULL);
  printf("after unblock: hits=%d\n", hits);
  sigaction(SIGUSR1, NULL, &sa);
  printf("flags kept: siginfo=%d\n", (sa.sa_flags & SA_SIGINFO) != 0);

  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = info; sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigaction(SIGUSR2, &sa, NULL);
  raise(SIGUSR2);
  sigaction(SIGUSR2, NULL, &sa);
  printf("SA_RESETHAND: handler is SIG_DFL now: %d\n", sa.sa_handler == SIG_DFL);

  memset(&sa, 0, sizeof sa);
  sa.sa_handler = nested; sa.sa_flags = SA_NODEFER;
  sigaction(SIGHUP, &sa, NULL);
  raise(SIGHUP);
  printf("SA_NODEFER: nesting depth %d, calls %d\n", maxDepth, calls);
  sa.sa_flags = 0; maxDepth = depth = calls = 0;
  sigaction(SIGHUP, &sa, NULL);
  raise(SIGHUP);
  printf("without SA_NODEFER: nesting depth %d, calls %d\n", maxDepth, calls);

  stack_t ss = {0};
  altBase = malloc(65536);
  ss.ss_sp = altBase; ss.ss_size = 65536;
  printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = alt; sa.sa_flags = SA_ONSTACK;
  sigaction(SIGWINCH, &sa, NULL);
  raise(SIGWINCH);
  printf("SA_ONSTACK handler ran on the alternate stack: %d\n", onAlt);
  stack_t cur; sigaltstack(NULL, &cur);
  printf("sigaltstack query: size %zu flags %d\n", cur.ss_size, cur.ss_flags);

  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = skip; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGILL, &sa, NULL);
  sigaction(SIGTRAP, &sa, NULL);
  printf("udf:\n"); __asm__ volatile("udf #7");
  printf("brk:\n"); __asm__ volatile("brk #3");
  sa.sa_sigaction = segv;
  sigaction(SIGSEGV, &sa, NULL);
  printf("load from 16:\n");
  target = (void *)16;
  volatile int *p = (int *)16;
  (void)*p;
  printf("continued after pc += 4\n");
  target = (void *)0x1000;
  if (sigsetjmp(env, 1) == 0) { printf("store to 0x1000:\n"); *(volatile int *)0x1000 = 1; }
  printf("siglongjmp out of the SIGSEGV handler\n");
  target = (void *)&readOnly[2];
  if (sigsetjmp(env, 1) == 0) { printf("store to read-only data:\n"); *(volatile int *)&readOnly[2] = 9; }
  sigaction(SIGBUS, &sa, NULL);
  static char buffer[32] __attribute__((aligned(16)));
  target = buffer + 3;
  if (sigsetjmp(env, 1) == 0) {
    unsigned long v;
    printf("exclusive load from a misaligned address:\n");
    __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(buffer + 3) : "memory");
    printf("  not caught %lu\n", v);
  }
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_IGN;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  printf("ignored SIGUSR1; SIGFPE by raise:\n");
  sa.sa_sigaction = info; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGFPE, &sa, NULL);
  raise(SIGFPE);
  printf("abort:\n");
  abort();
}
