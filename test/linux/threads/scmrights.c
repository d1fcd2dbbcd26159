// scmrights: descriptors passed with SCM_RIGHTS over AF_UNIX sockets (unix(7), cmsg(3)): a child opens a file and
// a pipe and sends them to its parent over a socketpair with one byte of data, then exits; the parent receives
// new descriptors for the same open files (it reads the file from the child's position, and the pipe's data);
// MSG_CMSG_CLOEXEC; a stream read stops after data that carried descriptors; SOCK_DGRAM carries them too, and a
// control buffer too small for them truncates (MSG_CTRUNC).
// test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int send_fds(int sock, const int *fds, int n, const char *data) {
  char control[CMSG_SPACE(4 * sizeof(int))];
  memset(control, 0, sizeof control);
  struct iovec iov = { (void *)data, strlen(data) };
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = CMSG_SPACE(n * sizeof(int)) };
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(n * sizeof(int));
  memcpy(CMSG_DATA(c), fds, n * sizeof(int));
  return (int)sendmsg(sock, &msg, 0);
}

static int recv_fds(int sock, int *fds, int room, int flags, char *data, int *got, int *msgflags) {
  char control[CMSG_SPACE(4 * sizeof(int))];
  struct iovec iov = { data, 16 };
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = CMSG_SPACE(room * sizeof(int)) };
  if (room == 0) msg.msg_controllen = 0;
  int n = (int)recvmsg(sock, &msg, flags);
  *got = 0;
  *msgflags = msg.msg_flags;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      *got = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      memcpy(fds, CMSG_DATA(c), *got * sizeof(int));
    }
  }
  return n;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  char path[64], data[17] = {0}, buf[32];
  snprintf(path, sizeof path, "/tmp/scm-%d", (int)getpid());
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  pid_t child = fork();
  if (child == 0) {
    int f = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    write(f, "hello, passed file", 18);
    lseek(f, 7, SEEK_SET);
    int p[2];
    pipe(p);
    write(p[1], "through the pipe", 16);
    int fds[2] = { f, p[0] };
    printf("child sendmsg: %d\n", send_fds(sv[1], fds, 2, "F"));
    write(sv[1], "plain", 5);
    int one[1] = { f };
    send_fds(sv[1], one, 1, "T");
    _exit(0);
  }
  waitpid(child, NULL, 0);
  int fds[4], got, mflags;
  int n = recv_fds(sv[0], fds, 4, MSG_CMSG_CLOEXEC, data, &got, &mflags);
  printf("parent recvmsg: %d bytes [%.*s], %d descriptors, flags %#x\n", n, n, data, got, mflags);
  printf("cloexec: %d\n", got > 0 ? (fcntl(fds[0], F_GETFD) & FD_CLOEXEC) : -1);
  if (got == 2) {
    n = (int)read(fds[0], buf, sizeof buf);
    printf("file from the child's position: [%.*s]\n", n, buf);
    n = (int)read(fds[1], buf, sizeof buf);
    printf("pipe: [%.*s]\n", n, buf);
  }
  n = recv_fds(sv[0], fds, 4, 0, data, &got, &mflags);
  printf("next read joins plain data and stops after the next descriptors' data: %d [%.*s] %d descriptors\n", n, n, data, got);

  int dv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, dv);
  int mine[1] = { 1 };
  printf("dgram sendmsg: %d\n", send_fds(dv[0], mine, 1, "dgram"));
  n = recv_fds(dv[1], fds, 4, 0, data, &got, &mflags);
  printf("dgram recvmsg: %d [%.*s] %d descriptor, a new one %d\n", n, n, data, got, got == 1 && fds[0] != 1);
  int two[2] = { 0, 1 };
  send_fds(dv[0], two, 2, "two");
  n = recv_fds(dv[1], fds, 1, 0, data, &got, &mflags);
  printf("room for one: %d [%.*s] %d descriptor, MSG_CTRUNC %d\n", n, n, data, got, (mflags & MSG_CTRUNC) != 0);
  int bad[1] = { 99 };
  printf("bad descriptor: %d\n", send_fds(dv[0], bad, 1, "x"));
  unlink(path);
  return 0;
}
