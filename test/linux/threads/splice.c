// splice: splice(2) and tee(2) between pipes and files: a file into a pipe (at an offset, which moves), the pipe
// into another pipe, tee copying without consuming, the pipe into a file; ESPIPE for an offset on a pipe, EINVAL
// when neither end is a pipe or both are the same pipe, EAGAIN with SPLICE_F_NONBLOCK on an empty pipe, 0 once its
// writers are gone. test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show(const char *what, ssize_t r) { printf("%s: %zd %s\n", what, r, r < 0 ? strerror(errno) : ""); }

int main(void) {
  char path[64], out[64], buf[64];
  snprintf(path, sizeof path, "/tmp/splice-in-%d", (int)getpid());
  snprintf(out, sizeof out, "/tmp/splice-out-%d", (int)getpid());
  int f = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789abcdef", 16);
  int p[2], q[2];
  pipe(p);
  pipe(q);
  off64_t off = 4;
  show("file to pipe at 4", splice(f, &off, p[1], NULL, 6, 0));
  printf("offset now %lld, file position %lld\n", (long long)off, (long long)lseek(f, 0, SEEK_CUR));
  lseek(f, 10, SEEK_SET);
  show("file to pipe at its position", splice(f, NULL, p[1], NULL, 100, 0));
  printf("file position %lld\n", (long long)lseek(f, 0, SEEK_CUR));
  show("tee", tee(p[0], q[1], 100, 0));
  show("pipe to pipe", splice(p[0], NULL, q[1], NULL, 3, 0));
  ssize_t n = read(q[0], buf, sizeof buf);
  printf("second pipe: %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  int o = open(out, O_RDWR | O_CREAT | O_TRUNC, 0600);
  show("pipe to file", splice(p[0], NULL, o, NULL, 100, 0));
  n = pread(o, buf, sizeof buf, 0);
  printf("file: %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  show("offset on a pipe", splice(f, NULL, p[1], &off, 1, 0));
  show("no pipe", splice(f, NULL, o, NULL, 1, 0));
  show("same pipe", splice(p[0], NULL, p[1], NULL, 1, 0));
  show("empty, nonblocking", splice(p[0], NULL, o, NULL, 1, SPLICE_F_NONBLOCK));
  show("tee same pipe", tee(p[0], p[1], 1, 0));
  close(p[1]);
  show("empty, writers gone", splice(p[0], NULL, o, NULL, 1, 0));
  unlink(path);
  unlink(out);
  return 0;
}
