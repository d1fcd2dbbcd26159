// What a demanding C program uses between processes and for waiting, compared with qemu-aarch64 (test/oracle/
// threads): pipes and poll between a parent and its child, eventfd, timerfd, clock_nanosleep (relative and
// absolute), getrandom, sched_getaffinity, and posix_spawn/execve, which the emulator refuses cleanly (the guest
// never runs host programs): only whether they failed is printed, since qemu runs the host's /bin/true.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void pipes(void) {
  int up[2], down[2];
  pipe(up);
  pipe(down);
  pid_t pid = fork();
  if (pid == 0) {
    close(up[0]);
    close(down[1]);
    char buf[16];
    struct pollfd p = { .fd = down[0], .events = POLLIN };
    int r = poll(&p, 1, -1);
    ssize_t n = read(down[0], buf, sizeof buf);
    char reply[64];
    int len = snprintf(reply, sizeof reply, "child: poll %d revents %#x read %zd '%.*s'", r, p.revents, n, (int)n, buf);
    write(up[1], reply, len);
    while (read(down[0], buf, sizeof buf) > 0) {} /* until the parent closes its end */
    _exit(0);
  }
  close(up[1]);
  close(down[0]);
  struct pollfd p = { .fd = up[0], .events = POLLIN };
  printf("parent: poll before writing %d\n", poll(&p, 1, 0));
  write(down[1], "ping", 4);
  char buf[128];
  int r = poll(&p, 1, -1);
  ssize_t n = read(up[0], buf, sizeof buf - 1);
  buf[n > 0 ? n : 0] = 0;
  printf("parent: poll %d revents %#x, got \"%s\"\n", r, p.revents, buf);
  close(down[1]);
  int status;
  waitpid(pid, &status, 0);
  n = read(up[0], buf, sizeof buf);
  printf("parent: after the child ended, read %zd\n", n);
  p.events = POLLIN;
  printf("parent: poll %d revents %#x (POLLHUP)\n", poll(&p, 1, 0), p.revents);
  close(up[0]);
}

static void event_and_timer(void) {
  int e = eventfd(3, EFD_NONBLOCK);
  uint64_t v = 0;
  printf("eventfd: fd ok %d\n", e >= 0);
  write(e, &(uint64_t){4}, 8);
  ssize_t n = read(e, &v, 8);
  printf("eventfd read %zd value %llu\n", n, (unsigned long long)v);
  n = read(e, &v, 8);
  printf("eventfd empty read %zd errno %d\n", n, errno);
  pid_t pid = fork();
  if (pid == 0) { write(e, &(uint64_t){7}, 8); _exit(0); }
  waitpid(pid, NULL, 0);
  n = read(e, &v, 8);
  printf("eventfd from the child: %zd value %llu\n", n, (unsigned long long)v);
  close(e);

  int t = timerfd_create(CLOCK_MONOTONIC, 0);
  struct itimerspec its = { .it_value = { 0, 2000000 }, .it_interval = { 0, 1000000 } };
  printf("timerfd_settime %d\n", timerfd_settime(t, 0, &its, NULL));
  uint64_t expirations = 0;
  n = read(t, &expirations, 8);
  printf("timerfd read %zd, expired %d\n", n, expirations >= 1);
  struct itimerspec cur;
  timerfd_gettime(t, &cur);
  printf("timerfd interval %ld ns\n", cur.it_interval.tv_nsec);
  close(t);
}

static void sleeping(void) {
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  struct timespec d = { 0, 5000000 };
  int r = clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL);
  clock_gettime(CLOCK_MONOTONIC, &b);
  long ns = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
  printf("clock_nanosleep relative %d, slept at least 5 ms %d\n", r, ns >= 5000000);
  struct timespec until = b;
  until.tv_nsec += 3000000;
  if (until.tv_nsec >= 1000000000L) { until.tv_sec++; until.tv_nsec -= 1000000000L; }
  r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL);
  clock_gettime(CLOCK_MONOTONIC, &a);
  printf("clock_nanosleep absolute %d, reached %d\n", r, a.tv_sec > until.tv_sec || (a.tv_sec == until.tv_sec && a.tv_nsec >= until.tv_nsec));
  printf("clock_nanosleep bad clock %d\n", clock_nanosleep(12345, 0, &d, NULL));
}

static void misc(void) {
  unsigned char buf[64];
  printf("getrandom %zd\n", getrandom(buf, sizeof buf, 0));
  printf("getrandom GRND_NONBLOCK %zd\n", getrandom(buf, 16, GRND_NONBLOCK));
  errno = 0;
  printf("getrandom bad flags %zd errno %d\n", getrandom(buf, 16, 0x100), errno);
  cpu_set_t set;
  CPU_ZERO(&set);
  int r = sched_getaffinity(0, sizeof set, &set);
  printf("sched_getaffinity %d, cpu 0 %d\n", r, CPU_ISSET(0, &set));
  printf("sysconf nprocessors >= 1: %d\n", sysconf(_SC_NPROCESSORS_ONLN) >= 1);
}

static void spawning(void) {
  pid_t pid;
  char *argv[] = { "/bin/true", NULL };
  char *envp[] = { NULL };
  int r = posix_spawn(&pid, "/bin/true", NULL, NULL, argv, envp);
  if (r == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    printf("posix_spawn: ran=%d\n", WIFEXITED(status) && WEXITSTATUS(status) == 0);
  } else {
    printf("posix_spawn: ran=0\n");
  }
  pid = fork();
  if (pid == 0) {
    execve("/bin/true", argv, envp);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  printf("execve in a child: ran=%d\n", WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IONBF, 0);
  pipes();
  event_and_timer();
  sleeping();
  misc();
  if (argc > 1) spawning();
  return 0;
}
