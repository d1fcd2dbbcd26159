/* Corpus program: unusual control flow and process exit: ucontext coroutines (getcontext, makecontext,
   swapcontext, setcontext), longjmp out of nested calls and out of a signal handler with the mask restored or
   not (setjmp vs sigsetjmp), computed goto, deep recursion with alloca and VLAs, variadic functions mixing
   integer and floating arguments, large struct returns, atexit/on_exit order, and exit status 300 & 0xff. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <signal.h>
#include <setjmp.h>
#include <ucontext.h>
#include <alloca.h>

static ucontext_t main_ctx, co_ctx;
static int co_values[5], co_n;
static void coroutine(int start, int step) {
  for (int v = start; co_n < 5; v += step) { co_values[co_n++] = v; swapcontext(&co_ctx, &main_ctx); }
}

static jmp_buf jb;
static sigjmp_buf sjb;
static void deep(int n) { if (n == 0) longjmp(jb, 77); deep(n - 1); }
static void on_usr1(int s) { (void)s; siglongjmp(sjb, 5); }
static void on_usr2(int s) { (void)s; longjmp(jb, 6); }

static int dispatch(const unsigned char *prog) {
  static void *ops[] = { &&op_halt, &&op_inc, &&op_dbl, &&op_neg };
  int acc = 1;
  goto *ops[*prog++];
op_inc: acc++; goto *ops[*prog++];
op_dbl: acc *= 2; goto *ops[*prog++];
op_neg: acc = -acc; goto *ops[*prog++];
op_halt: return acc;
}

static long recurse(int n) {
  char *a = alloca(64 + n % 7);
  int vla[n % 5 + 1];
  memset(a, n & 0x7f, 64);
  for (int i = 0; i <= n % 5; i++) vla[i] = n + i;
  if (n == 0) return a[0];
  return recurse(n - 1) + vla[n % 5] + a[63];
}

static double vsum(const char *fmt, ...) {
  va_list ap; va_start(ap, fmt);
  double s = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p == 'i') s += va_arg(ap, int);
    else if (*p == 'l') s += (double)va_arg(ap, long long);
    else if (*p == 'd') s += va_arg(ap, double);
    else if (*p == 'L') s += (double)va_arg(ap, long double);
  }
  va_end(ap);
  return s;
}

struct big { long v[12]; char tag[9]; };
static struct big make_big(long seed) { struct big b; for (int i = 0; i < 12; i++) b.v[i] = seed * i; strcpy(b.tag, "bigstruc"); return b; }

static void bye1(void) { printf("atexit 1 (runs last)\n"); }
static void bye2(void) { printf("atexit 2 (runs first)\n"); }
static void bye3(int status, void *arg) { printf("on_exit: status %d arg %s\n", status, (char *)arg); }

int main(void) {
  setvbuf(stdout, 0, _IOLBF, 0);
  /* coroutine */
  static char stack[65536];
  getcontext(&co_ctx);
  co_ctx.uc_stack.ss_sp = stack; co_ctx.uc_stack.ss_size = sizeof stack; co_ctx.uc_link = &main_ctx;
  makecontext(&co_ctx, (void (*)(void))coroutine, 2, 10, 5);
  while (co_n < 5) swapcontext(&main_ctx, &co_ctx);
  printf("coroutine: %d %d %d %d %d\n", co_values[0], co_values[1], co_values[2], co_values[3], co_values[4]);
  volatile int once = 0;
  ucontext_t here; getcontext(&here);
  if (!once) { once = 1; setcontext(&here); }
  printf("setcontext returned to getcontext once: %d\n", once);
  /* longjmp */
  int r = setjmp(jb);
  if (r == 0) deep(1000);
  printf("longjmp from depth 1000: %d\n", r);
  signal(SIGUSR1, on_usr1);
  sigset_t cur;
  r = sigsetjmp(sjb, 1);
  if (r == 0) raise(SIGUSR1);
  sigprocmask(SIG_BLOCK, 0, &cur);
  printf("siglongjmp from handler: %d, SIGUSR1 blocked after: %d\n", r, sigismember(&cur, SIGUSR1));
  signal(SIGUSR2, on_usr2);
  r = setjmp(jb);
  if (r == 0) raise(SIGUSR2);
  sigprocmask(SIG_BLOCK, 0, &cur);
  printf("longjmp from handler: %d, SIGUSR2 still blocked: %d\n", r, sigismember(&cur, SIGUSR2));
  /* computed goto */
  const unsigned char prog[] = { 1, 2, 2, 3, 1, 0 };
  printf("computed goto: %d\n", dispatch(prog));
  printf("recursion with alloca and VLAs: %ld\n", recurse(3000));
  printf("variadic: %g\n", vsum("idlLidd", 1, 2.5, 10000000000LL, (long double)0.25, -3, 1e10, -1e10));
  struct big b = make_big(3);
  printf("big struct: %ld %ld %s\n", b.v[1], b.v[11], b.tag);
  atexit(bye1); atexit(bye2); on_exit(bye3, "arg");
  printf("exit(300)\n");
  exit(300);
}
