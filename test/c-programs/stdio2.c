/* Corpus program: stdio beyond printf: files in /tmp (fopen modes, fseek/ftell/rewind, fgets/getline, fscanf,
   ungetc, fread/fwrite of binary records, append mode, freopen-free redirection with dup2, rename/remove,
   tmpfile), fmemopen and open_memstream, setvbuf modes, snprintf truncation, sscanf conversions and scansets,
   strtol/strtoul/strtod with errno and end pointers, wide characters (wcslen, swprintf, mbstowcs in the C
   locale), qsort_r-free bsearch, time formatting of a fixed time (gmtime_r, strftime, timegm). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <wchar.h>
#include <time.h>
#include <limits.h>

struct rec { int id; double v; char name[12]; };

static int cmpint(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
  FILE *f = fopen("/tmp/stdio2.txt", "w+");
  if (!f) { perror("fopen"); return 1; }
  for (int i = 0; i < 5; i++) fprintf(f, "line %d: %s %.2f\n", i, i % 2 ? "odd" : "even", i * 1.25);
  printf("ftell after writing: %ld\n", ftell(f));
  rewind(f);
  char buf[64];
  fgets(buf, sizeof buf, f);
  printf("first line: %s", buf);
  fseek(f, -14, SEEK_END);
  fgets(buf, sizeof buf, f);
  printf("tail: [%s]\n", strtok(buf, "\n"));
  rewind(f);
  int n, got; char word[16]; double d;
  got = fscanf(f, "line %d: %15s %lf", &n, word, &d);
  printf("fscanf: %d -> %d %s %.2f\n", got, n, word, d);
  int c = fgetc(f); ungetc('Z', f); c = fgetc(f);
  printf("ungetc: %c\n", c);
  char *line = 0; size_t cap = 0; ssize_t len; int lines = 0;
  rewind(f);
  while ((len = getline(&line, &cap, f)) > 0) lines++;
  printf("getline: %d lines, feof=%d ferror=%d\n", lines, feof(f), ferror(f));
  free(line);
  fclose(f);
  f = fopen("/tmp/stdio2.txt", "a");
  fputs("appended\n", f);
  fclose(f);
  f = fopen("/tmp/stdio2.txt", "r");
  fseek(f, 0, SEEK_END);
  printf("size after append: %ld\n", ftell(f));
  fclose(f);
  printf("rename: %d, old gone: %d, remove: %d, fopen missing: %p errno ENOENT=%d\n", rename("/tmp/stdio2.txt", "/tmp/stdio3.txt"),
         access("/tmp/stdio2.txt", F_OK) != 0, remove("/tmp/stdio3.txt"), (void *)fopen("/tmp/stdio3.txt", "r"), errno == ENOENT);
  /* binary records */
  FILE *t = tmpfile();
  struct rec rs[3] = { { 1, 0.5, "one" }, { 2, -1e100, "two" }, { 3, 3.0, "three" } }, back[3];
  printf("fwrite %zu ", fwrite(rs, sizeof rs[0], 3, t));
  rewind(t);
  printf("fread %zu: %d %g %s | %d %g %s\n", fread(back, sizeof back[0], 3, t), back[1].id, back[1].v, back[1].name, back[2].id, back[2].v, back[2].name);
  fclose(t);
  /* memory streams */
  char mem[32] = "10 20 30";
  FILE *m = fmemopen(mem, strlen(mem), "r");
  int a1, a2, a3; fscanf(m, "%d %d %d", &a1, &a2, &a3); fclose(m);
  char *ms; size_t msz;
  FILE *o = open_memstream(&ms, &msz);
  fprintf(o, "sum=%d", a1 + a2 + a3); fclose(o);
  printf("fmemopen/open_memstream: %s (%zu bytes)\n", ms, msz);
  free(ms);
  /* dup2 redirection of stdout into a file and back */
  fflush(stdout);
  int saved = dup(1), fd = open("/tmp/redir.txt", O_CREAT | O_TRUNC | O_WRONLY, 0644);
  dup2(fd, 1); close(fd);
  printf("this goes to the file\n"); fflush(stdout);
  dup2(saved, 1); close(saved);
  fd = open("/tmp/redir.txt", O_RDONLY); ssize_t rn = read(fd, buf, sizeof buf - 1); close(fd); buf[rn > 0 ? rn : 0] = 0;
  printf("redirected: %s", buf);
  /* snprintf truncation and sscanf */
  char small[8];
  int w = snprintf(small, sizeof small, "%s-%d", "abcdef", 12345);
  printf("snprintf: %d [%s]\n", w, small);
  char s1[8], s2[8]; unsigned hx; int pos;
  got = sscanf("key=[abc]  0x1F rest", "key=[%7[a-z]] %x%n %7s", s1, &hx, &pos, s2);
  printf("sscanf: %d %s %u %d %s\n", got, s1, hx, pos, s2);
  /* strto* */
  char *end; errno = 0;
  long l1 = strtol("  -0x7fffffffffffffffff zz", &end, 0);
  printf("strtol overflow: %ld ERANGE=%d rest=[%s]\n", l1, errno == ERANGE, end);
  errno = 0;
  unsigned long u1 = strtoul("-1", &end, 10);
  printf("strtoul(-1)=%lu errno=%d; strtol base 36 'zz'=%ld; base 2 '1012'=%ld\n", u1, errno, strtol("zz", 0, 36), strtol("1012", &end, 2));
  errno = 0;
  double dd = strtod("1e400", &end);
  printf("strtod: %g ERANGE=%d, %g %g %a, hex %g, inf/nan %g %g\n", dd, errno == ERANGE, strtod("1e-400", 0), strtod("-0", 0), strtod("0.1", 0), strtod("0x1.8p3", 0), strtod("-INFINITY", 0), strtod("nan(123)", 0));
  printf("atoi/atol/atof: %d %ld %g\n", atoi(" 42abc"), atol("-9000000000"), atof("3.5e2x"));
  /* wide characters */
  wchar_t ws[32];
  swprintf(ws, 32, L"%ls=%d", L"wide", 7);
  size_t conv = mbstowcs(ws + 10, "abc", 5);
  printf("wide: %zu %zu %d %lc\n", wcslen(ws), conv, (int)ws[10], (wint_t)L'Q');
  /* bsearch */
  int arr[] = { 9, 3, 7, 1, 5 }; qsort(arr, 5, sizeof arr[0], cmpint);
  int key = 7; int *hit = bsearch(&key, arr, 5, sizeof arr[0], cmpint);
  printf("bsearch 7 at %ld\n", hit ? (long)(hit - arr) : -1L);
  /* time formatting of a fixed instant */
  time_t when = 1700000000; struct tm tmv; gmtime_r(&when, &tmv);
  char tb[64]; strftime(tb, sizeof tb, "%Y-%m-%d %H:%M:%S %a %b %j %U %w %%", &tmv);
  printf("time: %s; timegm back %ld; mktime-free yday %d\n", tb, (long)timegm(&tmv), tmv.tm_yday);
  return 0;
}
