/* Corpus program: stdio on memory and files: fmemopen (read, scan, seek, a NULL buffer), open_memstream and
   open_wmemstream, tmpfile with getline/getdelim, ungetc twice, clearerr, fseeko/ftello, full buffering with a
   small buffer, append mode reading and writing, freopen, "x" and "e" modes, a bad mode, opening a directory for
   writing, fdopen, /dev/null, /dev/zero and /dev/full, remove/rename errors, stderr, mkstemp and mkdtemp, and
   fwide on stdout. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
int main(void) {
  char buf[64] = "alpha beta\ngamma\n";
  FILE *m = fmemopen(buf, sizeof buf, "r+"); char w[16]; int n = fscanf(m, "%15s", w); printf("fmemopen scan %d %s pos %ld\n", n, w, ftell(m));
  fseek(m, 0, SEEK_END); printf("end %ld\n", ftell(m)); fclose(m);
  m = fmemopen(NULL, 32, "w+"); fprintf(m, "x=%d", 42); rewind(m); char rb[16] = {0}; fgets(rb, sizeof rb, m); printf("fmemopen null [%s]\n", rb); fclose(m);
  char *ms; size_t ml; FILE *o = open_memstream(&ms, &ml); for (int i = 0; i < 100; i++) fprintf(o, "%d,", i); fflush(o); printf("memstream len %zu head %.12s\n", ml, ms);
  fseek(o, 5, SEEK_SET); fputs("ZZ", o); fclose(o); printf("after seek len %zu [%.12s]\n", ml, ms); free(ms);
  wchar_t *wms; size_t wl; FILE *wo = open_wmemstream(&wms, &wl); fwprintf(wo, L"%ls-%d", L"wide", 7); fclose(wo); printf("wmemstream %zu %ls\n", wl, wms); free(wms);
  FILE *t = tmpfile(); fputs("line one\nline two\n\nlast", t); rewind(t);
  char *line = NULL; size_t cap = 0; ssize_t len; while ((len = getline(&line, &cap, t)) != -1) printf("getline %zd [%s]\n", len, strtok(line, "\n") ? line : "");
  printf("eof %d err %d\n", feof(t), ferror(t)); clearerr(t); printf("cleared eof %d\n", feof(t));
  rewind(t); int c = fgetc(t); ungetc('Q', t); ungetc('R', t); printf("ungetc %c %c %c\n", c, fgetc(t), fgetc(t));
  rewind(t); while ((len = getdelim(&line, &cap, ' ', t)) != -1) printf("[%s]", line); printf("\n"); free(line);
  fseeko(t, -4, SEEK_END); printf("ftello %lld ", (long long)ftello(t)); fgets(buf, sizeof buf, t); printf("[%s]\n", buf);
  fclose(t);
  char path[64]; snprintf(path, sizeof path, "/tmp/stdio3-%d.txt", (int)getpid());
  FILE *f = fopen(path, "w"); setvbuf(f, NULL, _IOFBF, 8); fprintf(f, "%s", "0123456789abcdef"); fclose(f);
  f = fopen(path, "a+"); fputs("APPEND", f); fseek(f, 0, SEEK_SET); fgets(buf, sizeof buf, f); printf("a+ [%s]\n", buf); fputs("!", f); fclose(f);
  f = fopen(path, "r"); fgets(buf, sizeof buf, f); printf("reopen [%s]\n", buf);
  f = freopen(path, "r+", f); fseek(f, 2, SEEK_SET); fputc('X', f); fseek(f, 0, SEEK_CUR); printf("r+ next %c\n", fgetc(f)); fclose(f);
  f = fopen(path, "wx"); printf("wx exists %p errno %s\n", (void *)f, strerror(errno));
  f = fopen(path, "re"); printf("cloexec %d\n", fcntl(fileno(f), F_GETFD)); fclose(f);
  printf("bad mode %p %d\n", (void *)fopen(path, "q"), errno == EINVAL);
  printf("dir open %p %s\n", (void *)fopen("/tmp", "w"), strerror(errno));
  int fd = open(path, O_RDONLY); FILE *fd2 = fdopen(fd, "r"); printf("fdopen fileno %d\n", fileno(fd2) == fd); fclose(fd2);
  printf("closed fd write %zd %s\n", write(fd, "x", 1), strerror(errno));
  f = fopen("/dev/null", "w"); printf("devnull %d\n", fprintf(f, "%0*d", 1000, 1)); fclose(f);
  f = fopen("/dev/zero", "r"); printf("devzero %zu %d\n", fread(buf, 1, 10, f), buf[3]); fclose(f);
  f = fopen("/dev/full", "w"); if (f) { setvbuf(f, NULL, _IONBF, 0); printf("devfull %d %s\n", fputs("x", f), strerror(errno)); fclose(f); } else printf("no /dev/full %s\n", strerror(errno));
  printf("%5.2s|%-6s|%c%c\n", "abc", "de", 'x', 'y');
  printf("remove %d rename-missing %d %s\n", remove(path), rename("/tmp/nope", "/tmp/nope2"), strerror(errno));
  fprintf(stderr, "to stderr %d\n", 3);
  char tn[] = "/tmp/mkstXXXXXX"; int tfd = mkstemp(tn); printf("mkstemp %d len %zu\n", tfd >= 0, strlen(tn)); unlink(tn);
  char td[] = "/tmp/mkdtXXXXXX"; printf("mkdtemp %d\n", mkdtemp(td) != NULL); struct stat st; stat(td, &st); printf("mode %o\n", st.st_mode & 0777); rmdir(td);
  wprintf(L"wide? %d\n", fwide(stdout, 0));
  printf("after wide\n");
  return 0;
}
