/* Signals between threads and processes: sigsuspend until a child's SIGCHLD arrives, sigwait in a thread for a
   SIGUSR1 sent with pthread_kill, a handler run in the thread that pthread_kill names, kill() of a child process
   that waits in pause-like sigsuspend. Output is deterministic on Linux. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got_chld;
static volatile long usr2_tid;

static void on_chld(int sig) { (void)sig; got_chld = 1; }
static void on_usr2(int sig) { (void)sig; usr2_tid = syscall(SYS_gettid); }

static void *waiter(void *arg) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  int sig = 0;
  sigwait(&set, &sig);
  *(int *)arg = sig;
  return NULL;
}

static void *spinner(void *arg) {
  volatile long *tid = arg;
  *tid = syscall(SYS_gettid);
  while (!usr2_tid) sched_yield();
  return NULL;
}

int main(void) {
  sigset_t block, empty, old;
  sigemptyset(&block);
  sigemptyset(&empty);
  sigaddset(&block, SIGCHLD);
  sigaddset(&block, SIGUSR1);
  sigprocmask(SIG_BLOCK, &block, &old);
  signal(SIGCHLD, on_chld);
  pid_t pid = fork();
  if (pid == 0) _exit(4);
  while (!got_chld) sigsuspend(&empty);
  int status;
  waitpid(pid, &status, 0);
  printf("sigsuspend saw SIGCHLD; child status %d\n", WEXITSTATUS(status));

  int received = 0;
  pthread_t t;
  pthread_create(&t, NULL, waiter, &received);
  pthread_kill(t, SIGUSR1);
  pthread_join(t, NULL);
  printf("sigwait got %s\n", received == SIGUSR1 ? "SIGUSR1" : "something else");

  signal(SIGUSR2, on_usr2);
  volatile long spinner_tid = 0;
  pthread_create(&t, NULL, spinner, (void *)&spinner_tid);
  while (!spinner_tid) sched_yield();
  pthread_kill(t, SIGUSR2);
  pthread_join(t, NULL);
  printf("SIGUSR2 handler ran in the spinner: %d\n", usr2_tid == spinner_tid);

  pid = fork();
  if (pid == 0) { for (;;) sigsuspend(&empty); }
  kill(pid, SIGTERM);
  waitpid(pid, &status, 0);
  printf("child killed by signal %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return 0;
}
