// MAP_SHARED memory between a parent and its forked children: anonymous and file-backed (tmpfs file, memfd)
// mappings see each other's writes, MAP_PRIVATE ones stay copies, two mappings of one file alias, and
// process-shared pthread mutexes, condition variables and semaphores in shared memory work across processes
// (futexes without FUTEX_PRIVATE_FLAG keyed by the shared page). Checked against qemu-aarch64 (test/oracle/threads).
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

struct shared {
  pthread_mutex_t mutex;
  pthread_cond_t cond;
  sem_t sem;
  int ready;
  int counter;
  char text[64];
};

static int wait_child(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void anonymous(void) {
  int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int *private = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  shared[0] = 1;
  private[0] = 1;
  pid_t pid = fork();
  if (pid == 0) {
    shared[0] = 42;
    shared[1000] = 7; /* a page the parent never touched */
    private[0] = 42;
    _exit(shared[2] == 0 ? 3 : 4);
  }
  int status = wait_child(pid);
  printf("anonymous: status %d shared %d %d private %d\n", status, shared[0], shared[1000], private[0]);
  /* The parent's later writes reach a child forked earlier too. */
  pid = fork();
  if (pid == 0) {
    while (shared[1] == 0) sched_yield();
    _exit(shared[1]);
  }
  shared[1] = 9;
  printf("child saw %d\n", wait_child(pid));
  munmap(shared, 4096);
  munmap(private, 4096);
}

static void file_backed(void) {
  int fd = open("/tmp/shared-map", O_RDWR | O_CREAT | O_TRUNC, 0600);
  if (fd < 0 || ftruncate(fd, 8192) != 0) { puts("tmp file failed"); return; }
  char *a = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  char *b = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 4096);
  char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  pid_t pid = fork();
  if (pid == 0) {
    strcpy(a + 4096, "written by the child");
    strcpy(p, "private");
    _exit(0);
  }
  wait_child(pid);
  char buf[32] = {0};
  pread(fd, buf, 20, 4096);
  printf("file: mapping '%s' second mapping '%s' file '%s' private '%s'\n", a + 4096, b, buf, p);
  /* A write through the file reaches every mapping. */
  pwrite(fd, "via write", 10, 100);
  printf("after pwrite: '%s'\n", a + 100);
  munmap(a, 8192);
  munmap(b, 4096);
  munmap(p, 8192);
  close(fd);
  unlink("/tmp/shared-map");

  int mfd = memfd_create("shm", 0);
  ftruncate(mfd, 4096);
  int *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, mfd, 0);
  pid = fork();
  if (pid == 0) {
    int *c = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, mfd, 0); /* the child's own mapping of it */
    c[5] = 55;
    _exit(0);
  }
  wait_child(pid);
  printf("memfd: %d\n", m[5]);
  close(mfd);
}

static void synchronisation(void) {
  struct shared *s = mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
  pthread_mutex_init(&s->mutex, &ma);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
  pthread_cond_init(&s->cond, &ca);
  sem_init(&s->sem, 1, 0);
  enum { CHILDREN = 3, ROUNDS = 2000 };
  pid_t pids[CHILDREN];
  for (int i = 0; i < CHILDREN; i++) {
    pids[i] = fork();
    if (pids[i] == 0) {
      pthread_mutex_lock(&s->mutex);
      while (!s->ready) pthread_cond_wait(&s->cond, &s->mutex);
      pthread_mutex_unlock(&s->mutex);
      for (int r = 0; r < ROUNDS; r++) {
        pthread_mutex_lock(&s->mutex);
        int v = s->counter;
        if (r % 100 == 0) sched_yield(); /* another process runs while the lock is held */
        s->counter = v + 1;
        pthread_mutex_unlock(&s->mutex);
      }
      sem_post(&s->sem);
      _exit(0);
    }
  }
  pthread_mutex_lock(&s->mutex);
  s->ready = 1;
  pthread_cond_broadcast(&s->cond);
  pthread_mutex_unlock(&s->mutex);
  for (int i = 0; i < CHILDREN; i++) sem_wait(&s->sem);
  printf("counter %d (expected %d)\n", s->counter, CHILDREN * ROUNDS);
  for (int i = 0; i < CHILDREN; i++) wait_child(pids[i]);
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  anonymous();
  file_backed();
  synchronisation();
  return 0;
}
