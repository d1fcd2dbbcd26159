// fifo: named pipes made by mkfifo/mknod in /tmp (mkfifo(3), mknod(2), fifo(7)): a non-blocking writer with no
// reader fails with ENXIO, a non-blocking reader opens at once and reads end of file until a writer comes; O_RDWR
// opens both ends; a blocking open waits for the other side (here a child process); fstat shows the FIFO's inode;
// lseek is ESPIPE. mknod also makes regular files; devices and directories are EPERM for an unprivileged user.
// test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *err(int r) { return r >= 0 ? "ok" : strerror(errno); }

int main(void) {
  char path[64], file[64];
  snprintf(path, sizeof path, "/tmp/fifo-test-%d", (int)getpid());
  snprintf(file, sizeof file, "/tmp/mknod-test-%d", (int)getpid());
  umask(022);
  printf("mkfifo: %s\n", err(mkfifo(path, 0666)));
  printf("mkfifo again: %s\n", err(mkfifo(path, 0666)));
  struct stat st;
  stat(path, &st);
  printf("stat: fifo %d mode %o size %ld\n", S_ISFIFO(st.st_mode), st.st_mode & 0777, (long)st.st_size);
  printf("open O_WRONLY|O_NONBLOCK without a reader: %s\n", err(open(path, O_WRONLY | O_NONBLOCK)));
  int r = open(path, O_RDONLY | O_NONBLOCK);
  printf("open O_RDONLY|O_NONBLOCK: %s\n", err(r));
  char buf[32];
  printf("read with no writer: %zd\n", read(r, buf, sizeof buf));
  int w = open(path, O_WRONLY | O_NONBLOCK);
  printf("open O_WRONLY|O_NONBLOCK with a reader: %s\n", err(w));
  printf("write: %zd\n", write(w, "abc", 3));
  struct pollfd p = { .fd = r, .events = POLLIN };
  printf("poll with data: %d revents %#x\n", poll(&p, 1, 0), p.revents);
  ssize_t n = read(r, buf, sizeof buf);
  printf("read: %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  printf("read empty, writer open: %zd %s\n", read(r, buf, sizeof buf), strerror(errno));
  struct stat fst;
  fstat(w, &fst);
  printf("fstat: fifo %d same inode %d\n", S_ISFIFO(fst.st_mode), fst.st_ino == st.st_ino);
  printf("lseek: %s\n", err((int)lseek(w, 0, SEEK_SET)));
  close(w);
  printf("read after the writer closed: %zd\n", read(r, buf, sizeof buf));
  close(r);

  int rw = open(path, O_RDWR);
  printf("open O_RDWR: %s\n", err(rw));
  write(rw, "both", 4);
  n = read(rw, buf, sizeof buf);
  printf("O_RDWR read back: %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  close(rw);

  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    usleep(20000);
    int cw = open(path, O_WRONLY);
    write(cw, "hello from the child", 20);
    close(cw);
    _exit(0);
  }
  r = open(path, O_RDONLY); // waits for the child's open
  printf("blocking open for reading: %s\n", err(r));
  int total = 0;
  while ((n = read(r, buf + total, sizeof buf - 1 - total)) > 0) total += n;
  buf[total] = 0;
  printf("read until end of file: [%s]\n", buf);
  close(r);
  waitpid(child, NULL, 0);

  fflush(stdout);
  child = fork();
  if (child == 0) {
    int cr = open(path, O_RDONLY);
    n = read(cr, buf, sizeof buf);
    printf("child read: %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
    fflush(stdout);
    _exit(0);
  }
  w = open(path, O_WRONLY); // waits for the child's open
  printf("blocking open for writing: %s\n", err(w));
  fflush(stdout);
  write(w, "ping", 4);
  close(w);
  waitpid(child, NULL, 0);

  printf("mknod regular: %s\n", err(mknod(file, S_IFREG | 0640, 0)));
  stat(file, &st);
  printf("regular: %d mode %o\n", S_ISREG(st.st_mode), st.st_mode & 0777);
  unlink(file);
  // Devices need CAP_MKNOD: root (as qemu-aarch64 may run) makes one, the emulated user (uid 1000) gets EPERM.
  int dev = mknod(file, S_IFCHR | 0600, makedev(1, 3));
  printf("mknod char device: %s\n", getuid() == 0 ? (dev == 0 ? "as expected" : strerror(errno)) : (dev < 0 && errno == EPERM ? "as expected" : "unexpected"));
  unlink(file);
  printf("mknod directory: %s\n", err(mknod(file, S_IFDIR | 0700, 0)));
  printf("mknod bad type: %s\n", err(mknod(file, 0170000 | 0600, 0)));
  printf("unlink fifo: %s\n", err(unlink(path)));
  return 0;
}
