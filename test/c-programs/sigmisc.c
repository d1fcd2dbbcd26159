/* Corpus program: signal machinery users rely on: sigaltstack (a handler for stack overflow runs on the
   alternate stack), sigprocmask blocking and sigpending, raise of a blocked signal delivered at unblock,
   SA_RESETHAND and SA_NODEFER, queued realtime signals, kill(getpid()), SIGFPE-free integer division by zero
   (AArch64 gives 0), abort caught and siglongjmp'd out of, sigaction query of the old handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <errno.h>
#include <stdint.h>
#include <sys/time.h>

static volatile sig_atomic_t hits[65];
static volatile uintptr_t handler_sp;
static volatile int qvalue;
static sigjmp_buf env;

static void count(int s) { hits[s]++; }
static void on_stack(int s) { int local; hits[s]++; handler_sp = (uintptr_t)&local; siglongjmp(env, 1); }
static void on_queue(int s, siginfo_t *si, void *uc) { (void)uc; hits[s]++; qvalue = si->si_value.sival_int * 10 + (si->si_code == SI_QUEUE); }
static void on_abort(int s) { hits[s]++; siglongjmp(env, 2); }
static void nested(int s) { hits[s]++; if (hits[s] < 3) raise(s); }

static int depth(int n) { volatile char pad[256]; pad[0] = (char)n; return n == 0 ? pad[0] : depth(n - 1) + pad[0]; }

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  /* blocked raise, delivered on unblock */
  sigset_t set, old, pend;
  sigemptyset(&set); sigaddset(&set, SIGUSR1);
  signal(SIGUSR1, count);
  sigprocmask(SIG_BLOCK, &set, &old);
  raise(SIGUSR1); raise(SIGUSR1);
  sigpending(&pend);
  printf("blocked: pending=%d hits=%d\n", sigismember(&pend, SIGUSR1), hits[SIGUSR1]);
  sigprocmask(SIG_SETMASK, &old, 0);
  printf("unblocked: hits=%d (standard signals do not queue)\n", hits[SIGUSR1]);
  /* SA_RESETHAND */
  struct sigaction sa, prev; memset(&sa, 0, sizeof sa);
  sa.sa_handler = count; sa.sa_flags = SA_RESETHAND;
  sigaction(SIGUSR2, &sa, 0);
  raise(SIGUSR2);
  sigaction(SIGUSR2, 0, &prev);
  printf("SA_RESETHAND: hits=%d handler now default=%d\n", hits[SIGUSR2], prev.sa_handler == SIG_DFL);
  /* SA_NODEFER: the handler re-raises itself inside */
  sa.sa_handler = nested; sa.sa_flags = SA_NODEFER;
  sigaction(SIGHUP, &sa, 0);
  raise(SIGHUP);
  printf("SA_NODEFER nesting: hits=%d\n", hits[SIGHUP]);
  sa.sa_flags = 0; hits[SIGHUP] = 0; sigaction(SIGHUP, &sa, 0);
  raise(SIGHUP);
  printf("deferred nesting: hits=%d\n", hits[SIGHUP]);
  /* realtime signals queue */
  sigemptyset(&set); sigaddset(&set, SIGRTMIN + 2);
  signal(SIGRTMIN + 2, count);
  sigprocmask(SIG_BLOCK, &set, 0);
  for (int i = 0; i < 3; i++) kill(getpid(), SIGRTMIN + 2);
  sigprocmask(SIG_UNBLOCK, &set, 0);
  printf("realtime signals queue: hits=%d\n", hits[SIGRTMIN + 2]);
  /* sigaltstack + stack overflow */
  static char alt[65536];
  stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0 };
  printf("sigaltstack: %d\n", sigaltstack(&ss, 0));
  sa.sa_handler = on_stack; sa.sa_flags = SA_ONSTACK; sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, 0);
  if (sigsetjmp(env, 1) == 0) { printf("depth %d\n", depth(100000000)); }
  else printf("stack overflow caught on the alternate stack: %d\n", handler_sp >= (uintptr_t)alt && handler_sp < (uintptr_t)alt + sizeof alt);
  stack_t cur; sigaltstack(0, &cur);
  printf("altstack flags after: %d size %zu\n", cur.ss_flags, cur.ss_size);
  /* integer division by zero does not trap on AArch64 */
  volatile int a = 7, z = 0; volatile long la = -9223372036854775807L - 1, lm = -1;
  printf("7/0=%d 7%%0=%d INT64_MIN/-1=%ld\n", a / z, a % z, la / lm);
  /* abort caught */
  signal(SIGABRT, on_abort);
  if (sigsetjmp(env, 1) == 0) abort();
  printf("abort caught: hits=%d\n", hits[SIGABRT]);
  return 0;
}
