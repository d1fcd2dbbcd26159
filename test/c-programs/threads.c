/* Corpus program: pthreads and C11 atomics. Threads add to an atomic counter and to a mutex-protected one,
   hand values over a condition variable, use thread-local storage, pthread_once and a barrier, and return
   values through pthread_join; compare-exchange, fetch-or/and/xor and atomic_flag on one thread. */
#include <stdio.h>
#include <stdatomic.h>
#include <pthread.h>
#include <stdint.h>

#define NT 4
#define ITERS 20000
static atomic_long acount;
static long mcount;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int slot = -1, taken = 0;
static _Thread_local int tls = 100;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int once_runs;
static pthread_barrier_t bar;
static void once_fn(void) { atomic_fetch_add(&once_runs, 1); }

static void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  tls += id;
  pthread_once(&once, once_fn);
  for (int i = 0; i < ITERS; i++) {
    atomic_fetch_add_explicit(&acount, 1, memory_order_relaxed);
    pthread_mutex_lock(&mu); mcount++; pthread_mutex_unlock(&mu);
  }
  pthread_barrier_wait(&bar);
  return (void *)(intptr_t)(tls * 10);
}

static void *producer(void *arg) {
  (void)arg;
  for (int v = 1; v <= 5; v++) {
    pthread_mutex_lock(&mu);
    while (slot != -1) pthread_cond_wait(&cv, &mu);
    slot = v * v; pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  return 0;
}

int main(void) {
  pthread_t t[NT], p;
  pthread_barrier_init(&bar, 0, NT);
  for (int i = 0; i < NT; i++) pthread_create(&t[i], 0, worker, (void *)(intptr_t)i);
  long sum = 0;
  for (int i = 0; i < NT; i++) { void *r; pthread_join(t[i], &r); sum += (long)(intptr_t)r; }
  printf("atomic=%ld mutex=%ld once=%d joined=%ld main tls=%d\n", (long)atomic_load(&acount), mcount, atomic_load(&once_runs), sum, tls);
  pthread_create(&p, 0, producer, 0);
  int got = 0;
  for (int k = 0; k < 5; k++) {
    pthread_mutex_lock(&mu);
    while (slot == -1) pthread_cond_wait(&cv, &mu);
    got += slot; slot = -1; taken++; pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  pthread_join(p, 0);
  printf("condvar: %d values, sum %d\n", taken, got);
  _Atomic unsigned long x = 0xf0;
  unsigned long exp = 0xf0;
  int ok1 = atomic_compare_exchange_strong(&x, &exp, 0x0f);
  exp = 0xf0;
  int ok2 = atomic_compare_exchange_strong(&x, &exp, 0x33);
  printf("cas: %d %d exp=%#lx x=%#lx\n", ok1, ok2, exp, (unsigned long)x);
  unsigned long o1 = atomic_fetch_or(&x, 0x100), o2 = atomic_fetch_and(&x, 0x10f), o3 = atomic_fetch_xor(&x, 0xff);
  printf("or/and/xor: %#lx %#lx %#lx -> %#lx\n", o1, o2, o3, (unsigned long)x);
  _Atomic unsigned char b = 250; atomic_fetch_add(&b, 10);
  _Atomic short s = -5; atomic_fetch_sub(&s, 32767);
  printf("narrow wrap: %u %d\n", (unsigned)b, (int)s);
  atomic_flag f = ATOMIC_FLAG_INIT;
  int f1 = atomic_flag_test_and_set(&f), f2 = atomic_flag_test_and_set(&f);
  atomic_flag_clear(&f);
  printf("flag: %d %d %d\n", f1, f2, atomic_flag_test_and_set(&f));
  return 0;
}
