/* Corpus program: timers and queued signals: alarm and pause, setitimer(ITIMER_REAL) with sigsuspend, a
   blocking read interrupted by SIGALRM without SA_RESTART (EINTR) and restarted with it, getitimer, sigqueue's
   value and SI_QUEUE code. Time is virtual in the emulator, so the order of events is the same every run. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <errno.h>
#include <sys/time.h>

static volatile sig_atomic_t hits[65];
static volatile int qvalue;
static void count(int s) { hits[s]++; }
static void on_queue(int s, siginfo_t *si, void *uc) { (void)uc; hits[s]++; qvalue = si->si_value.sival_int * 10 + (si->si_code == SI_QUEUE); }

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa);
  sigset_t set;
  /* sigqueue value */
  sa.sa_sigaction = on_queue; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGRTMIN + 1, &sa, 0);
  union sigval v = { .sival_int = 42 };
  sigqueue(getpid(), SIGRTMIN + 1, v);
  printf("sigqueue: hits=%d value*10+SI_QUEUE=%d\n", hits[SIGRTMIN + 1], qvalue);
  /* alarm + pause, setitimer */
  signal(SIGALRM, count);
  alarm(1);
  int pr = pause();
  printf("pause returned %d errno EINTR=%d alarm hits=%d\n", pr, errno == EINTR, hits[SIGALRM]);
  struct itimerval it = { { 0, 0 }, { 0, 20000 } };
  setitimer(ITIMER_REAL, &it, 0);
  sigemptyset(&set);
  sigsuspend(&set);
  printf("setitimer + sigsuspend: alarm hits=%d\n", hits[SIGALRM]);
  /* EINTR vs SA_RESTART on a blocking read of an empty pipe */
  int fd[2]; pipe(fd);
  sa.sa_handler = count; sa.sa_flags = 0; sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, 0);
  setitimer(ITIMER_REAL, &it, 0);
  char c; errno = 0;
  ssize_t n = read(fd[0], &c, 1);
  printf("read without SA_RESTART: %zd EINTR=%d\n", n, errno == EINTR);
  struct itimerval cur;
  printf("getitimer: %d remaining %ld.%06ld\n", getitimer(ITIMER_REAL, &cur), (long)cur.it_value.tv_sec, (long)cur.it_value.tv_usec);
  sa.sa_handler = count; sa.sa_flags = SA_RESTART; sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, 0);
  if (fork() == 0) { usleep(100000); write(fd[1], "x", 1); _exit(0); }
  setitimer(ITIMER_REAL, &it, 0);
  n = read(fd[0], &c, 1);
  printf("read with SA_RESTART: %zd '%c' alarm hits=%d\n", n, c, hits[SIGALRM]);
  return 0;
}
