// procstat: /proc/self/stat, statm and auxv checked against what the process knows of itself (proc(5)): pid,
// comm, ppid, num_threads, startstack = the address of argc, arg_start/arg_end around the argument strings,
// env_start, and every /proc/self/auxv entry equal to getauxval() of its key. Prints one line per check;
// test/oracle/procQemu.test.ts runs it under qemu-aarch64 and aarch64-mte run.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/auxv.h>

extern char **environ;

static int slurp(const char *path, char *buf, int size) {
  int fd = open(path, O_RDONLY), n = 0, r;
  if (fd < 0) return -1;
  while (n < size - 1 && (r = read(fd, buf + n, size - 1 - n)) > 0) n += r;
  close(fd);
  buf[n] = 0;
  return n;
}

int main(int argc, char **argv) {
  static char buf[8192];
  if (slurp("/proc/self/stat", buf, sizeof buf) < 0) { puts("stat: cannot open"); return 1; }
  char *paren = strrchr(buf, ')');
  char comm[64] = "";
  sscanf(buf, "%*d (%63[^)])", comm);
  unsigned long long f[53] = {0};
  int count = 2;
  for (char *p = strtok(paren + 2, " \n"); p && count < 52; p = strtok(NULL, " \n")) f[++count] = strtoull(p, NULL, 10);
  printf("fields %d\n", count);
  printf("pid %s\n", strtoull(buf, NULL, 10) == (unsigned long long)getpid() ? "ok" : "wrong");
  printf("comm %s\n", comm);
  printf("ppid %s\n", f[4] == (unsigned long long)getppid() ? "ok" : "wrong");
  printf("num_threads %llu\n", f[20]);
  printf("startstack %s\n", f[28] == (unsigned long long)(argv - 1) ? "ok" : "wrong");
  printf("arg_start %s\n", f[48] == (unsigned long long)argv[0] ? "ok" : "wrong");
  printf("arg_end %s\n", f[49] == (unsigned long long)(argv[argc - 1] + strlen(argv[argc - 1]) + 1) ? "ok" : "wrong");
  if (environ[0]) printf("env_start %s\n", f[50] == (unsigned long long)environ[0] ? "ok" : "wrong");
  else printf("env_start %s\n", f[50] == f[49] ? "ok (no environment)" : "wrong");
  printf("exit_signal %llu\n", f[38]);
  if (slurp("/proc/self/statm", buf, sizeof buf) < 0) { puts("statm: cannot open"); return 1; }
  unsigned long long size = 0, resident = 0;
  printf("statm %s\n", sscanf(buf, "%llu %llu", &size, &resident) == 2 && size > 0 && resident > 0 ? "ok" : "wrong");
  int fd = open("/proc/self/auxv", O_RDONLY);
  unsigned long long pair[2];
  int entries = 0, same = 0, terminated = 0;
  while (read(fd, pair, sizeof pair) == sizeof pair) {
    entries++;
    if (pair[0] == 0) { terminated = pair[1] == 0; break; }
    if (getauxval(pair[0]) == pair[1]) same++;
  }
  close(fd);
  printf("auxv %s, AT_NULL %s\n", same == entries - 1 && entries > 10 ? "all match getauxval" : "differs", terminated ? "last" : "missing");
  return 0;
}
