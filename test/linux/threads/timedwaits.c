// Waits ended by interval timers, as Linux ends them: with SIGALRM blocked, sigtimedwait takes the timer's signal
// (si_code SI_KERNEL) and a longer nanosleep runs to its end with the signal left pending; a handler ends
// nanosleep, clock_nanosleep and sleep early with the time left, select and poll with EINTR; sigtimedwait with a
// short timeout fails with EAGAIN. Remaining times are printed coarsely (qemu sleeps in real time).
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile int hits;
static void on_alarm(int sig) { (void)sig; hits++; }
static void arm(long ms) {
  struct itimerval it = {{0, 0}, {ms / 1000, (ms % 1000) * 1000}};
  setitimer(ITIMER_REAL, &it, NULL);
}
/** Whether a remaining time is within (low, high] milliseconds. */
static int within(const struct timespec *t, long low, long high) {
  long ms = t->tv_sec * 1000 + t->tv_nsec / 1000000;
  return ms > low && ms <= high;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  sigset_t alrm;
  sigemptyset(&alrm);
  sigaddset(&alrm, SIGALRM);
  sigprocmask(SIG_BLOCK, &alrm, NULL);

  arm(50);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  struct timespec second = {1, 0};
  int r = sigtimedwait(&alrm, &si, &second);
  printf("sigtimedwait %d code %d\n", r, si.si_code);

  arm(50);
  int sig = 0;
  r = sigwait(&alrm, &sig);
  printf("sigwait %d sig %d\n", r, sig);

  arm(50);
  struct timespec d = {0, 100000000};
  r = nanosleep(&d, NULL);
  sigset_t pending;
  sigpending(&pending);
  printf("nanosleep %d, pending after it %d\n", r, sigismember(&pending, SIGALRM));
  r = sigtimedwait(&alrm, &si, &second);
  printf("sigtimedwait pending %d code %d\n", r, si.si_code);

  struct timespec short_wait = {0, 20000000};
  errno = 0;
  r = sigtimedwait(&alrm, &si, &short_wait);
  printf("sigtimedwait timeout %d %s\n", r, strerror(errno));

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, NULL);
  sigprocmask(SIG_UNBLOCK, &alrm, NULL);

  struct timespec rem = {0, 0};
  arm(100);
  errno = 0;
  r = nanosleep(&second, &rem);
  printf("nanosleep %d %s, rem in (850, 900] ms %d\n", r, strerror(errno), within(&rem, 850, 900));

  arm(250);
  unsigned left = sleep(2);
  printf("sleep left %u, hits %d\n", left, hits);

  arm(100);
  rem.tv_sec = rem.tv_nsec = 0;
  r = clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){0, 300000000}, &rem);
  printf("clock_nanosleep %d, rem in (150, 200] ms %d\n", r, within(&rem, 150, 200));

  arm(100);
  struct timeval tv = {1, 0};
  errno = 0;
  r = select(0, NULL, NULL, NULL, &tv);
  printf("select %d %s\n", r, strerror(errno));

  arm(100);
  errno = 0;
  r = poll(NULL, 0, 1000);
  printf("poll %d %s, hits %d\n", r, strerror(errno), hits);
  return 0;
}
