/* Link creation, O_TMPFILE, /proc/self/maps and SIGBUS-past-the-end cases compared with qemu-aarch64 by test/oracle/fsLinksQemu.test.ts:
   each line is a call, its result and errno. Run as `links DIR SHM` with DIR an empty folder the program may write
   (a writable root under the emulator) and SHM a new name for a folder under /dev/shm (tmpfs in both). */
#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <signal.h>
#include <setjmp.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#define R(expr) do { errno = 0; long r_ = (long)(expr); printf("%-52s %ld %d\n", #expr, r_, r_ < 0 ? errno : 0); } while (0)
static char buf[256];
static sigjmp_buf jb;
static volatile int bus_code;
static char *volatile bus_addr;
static void onbus(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; bus_code = si->si_code; bus_addr = si->si_addr; siglongjmp(jb, 1); }
/* Touches *p (reading, or writing 'W'): prints the byte read, or the SIGBUS code and its address relative to base. */
static void probe(const char *what, char *base, char *p, int write) {
  if (sigsetjmp(jb, 1) == 0) {
    int v = write ? (*p = 'W') : *(volatile char *)p;
    printf("%-30s value %d\n", what, v);
  } else {
    printf("%-30s SIGBUS code %d at +%ld\n", what, bus_code, (long)(bus_addr - base));
  }
}
static long nl(int fd) { struct stat s; return fstat(fd, &s) == 0 ? (long)s.st_nlink : -1; }
static const char *rl(const char *p) { long n = readlink(p, buf, sizeof buf - 1); buf[n < 0 ? 0 : n] = 0; return n < 0 ? strerror(errno) : buf; }
int main(int argc, char **argv) {
  char shm[200], path[300];
  if (argc < 3 || chdir(argv[1]) != 0) return 2;
  snprintf(shm, sizeof shm, "/dev/shm/%s", argv[2]);
  int f = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
  R(write(f, "abcdef", 6));
  R(symlink("f", "s"));
  printf("readlink s: %s\n", rl("s"));
  printf("readlink f: %s\n", rl("f"));
  R(symlink("x", "s"));
  R(symlink("x", "f"));
  R(symlink("", "e"));
  R(symlink("x", "new/"));
  R(symlink("x", "f/x"));
  R(symlink("x", "no/x"));
  R(symlink("x", "/proc/x"));
  R(link("f", "h"));
  R(link("f", "h"));
  R(link("f", "new/"));
  R(mkdir("d", 0755));
  R(link("d", "d2"));
  R(link("nope", "x"));
  R(linkat(AT_FDCWD, "f", AT_FDCWD, "x", 1));
  R(link("s", "s2"));
  printf("readlink s2: %s\n", rl("s2"));
  R(linkat(AT_FDCWD, "s", AT_FDCWD, "s3", AT_SYMLINK_FOLLOW));
  printf("readlink s3: %s\n", rl("s3"));
  R(nl(f));
  R(rename("f", "h"));
  R(nl(f));
  R(unlink("h"));
  R(nl(f));
  R(mkdir(shm, 0700));
  snprintf(path, sizeof path, "%s/x", shm);
  R(link("f", path));
  R(open(shm, O_TMPFILE | O_RDONLY, 0600));
  R(open(shm, O_TMPFILE | O_CREAT | O_RDWR, 0600));
  R(open("f", O_TMPFILE | O_RDWR, 0600));
  int t = open(shm, O_TMPFILE | O_RDWR, 0600);
  R(t >= 0);
  R(write(t, "secret", 6));
  R(nl(t));
  snprintf(path, sizeof path, "/proc/self/fd/%d", t);
  const char *name = rl(path);
  printf("fd link: in shm %d, deleted %d\n", strncmp(name, shm, strlen(shm)) == 0 && name[strlen(shm) + 1] == '#',
         strlen(name) > 10 && strcmp(name + strlen(name) - 10, " (deleted)") == 0);
  snprintf(path, sizeof path, "%s/named", shm);
  R(linkat(t, "", AT_FDCWD, path, 0));
  R(linkat(t, "", AT_FDCWD, path, AT_EMPTY_PATH));
  R(nl(t));
  R(access(path, F_OK));
  int u = open(shm, O_TMPFILE | O_WRONLY, 0600);
  snprintf(path, sizeof path, "/proc/self/fd/%d", u);
  char dest[300];
  snprintf(dest, sizeof dest, "%s/viaproc", shm);
  R(linkat(AT_FDCWD, path, AT_FDCWD, dest, AT_SYMLINK_FOLLOW));
  R(nl(u));
  int x = open(shm, O_TMPFILE | O_RDWR | O_EXCL, 0600);
  snprintf(dest, sizeof dest, "%s/never", shm);
  R(linkat(x, "", AT_FDCWD, dest, AT_EMPTY_PATH));
  int g = open("gone", O_RDWR | O_CREAT, 0600);
  R(unlink("gone"));
  R(linkat(g, "", AT_FDCWD, "back", AT_EMPTY_PATH));
  R(linkat(77, "", AT_FDCWD, "back", AT_EMPTY_PATH));
  /* /proc/self/maps of a file mapping split in three by mprotect. */
  char page[3 * 4096 + 100];
  memset(page, 'a', sizeof page);
  int m = open("m", O_RDWR | O_CREAT | O_TRUNC, 0644);
  R(write(m, page, sizeof page));
  char *p = mmap(0, 3 * 4096, PROT_READ, MAP_PRIVATE, m, 4096);
  R(p != MAP_FAILED);
  R(mprotect(p + 4096, 4096, PROT_READ | PROT_WRITE));
  struct stat ms;
  fstat(m, &ms);
  FILE *maps = fopen("/proc/self/maps", "r");
  char line[512];
  while (fgets(line, sizeof line, maps)) {
    unsigned long lo, hi, off, ino; unsigned maj, mi; char perms[8];
    if (sscanf(line, "%lx-%lx %7s %lx %x:%x %lu", &lo, &hi, perms, &off, &maj, &mi, &ino) != 7) continue;
    if (lo < (unsigned long)p || hi > (unsigned long)p + 3 * 4096) continue;
    printf("map +%lx-%lx %s offset %lx inode ok %d dev ok %d name %s", lo - (unsigned long)p, hi - (unsigned long)p, perms, off,
           ino == ms.st_ino, maj == major(ms.st_dev) && mi == minor(ms.st_dev), strstr(line, "/m\n") ? "m\n" : line);
  }
  fclose(maps);
  /* A mapping longer than its file: pages wholly past the end raise SIGBUS (BUS_ADRERR); the last partial page reads 0. */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onbus;
  sa.sa_flags = SA_SIGINFO;
  R(sigaction(SIGBUS, &sa, 0));
  int b = open("short", O_RDWR | O_CREAT | O_TRUNC, 0644);
  R(write(b, "xyz", 3));
  char *q = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, b, 0);
  R(q != MAP_FAILED);
  probe("read in the file", q, q + 1, 0);
  probe("read past the end, same page", q, q + 100, 0);
  probe("read a page past the end", q, q + 4096 + 8, 0);
  probe("write two pages past the end", q, q + 8192 + 5, 1);
  R(ftruncate(b, 5000));
  probe("read after growing", q, q + 4096 + 8, 0);
  R(pwrite(b, "Q", 1, 4100));
  probe("read a byte written", q, q + 4100, 0);
  probe("write in the grown part", q, q + 4200, 1);
  probe("still past the end", q, q + 8192, 0);
  R(ftruncate(b, 3));
  probe("read after shrinking", q, q + 4096 + 8, 0);
  /* The kernel's own accesses to those pages fail with EFAULT (no SIGBUS); a buffer that starts in the file's
     last page transfers up to the end of that page. */
  int sink = open("sink", O_RDWR | O_CREAT | O_TRUNC, 0644);
  R(write(sink, "hello", 5));
  errno = 0;
  long n = write(sink, q + 4096, 10);
  printf("write from a page past the end: %ld errno %d\n", n, errno);
  errno = 0;
  n = pread(sink, q + 8192, 5, 0);
  printf("read into a page past the end: %ld errno %d\n", n, errno);
  errno = 0;
  n = write(sink, q + 4000, 200);
  printf("write across the end of the file's last page: %ld errno %d\n", n, errno);
  close(sink);
  unlink("sink");
  char *pv = mmap(0, 2 * 4096, PROT_READ, MAP_PRIVATE, b, 0);
  probe("private: past the end", pv, pv + 4096, 0);
  snprintf(path, sizeof path, "%s/x", shm); unlink(path);
  snprintf(path, sizeof path, "%s/named", shm); unlink(path);
  snprintf(path, sizeof path, "%s/viaproc", shm); unlink(path);
  R(rmdir(shm));
  return 0;
}
