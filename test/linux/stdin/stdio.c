// stdio: glibc's stdio over standard input (scanf, fgets, getchar to EOF), then read after the end, poll and
// lseek on descriptor 0. test/oracle/linuxStdin.test.ts runs it under qemu-aarch64 and aarch64-mte run with a pipe
// and with a regular file as standard input; the two must print the same.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
int main(void) {
  int a, b; char line[64]; long total = 0; int c, n = 0;
  if (scanf("%d %d", &a, &b) == 2) printf("sum %d\n", a + b);
  fgets(line, sizeof line, stdin);
  if (fgets(line, sizeof line, stdin)) printf("line [%s]\n", strtok(line, "\n"));
  while ((c = getchar()) != EOF) { total += c; n++; }
  printf("rest %d bytes sum %ld feof %d\n", n, total, feof(stdin));
  char buf[8]; printf("read after EOF %zd\n", read(0, buf, 8));
  struct pollfd p = { .fd = 0, .events = POLLIN }; printf("poll %d revents %#x\n", poll(&p, 1, 0), p.revents);
  printf("lseek stdin %ld\n", (long)lseek(0, 0, SEEK_CUR));
  return 0;
}
