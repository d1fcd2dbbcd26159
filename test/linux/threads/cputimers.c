// cputimers: ITIMER_VIRTUAL and ITIMER_PROF count the process's CPU time (setitimer(2), getitimer(2)): sleeping
// uses none, so they neither fire nor run down during a sleep; computing makes them fire (SIGVTALRM, SIGPROF),
// and an interval re-arms them. A POSIX timer on CLOCK_PROCESS_CPUTIME_ID behaves the same (timer_create(2)).
// test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile int vt, prof, posix;
static void on_vt(int s) { (void)s; vt++; }
static void on_prof(int s) { (void)s; prof++; }
static void on_posix(int s) { (void)s; posix++; }

static void spin_until(volatile int *counter, int target) {
  volatile unsigned long x = 0;
  while (*counter < target) x++;
}

int main(void) {
  signal(SIGVTALRM, on_vt);
  signal(SIGPROF, on_prof);
  signal(SIGUSR1, on_posix);
  struct itimerval one = { .it_value = { 0, 300000 } }; // 0.3 s of CPU time
  printf("setitimer virtual: %d\n", setitimer(ITIMER_VIRTUAL, &one, NULL));
  usleep(100000);
  struct itimerval left;
  getitimer(ITIMER_VIRTUAL, &left);
  long us = left.it_value.tv_sec * 1000000 + left.it_value.tv_usec;
  printf("after sleeping: fired %d, still more than 0.2 s left %d\n", vt, us > 200000);
  struct itimerval shortv = { .it_value = { 0, 2000 }, .it_interval = { 0, 2000 } };
  setitimer(ITIMER_VIRTUAL, &shortv, NULL);
  spin_until(&vt, 3);
  struct itimerval off = { 0 };
  setitimer(ITIMER_VIRTUAL, &off, NULL);
  printf("virtual: fired %d times while computing\n", vt);
  setitimer(ITIMER_PROF, &shortv, NULL);
  usleep(50000);
  printf("prof after sleeping: %d\n", prof);
  spin_until(&prof, 2);
  setitimer(ITIMER_PROF, &off, NULL);
  printf("prof: fired %d times while computing\n", prof);

  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR1;
  timer_t t;
  printf("timer_create cputime: %d\n", timer_create(CLOCK_PROCESS_CPUTIME_ID, &ev, &t));
  struct itimerspec spec = { .it_value = { 0, 3000000 } };
  timer_settime(t, 0, &spec, NULL);
  usleep(50000);
  printf("posix after sleeping: %d\n", posix);
  spin_until(&posix, 1);
  printf("posix: fired %d\n", posix);
  return 0;
}
