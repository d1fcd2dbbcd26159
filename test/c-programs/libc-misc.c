/* Corpus program: assorted libc facilities: POSIX regular expressions, getopt_long on a built argv, the
   environment (setenv/getenv/unsetenv/putenv), rand/srand, random/srandom and drand48 sequences, tsearch
   and hsearch, fnmatch and glob over files made in /tmp, directory listing sorted with scandir, stat of
   files and directories, realpath, basename/dirname, strsep/strtok_r/memmem/strcasestr/strverscmp, ffs and
   popcount builtins, div/ldiv, abs of the minimum, and printf's %m and positional arguments. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <regex.h>
#include <getopt.h>
#include <search.h>
#include <fnmatch.h>
#include <glob.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <libgen.h>
#include <limits.h>
#include <strings.h>
#include <sys/stat.h>

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int only_txt(const struct dirent *d) { return fnmatch("*.txt", d->d_name, 0) == 0; }

int main(void) {
  /* regex */
  regex_t re; regmatch_t m[3];
  int rc = regcomp(&re, "([a-z]+)-([0-9]+)", REG_EXTENDED);
  const char *subject = "id: item-4711, other-2";
  if (rc == 0 && regexec(&re, subject, 3, m, 0) == 0)
    printf("regex: whole [%.*s] 1 [%.*s] 2 [%.*s]\n", (int)(m[0].rm_eo - m[0].rm_so), subject + m[0].rm_so, (int)(m[1].rm_eo - m[1].rm_so), subject + m[1].rm_so, (int)(m[2].rm_eo - m[2].rm_so), subject + m[2].rm_so);
  regfree(&re);
  char err[64]; regex_t bad; rc = regcomp(&bad, "a(b", REG_EXTENDED); regerror(rc, &bad, err, sizeof err);
  printf("regex error: %d %s\n", rc != 0, err);
  /* getopt_long */
  char *args[] = { "prog", "-v", "--size=12", "-o", "out.txt", "--flag", "file1", "-x", "file2", 0 };
  int argc = 9, verbose = 0, flag = 0; long size = 0; const char *out = 0;
  struct option opts[] = { { "size", required_argument, 0, 's' }, { "flag", no_argument, &flag, 1 }, { 0, 0, 0, 0 } };
  int c; opterr = 0;
  while ((c = getopt_long(argc, args, "vo:s:", opts, 0)) != -1) {
    if (c == 'v') verbose++; else if (c == 'o') out = optarg; else if (c == 's') size = atol(optarg); else if (c == '?') printf("getopt: unknown -%c\n", optopt);
  }
  printf("getopt: v=%d size=%ld out=%s flag=%d rest=%s,%s\n", verbose, size, out, flag, args[optind], args[optind + 1]);
  /* environment */
  setenv("ALPHA", "1", 0); setenv("ALPHA", "2", 0); setenv("BETA", "x", 1); putenv("GAMMA=g");
  printf("env: %s %s %s ", getenv("ALPHA"), getenv("BETA"), getenv("GAMMA"));
  unsetenv("BETA"); printf("%s\n", getenv("BETA") ? "still" : "gone");
  /* pseudo-random sequences (glibc's algorithms, seeded) */
  srand(42); int r1 = rand(), r2 = rand(); srandom(7); long r3 = random(); srand48(99); double d1 = drand48(); long l1 = lrand48();
  printf("rand: %d %d %ld %.12f %ld\n", r1, r2, r3, d1, l1);
  /* tsearch + hsearch */
  void *root = 0; const char *words[] = { "pear", "apple", "fig", "apple", "kiwi" };
  for (int i = 0; i < 5; i++) tsearch(words[i], &root, (int (*)(const void *, const void *))strcmp);
  printf("tsearch: fig %s, plum %s\n", tfind("fig", &root, (int (*)(const void *, const void *))strcmp) ? "found" : "missing", tfind("plum", &root, (int (*)(const void *, const void *))strcmp) ? "found" : "missing");
  hcreate(16); ENTRY e = { "key", (void *)5 }; hsearch(e, ENTER); e.key = "key"; ENTRY *hit = hsearch(e, FIND);
  printf("hsearch: %ld\n", hit ? (long)hit->data : -1L); hdestroy();
  /* files in /tmp: glob, scandir, stat */
  mkdir("/tmp/lm", 0755);
  const char *names[] = { "b.txt", "a.txt", "c.log", "d.txt" };
  for (int i = 0; i < 4; i++) { char p[64]; snprintf(p, sizeof p, "/tmp/lm/%s", names[i]); int fd = open(p, O_CREAT | O_WRONLY | O_TRUNC, 0644); write(fd, "12345", (size_t)i + 1); close(fd); }
  glob_t g; glob("/tmp/lm/*.txt", 0, 0, &g);
  printf("glob: %zu:", g.gl_pathc); for (size_t i = 0; i < g.gl_pathc; i++) printf(" %s", g.gl_pathv[i] + 8); printf("\n"); globfree(&g);
  struct dirent **list; int n = scandir("/tmp/lm", &list, only_txt, alphasort);
  printf("scandir: %d:", n); for (int i = 0; i < n; i++) { printf(" %s", list[i]->d_name); free(list[i]); } printf("\n"); free(list);
  struct stat st; stat("/tmp/lm/d.txt", &st);
  printf("stat: size %lld reg %d mode %o; dir %d\n", (long long)st.st_size, S_ISREG(st.st_mode), st.st_mode & 0777, (stat("/tmp/lm", &st), S_ISDIR(st.st_mode)));
  char rp[PATH_MAX]; printf("realpath: %s\n", realpath("/tmp/lm/../lm/./a.txt", rp));
  char p1[] = "/usr/lib/libc.a", p2[] = "/usr/lib/libc.a";
  printf("basename %s dirname %s\n", basename(p1), dirname(p2));
  for (int i = 0; i < 4; i++) { char p[64]; snprintf(p, sizeof p, "/tmp/lm/%s", names[i]); unlink(p); }
  printf("rmdir: %d\n", rmdir("/tmp/lm"));
  /* strings */
  char csv[] = "a,b,,c", *sp = csv, *tok; int fields = 0; while ((tok = strsep(&sp, ",")) != 0) fields++;
  char sent[] = "one two  three", *save; int words2 = 0; for (char *w = strtok_r(sent, " ", &save); w; w = strtok_r(0, " ", &save)) words2++;
  printf("strsep fields %d strtok_r words %d memmem %ld strcasestr %s verscmp %d %d\n", fields, words2, (long)((char *)memmem("abcabd", 6, "abd", 3) - "abcabd" + 0 * 0) >= 0, strcasestr("Hello World", "WORLD"), strverscmp("file9", "file10") < 0, strverscmp("1.10", "1.9") > 0);
  printf("ffs %d %d popcount %d clz %d ctz %d\n", ffs(0x80), ffsl(0), __builtin_popcountll(0xf0f0f0f0f0f0f0f0ULL), __builtin_clzll(1), __builtin_ctzll(1ULL << 40));
  div_t dv = div(-7, 2); ldiv_t lv = ldiv(7L, -2L);
  printf("div %d %d ldiv %ld %ld labs(LONG_MIN) %ld\n", dv.quot, dv.rem, lv.quot, lv.rem, labs(LONG_MIN));
  errno = ENOENT; printf("%%m: %m\n");
  printf("positional: %2$s %1$s %2$s\n", "world", "hello");
  return 0;
}
