// execerr: execve's errors for paths that cannot run (execve(2)): ENOENT for a missing file, EACCES for a
// directory and for a file without execute permission, ENOEXEC for an executable file that is neither ELF nor a
// #! script. test/oracle/threads.test.ts compares it with qemu-aarch64.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void try(const char *what, const char *path) {
  char *argv[] = { (char *)path, NULL };
  execv(path, argv);
  printf("%s: %s\n", what, strerror(errno));
}

int main(void) {
  char plain[64];
  snprintf(plain, sizeof plain, "/tmp/execerr-%d", (int)getpid());
  int fd = open(plain, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(fd, "just text\n", 10);
  close(fd);
  try("missing", "/nonexistent/program");
  try("directory", "/tmp");
  try("not executable", plain);
  chmod(plain, 0755);
  try("not a program", plain);
  unlink(plain);
  return 0;
}
