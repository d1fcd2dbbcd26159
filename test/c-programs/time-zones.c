/* Corpus program: time conversion without time zone files: POSIX TZ rules (UTC, US and European DST rules, a
   half-hour offset, the southern hemisphere, an unknown zone name that falls back to UTC) applied by
   localtime_r, strftime with every common conversion, and mktime back, at the epoch, a leap day, DST switch
   days, 2038 and before 1970; strptime, gmtime at the limits, timegm, asctime, difftime; clock_getres, nanosleep
   (and its EINVAL), clock_nanosleep with an absolute time in the past, and the other clocks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <errno.h>
#include <sys/time.h>
static void show(const char *tz, time_t t) {
  char buf[128]; struct tm tm;
  setenv("TZ", tz, 1);
  tzset();
  localtime_r(&t, &tm);
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %z %a %b %j %U %W %V %G %u %w %e %p %I %C %y %D %F %T %s", &tm);
  printf("[%s] %lld -> %s dst=%d gmtoff=%ld tzname=%s/%s daylight=%d timezone=%ld\n", tz, (long long)t, buf, tm.tm_isdst, tm.tm_gmtoff, tzname[0], tzname[1], daylight, timezone);
  time_t back = mktime(&tm);
  printf("  mktime back %lld\n", (long long)back);
}
int main(void) {
  time_t ts[] = {0, 951782400, 1710054000, 1730613600, 2147483647, 4102444800LL, -86400*365LL};
  const char *zones[] = {"UTC0", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "<+0530>-5:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", "Nonexistent/Zone"};
  for (unsigned z = 0; z < sizeof zones / sizeof *zones; z++)
    for (unsigned i = 0; i < sizeof ts / sizeof *ts; i++) show(zones[z], ts[i]);
  struct tm tm = {0}; char out[64];
  char *r = strptime("2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S", &tm);
  strftime(out, sizeof out, "%c", &tm);
  printf("strptime %s rest=[%s] wday=%d yday=%d\n", out, r ? r : "NULL", tm.tm_wday, tm.tm_yday);
  setenv("TZ", "UTC0", 1); tzset();
  struct tm g; time_t big = 253402300799LL; gmtime_r(&big, &g); printf("gmtime max4 %d-%d-%d\n", g.tm_year + 1900, g.tm_mon + 1, g.tm_mday);
  time_t huge = 0x7fffffffffffffffLL; errno = 0; struct tm *h = gmtime_r(&huge, &g); printf("gmtime huge %p errno %d\n", (void*)h, errno);
  printf("timegm %lld\n", (long long)timegm(&(struct tm){.tm_year = 70, .tm_mday = 1, .tm_sec = -1}));
  printf("asctime %s", asctime(&(struct tm){.tm_year = 124, .tm_mon = 11, .tm_mday = 7, .tm_hour = 10}));
  printf("difftime %.1f\n", difftime(100, 40));
  struct timespec res; clock_getres(CLOCK_MONOTONIC, &res); printf("res mono %ld %ld\n", (long)res.tv_sec, res.tv_nsec);
  clock_getres(CLOCK_REALTIME, &res); printf("res real %ld %ld\n", (long)res.tv_sec, res.tv_nsec);
  printf("getres bad %d errno %d\n", clock_getres(12345, &res), errno);
  struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a); struct timespec d = {0, 20000000}; nanosleep(&d, NULL); clock_gettime(CLOCK_MONOTONIC, &b);
  long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000; printf("slept>=20ms %d\n", ms >= 20);
  struct timespec bad = {0, 1000000000}; errno = 0; printf("nanosleep bad %d errno %d\n", nanosleep(&bad, NULL), errno);
  errno = 0; printf("clock_nanosleep abs past %d\n", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL));
  struct timeval tv; printf("gettimeofday %d\n", gettimeofday(&tv, NULL));
  printf("cputime clock %d\n", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a));
  printf("thread cputime %d\n", clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a));
  printf("boottime %d coarse %d raw %d\n", clock_gettime(CLOCK_BOOTTIME, &a), clock_gettime(CLOCK_MONOTONIC_COARSE, &a), clock_gettime(CLOCK_MONOTONIC_RAW, &a));
  return 0;
}
