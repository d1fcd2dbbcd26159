/* Link creation, O_TMPFILE and /proc/self/maps cases compared with qemu-aarch64 by test/oracle/fsLinksQemu.test.ts:
   each line is a call, its result and errno. Run as `links DIR SHM` with DIR an empty folder the program may write
   (a writable root under the emulator) and SHM a new name for a folder under /dev/shm (tmpfs in both). */
#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#define R(expr) do { errno = 0; long r_ = (long)(expr); printf("%-52s %ld %d\n", #expr, r_, r_ < 0 ? errno : 0); } while (0)
static char buf[256];
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
  snprintf(path, sizeof path, "%s/x", shm); unlink(path);
  snprintf(path, sizeof path, "%s/named", shm); unlink(path);
  snprintf(path, sizeof path, "%s/viaproc", shm); unlink(path);
  R(rmdir(shm));
  return 0;
}
