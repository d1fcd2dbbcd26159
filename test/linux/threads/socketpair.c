// AF_UNIX socketpair between a parent and its child, compared with qemu-aarch64 (test/oracle/threads): a stream
// pair carries a request and a reply both ways (read/write, send/recv, sendmsg/recvmsg with two iovecs), poll
// sees POLLIN, shutdown(SHUT_WR) gives the peer end of file, a datagram pair keeps message boundaries and
// truncates a long message, MSG_PEEK leaves data queued, and errnos for bad arguments.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  int sv[2];
  printf("bad domain: %d errno %d\n", socketpair(AF_INET, SOCK_STREAM, 0, sv), errno);
  printf("stream pair: %d\n", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
  pid_t pid = fork();
  if (pid == 0) {
    close(sv[0]);
    char buf[64];
    ssize_t n = read(sv[1], buf, sizeof buf);
    char reply[80];
    int len = snprintf(reply, sizeof reply, "child got %zd bytes: %.*s", n, (int)n, buf);
    send(sv[1], reply, len, 0);
    read(sv[1], buf, 2); /* "go": the parent has read the reply */
    struct iovec iov[2] = { { "two ", 4 }, { "parts", 5 } };
    struct msghdr msg = { .msg_iov = iov, .msg_iovlen = 2 };
    sendmsg(sv[1], &msg, 0);
    shutdown(sv[1], SHUT_WR);
    n = read(sv[1], buf, sizeof buf); /* the parent closes: end of file */
    _exit(n == 0 ? 0 : 1);
  }
  close(sv[1]);
  write(sv[0], "hello", 5);
  struct pollfd p = { .fd = sv[0], .events = POLLIN };
  printf("poll %d revents %#x\n", poll(&p, 1, -1), p.revents & POLLIN);
  char buf[128];
  ssize_t n = recv(sv[0], buf, 14, 0);
  printf("recv %zd: %.*s\n", n, (int)n, buf);
  n = recv(sv[0], buf, sizeof buf, 0);
  printf("recv rest %zd\n", n);
  write(sv[0], "go", 2);
  char a[4], b[16];
  struct iovec iov[2] = { { a, 4 }, { b, sizeof b } };
  struct msghdr msg = { .msg_iov = iov, .msg_iovlen = 2 };
  n = recvmsg(sv[0], &msg, 0);
  printf("recvmsg %zd: %.4s|%.*s\n", n, a, (int)(n > 4 ? n - 4 : 0), b);
  n = read(sv[0], buf, sizeof buf);
  printf("after shutdown: read %zd\n", n);
  close(sv[0]);
  int status;
  waitpid(pid, &status, 0);
  printf("child exit %d\n", WEXITSTATUS(status));

  int dv[2];
  printf("dgram pair: %d\n", socketpair(AF_UNIX, SOCK_DGRAM, 0, dv));
  send(dv[0], "first", 5, 0);
  send(dv[0], "second message", 14, 0);
  n = recv(dv[1], buf, sizeof buf, MSG_PEEK);
  printf("peek %zd: %.*s\n", n, (int)n, buf);
  n = recv(dv[1], buf, sizeof buf, 0);
  printf("dgram %zd: %.*s\n", n, (int)n, buf);
  n = recv(dv[1], buf, 6, 0);
  printf("truncated %zd: %.*s\n", n, (int)n, buf);
  n = recv(dv[1], buf, sizeof buf, MSG_DONTWAIT);
  printf("empty: %zd errno %d\n", n, errno);
  int type = 0;
  socklen_t len = sizeof type;
  printf("getsockopt %d type %d\n", getsockopt(dv[0], SOL_SOCKET, SO_TYPE, &type, &len), type);
  printf("lseek on a socket: %ld errno %d\n", (long)lseek(dv[0], 0, SEEK_SET), errno);
  printf("send on a pipe: ");
  int pp[2];
  pipe(pp);
  printf("%zd errno %d\n", send(pp[1], "x", 1, 0), errno);
  close(dv[1]);
  n = send(dv[0], "x", 1, MSG_NOSIGNAL);
  printf("send to a closed peer: %zd errno %d\n", n, errno);
  return 0;
}
