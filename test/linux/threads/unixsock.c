// unixsock: named AF_UNIX sockets (unix(7), bind(2), listen(2), accept(2), connect(2)): a stream server bound to a
// path in /tmp and a client in a child process exchange lines; the socket file is S_IFSOCK; a second bind is
// EADDRINUSE; connecting to nothing is ENOENT, to a socket that does not listen ECONNREFUSED; getsockname and
// getpeername give the path; abstract names; SOCK_SEQPACKET keeps message boundaries; SOCK_DGRAM sendto a bound
// socket. test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *err(int r) { return r >= 0 ? "ok" : strerror(errno); }

static socklen_t addr(struct sockaddr_un *a, const char *path, int abstract) {
  memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  if (abstract) { memcpy(a->sun_path + 1, path, strlen(path)); return offsetof(struct sockaddr_un, sun_path) + 1 + strlen(path); }
  strcpy(a->sun_path, path);
  return sizeof *a;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  char path[64], other[64];
  snprintf(path, sizeof path, "/tmp/unixsock-%d", (int)getpid());
  snprintf(other, sizeof other, "/tmp/unixsock-none-%d", (int)getpid());
  struct sockaddr_un a;
  int srv = socket(AF_UNIX, SOCK_STREAM, 0);
  int c0 = socket(AF_UNIX, SOCK_STREAM, 0);
  char buf[128];
  printf("write before connect: %s\n", err((int)write(c0, "x", 1)));
  printf("connect to a missing path: %s\n", err(connect(c0, (struct sockaddr *)&a, addr(&a, other, 0))));
  printf("listen unbound: %s\n", err(listen(srv, 4)));
  printf("bind: %s\n", err(bind(srv, (struct sockaddr *)&a, addr(&a, path, 0))));
  struct stat st;
  stat(path, &st);
  printf("socket file: %d\n", S_ISSOCK(st.st_mode));
  printf("open the socket file: %s\n", err(open(path, O_RDONLY)));
  int dup = socket(AF_UNIX, SOCK_STREAM, 0);
  printf("bind again: %s\n", err(bind(dup, (struct sockaddr *)&a, addr(&a, path, 0))));
  printf("connect before listen: %s\n", err(connect(c0, (struct sockaddr *)&a, addr(&a, path, 0))));
  printf("accept before listen: %s\n", err(accept(srv, NULL, NULL)));
  printf("listen: %s\n", err(listen(srv, 4)));
  int acc = 0; socklen_t al = sizeof acc;
  getsockopt(srv, SOL_SOCKET, SO_ACCEPTCONN, &acc, &al);
  printf("SO_ACCEPTCONN %d\n", acc);
  struct pollfd p = { .fd = srv, .events = POLLIN };
  printf("poll listener, nobody connecting: %d\n", poll(&p, 1, 0));
  pid_t child = fork();
  if (child == 0) {
    // Prints only after the server's reply, so the lines come in one order.
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    int r = connect(c, (struct sockaddr *)&a, addr(&a, path, 0));
    struct sockaddr_un peer; socklen_t pl = sizeof peer;
    getpeername(c, (struct sockaddr *)&peer, &pl);
    int again = connect(c, (struct sockaddr *)&a, addr(&a, path, 0));
    int again_errno = errno;
    write(c, "hello server\n", 13);
    ssize_t n = read(c, buf, sizeof buf);
    printf("child connect: %s\n", err(r));
    printf("child peer is the path: %d\n", strcmp(peer.sun_path, path) == 0);
    printf("child second connect: %d %s\n", again, strerror(again_errno));
    printf("child got: %.*s", (int)(n > 0 ? n : 0), buf);
    close(c);
    _exit(0);
  }
  struct sockaddr_un from; socklen_t fl = sizeof from;
  int s = accept(srv, (struct sockaddr *)&from, &fl);
  printf("accept: %s, client unnamed: %d\n", err(s), fl == sizeof(sa_family_t));
  ssize_t n = read(s, buf, sizeof buf);
  printf("server got: %.*s", (int)(n > 0 ? n : 0), buf);
  write(s, "hello client\n", 13);
  waitpid(child, NULL, 0);
  n = read(s, buf, sizeof buf);
  printf("server read after the client closed: %zd\n", n);
  close(s);
  struct sockaddr_un me; socklen_t ml = sizeof me;
  getsockname(srv, (struct sockaddr *)&me, &ml);
  printf("getsockname: path %d len %d\n", strcmp(me.sun_path, path) == 0, ml == offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1);
  close(srv);
  printf("connect after the server closed: %s\n", err(connect(c0, (struct sockaddr *)&a, addr(&a, path, 0))));
  unlink(path);

  // Abstract name, SOCK_SEQPACKET: messages keep their boundaries; connect with a different type: EPROTOTYPE.
  char name[32];
  snprintf(name, sizeof name, "unixsock-%d", (int)getpid());
  int sp = socket(AF_UNIX, SOCK_SEQPACKET, 0);
  socklen_t len = addr(&a, name, 1);
  printf("bind abstract: %s\n", err(bind(sp, (struct sockaddr *)&a, len)));
  listen(sp, 4);
  int wrong = socket(AF_UNIX, SOCK_STREAM, 0);
  printf("stream connect to seqpacket: %s\n", err(connect(wrong, (struct sockaddr *)&a, len)));
  int cs = socket(AF_UNIX, SOCK_SEQPACKET, 0);
  printf("seqpacket connect: %s\n", err(connect(cs, (struct sockaddr *)&a, len)));
  int ss = accept4(sp, NULL, NULL, SOCK_CLOEXEC);
  printf("accept4 cloexec: %d\n", fcntl(ss, F_GETFD) & FD_CLOEXEC);
  send(cs, "one", 3, 0);
  send(cs, "two!", 4, 0);
  n = recv(ss, buf, sizeof buf, 0);
  printf("first message %zd\n", n);
  n = recv(ss, buf, sizeof buf, 0);
  printf("second message %zd\n", n);
  close(cs); close(ss); close(sp);

  // SOCK_DGRAM: sendto a bound socket; connect then send.
  int d1 = socket(AF_UNIX, SOCK_DGRAM, 0), d2 = socket(AF_UNIX, SOCK_DGRAM, 0);
  printf("dgram send unconnected: %s\n", err((int)send(d2, "x", 1, 0)));
  bind(d1, (struct sockaddr *)&a, addr(&a, path, 0));
  printf("sendto: %zd\n", sendto(d2, "datagram", 8, 0, (struct sockaddr *)&a, addr(&a, path, 0)));
  printf("dgram connect: %s\n", err(connect(d2, (struct sockaddr *)&a, addr(&a, path, 0))));
  printf("send: %zd\n", send(d2, "second", 6, 0));
  n = recv(d1, buf, sizeof buf, 0);
  printf("recv %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  n = recv(d1, buf, sizeof buf, 0);
  printf("recv %zd [%.*s]\n", n, (int)(n > 0 ? n : 0), buf);
  unlink(path);
  printf("inet socket: %s\n", err(socket(AF_INET6 + 100, SOCK_STREAM, 0)));
  return 0;
}
