/* Threads fixture: pthread_create/join, a mutex-protected counter, a condition variable, thread ids,
   thread-local storage and a per-thread MTE mode. Output is deterministic on Linux. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long counter;
static int ready;
static __thread int tls_value;

static void *worker(void *arg) {
  long id = (long)arg;
  tls_value = (int)id * 10;
  for (int i = 0; i < 10000; i++) {
    pthread_mutex_lock(&lock);
    counter++;
    pthread_mutex_unlock(&lock);
  }
  if (syscall(SYS_gettid) == getpid()) return (void *)-1L;
  return (void *)(long)(tls_value + 1);
}

static void *waiter(void *arg) {
  (void)arg;
  pthread_mutex_lock(&lock);
  while (!ready) pthread_cond_wait(&cond, &lock);
  pthread_mutex_unlock(&lock);
  return (void *)42L;
}

int main(void) {
  pthread_t t[4], w;
  tls_value = 7;
  pthread_create(&w, NULL, waiter, NULL);
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
  long sum = 0;
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(t[i], &r);
    sum += (long)r;
  }
  pthread_mutex_lock(&lock);
  ready = 1;
  pthread_cond_broadcast(&cond);
  pthread_mutex_unlock(&lock);
  void *wr;
  pthread_join(w, &wr);
  printf("counter=%ld sum=%ld waiter=%ld tls=%d\n", counter, sum, (long)wr, tls_value);
  printf("main is pid: %d\n", syscall(SYS_gettid) == getpid());
  return 3;
}
