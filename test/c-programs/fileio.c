/* Corpus: file I/O in /tmp (an in-memory tmpfs under the emulator): stdio write/read/seek/tell, formatted I/O,
   POSIX open/pread/pwrite/lseek/fstat/ftruncate, a directory listing, rename and unlink, and the errors for a
   missing file. File names include the pid so runs never collide. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>

int main(void) {
  char dir[64], path[96], path2[96];
  snprintf(dir, sizeof dir, "/tmp/corpus-%d", (int)getpid());
  if (mkdir(dir, 0700) != 0) { printf("mkdir failed: %s\n", strerror(errno)); return 1; }
  snprintf(path, sizeof path, "%s/data.txt", dir);
  snprintf(path2, sizeof path2, "%s/renamed.txt", dir);
  FILE *f = fopen(path, "w+");
  if (!f) { printf("fopen failed: %s\n", strerror(errno)); return 1; }
  for (int i = 0; i < 100; i++) fprintf(f, "line %03d %f\n", i, i / 8.0);
  printf("ftell after write: %ld\n", ftell(f));
  rewind(f);
  int n; double v; int lines = 0; double total = 0;
  while (fscanf(f, "line %d %lf\n", &n, &v) == 2) { lines++; total += v; }
  printf("read back %d lines, total %.3f\n", lines, total);
  fseek(f, 9 * 20, SEEK_SET);
  char buf[64]; fgets(buf, sizeof buf, f);
  printf("line at 180: %s", buf);
  fclose(f);
  int fd = open(path, O_RDWR);
  struct stat st; fstat(fd, &st);
  printf("size %lld regular %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
  printf("pwrite %zd ", pwrite(fd, "XYZ", 3, 5));
  memset(buf, 0, sizeof buf);
  printf("pread %zd [%s] ", pread(fd, buf, 12, 0), buf);
  printf("lseek end %lld ", (long long)lseek(fd, 0, SEEK_END));
  printf("ftruncate %d ", ftruncate(fd, 10));
  fstat(fd, &st); printf("size %lld\n", (long long)st.st_size);
  close(fd);
  printf("rename %d\n", rename(path, path2));
  DIR *d = opendir(dir);
  int entries = 0; struct dirent *e;
  while (d && (e = readdir(d))) if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) { printf("entry %s\n", e->d_name); entries++; }
  if (d) closedir(d);
  printf("entries %d\n", entries);
  errno = 0;
  printf("open missing: %d %s\n", open(path, O_RDONLY), strerror(errno));
  printf("unlink %d rmdir %d\n", unlink(path2), rmdir(dir));
  printf("stat after rmdir: %d %s\n", stat(dir, &st), strerror(errno));
  return 0;
}
