/* Corpus program: where asynchronous tag faults go. A thread in async mode makes a mismatching store and then
   spins without entering the kernel while the main thread keeps making system calls: the SIGSEGV
   (SEGV_MTEAERR) goes to the faulting thread (the fault state is per thread), not to the one that enters the
   kernel. A fault pending at fork() is delivered in the parent before the fork happens, so the child does not
   get one of its own. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include "mte-util.h"

static atomic_long handled_by;
static atomic_int done, hits;
static long spinner_tid;
static unsigned char *page;

static void handler(int s, siginfo_t *si, void *u) {
  (void)s; (void)u;
  hits++;
  handled_by = syscall(SYS_gettid) * 10 + (si->si_code == SEGV_MTEAERR);
  done = 1;
}

static void *spinner(void *arg) {
  (void)arg;
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_ASYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  spinner_tid = syscall(SYS_gettid);
  ((volatile unsigned char *)mte_with_tag(page, 3))[0] = 1;
  while (!done) { }
  return 0;
}

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  page = mte_map(4096);
  pthread_t t; pthread_create(&t, 0, spinner, 0);
  for (int i = 0; i < 5000000 && !done; i++) getppid();
  pthread_join(t, 0);
  printf("spinning thread: handled by the faulting thread %d, SEGV_MTEAERR %d, hits %d\n", handled_by / 10 == spinner_tid, (int)(handled_by % 10), (int)hits);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_ASYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  hits = 0;
  ((volatile unsigned char *)mte_with_tag(page, 5))[16] = 1;
  pid_t pid = fork();
  if (pid == 0) _exit(hits);
  int st; waitpid(pid, &st, 0);
  printf("fault pending at fork: parent hits %d, child saw %d (inherited count, no new fault)\n", (int)hits, WEXITSTATUS(st));
  return 0;
}
