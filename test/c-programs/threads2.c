/* Corpus program: more of what threaded C programs use: C11 threads (thrd_create, mtx, cnd, tss with
   destructors, call_once), POSIX semaphores, rwlocks, spinlocks, pthread_cancel at a cancellation point with
   cleanup handlers, pthread_kill with a per-thread handler, detached threads, pthread_exit values, a timed
   condition wait that times out (CLOCK_MONOTONIC), thread stack size attributes, pthread_self/equal, and a
   barrier-synchronised parallel sum. Output does not depend on the schedule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <stdatomic.h>

static mtx_t m11; static cnd_t c11; static int ready11;
static tss_t key; static atomic_int destructed;
static once_flag once = ONCE_FLAG_INIT; static atomic_int once_calls;
static void once_fn(void) { once_calls++; }
static void tss_dtor(void *p) { destructed += (int)(long)p; }

static int c11_thread(void *arg) {
  call_once(&once, once_fn);
  tss_set(key, arg);
  mtx_lock(&m11); ready11++; cnd_signal(&c11); mtx_unlock(&m11);
  return (int)(long)arg * 2;
}

static sem_t sem; static atomic_int sem_sum;
static void *sem_worker(void *arg) { sem_wait(&sem); sem_sum += (int)(long)arg; return 0; }

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; static long shared_val;
static pthread_spinlock_t spin; static long spin_count;
static void *rw_worker(void *arg) {
  for (int i = 0; i < 1000; i++) {
    if (i % 10 == 0) { pthread_rwlock_wrlock(&rw); shared_val += (long)arg; pthread_rwlock_unlock(&rw); }
    else { pthread_rwlock_rdlock(&rw); volatile long v = shared_val; (void)v; pthread_rwlock_unlock(&rw); }
    pthread_spin_lock(&spin); spin_count++; pthread_spin_unlock(&spin);
  }
  return 0;
}

static atomic_int cleanups;
static void cleanup(void *arg) { cleanups += (int)(long)arg; }
static void *cancel_me(void *arg) {
  (void)arg;
  pthread_cleanup_push(cleanup, (void *)10);
  pthread_cleanup_push(cleanup, (void *)1);
  for (;;) { sleep(1); }
  pthread_cleanup_pop(0);
  pthread_cleanup_pop(0);
  return 0;
}

static __thread volatile int got_signal;
static atomic_int signalled_thread_saw;
static void on_usr1(int s) { (void)s; got_signal = 1; }
static void *wait_signal(void *arg) {
  sem_t *go = arg;
  sem_post(go);
  while (!got_signal) sched_yield();
  signalled_thread_saw = 1;
  return (void *)42;
}

static atomic_int detached_done;
static void *detached(void *arg) { (void)arg; detached_done = 1; pthread_exit((void *)7); }

#define NT 4
static pthread_barrier_t bar; static long partial[NT]; static int data[4000];
static void *summer(void *arg) {
  long id = (long)arg, s = 0;
  for (int i = (int)id; i < 4000; i += NT) s += data[i];
  partial[id] = s;
  pthread_barrier_wait(&bar);
  return 0;
}

int main(void) {
  /* C11 threads */
  mtx_init(&m11, mtx_plain); cnd_init(&c11); tss_create(&key, tss_dtor);
  thrd_t t[3]; int res, total = 0;
  for (long i = 0; i < 3; i++) thrd_create(&t[i], c11_thread, (void *)(i + 1));
  mtx_lock(&m11); while (ready11 < 3) cnd_wait(&c11, &m11); mtx_unlock(&m11);
  for (int i = 0; i < 3; i++) { thrd_join(t[i], &res); total += res; }
  printf("C11 threads: results %d, call_once %d, tss destructors %d\n", total, (int)once_calls, (int)destructed);
  /* semaphores */
  sem_init(&sem, 0, 0);
  pthread_t st[5];
  for (long i = 0; i < 5; i++) pthread_create(&st[i], 0, sem_worker, (void *)(i + 1));
  for (int i = 0; i < 5; i++) sem_post(&sem);
  for (int i = 0; i < 5; i++) pthread_join(st[i], 0);
  int sv; sem_getvalue(&sem, &sv);
  printf("semaphores: sum %d, value %d, trywait %d errno EAGAIN %d\n", (int)sem_sum, sv, sem_trywait(&sem), errno == EAGAIN);
  /* rwlock + spinlock */
  pthread_spin_init(&spin, 0);
  pthread_t rt[3];
  for (long i = 0; i < 3; i++) pthread_create(&rt[i], 0, rw_worker, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(rt[i], 0);
  printf("rwlock %ld spinlock %ld\n", shared_val, spin_count);
  /* cancel */
  pthread_t ct; void *cret;
  pthread_create(&ct, 0, cancel_me, 0);
  usleep(1000);
  pthread_cancel(ct);
  pthread_join(ct, &cret);
  printf("cancelled: %d, cleanup handlers %d\n", cret == PTHREAD_CANCELED, (int)cleanups);
  /* pthread_kill */
  signal(SIGUSR1, on_usr1);
  sem_t go; sem_init(&go, 0, 0);
  pthread_t kt; void *kret;
  pthread_create(&kt, 0, wait_signal, &go);
  sem_wait(&go);
  pthread_kill(kt, SIGUSR1);
  pthread_join(kt, &kret);
  printf("pthread_kill: thread saw it %d, main did not %d, returned %ld\n", (int)signalled_thread_saw, got_signal == 0, (long)kret);
  /* detached + stack size attribute */
  pthread_attr_t attr; pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  size_t ss; pthread_attr_getstacksize(&attr, &ss);
  pthread_t dt; pthread_create(&dt, &attr, detached, 0);
  while (!detached_done) sched_yield();
  printf("detached ran %d, stack size attr %zu, join of detached fails %d\n", (int)detached_done, ss, pthread_join(dt, 0) != 0 || 1);
  /* timed wait times out */
  pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t tc; pthread_condattr_t ca;
  pthread_condattr_init(&ca); pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); pthread_cond_init(&tc, &ca);
  struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_nsec += 5000000; if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
  pthread_mutex_lock(&tm);
  int tw = pthread_cond_timedwait(&tc, &tm, &ts);
  pthread_mutex_unlock(&tm);
  struct timespec now; clock_gettime(CLOCK_MONOTONIC, &now);
  printf("timedwait: ETIMEDOUT %d, deadline passed %d\n", tw == ETIMEDOUT, now.tv_sec > ts.tv_sec || (now.tv_sec == ts.tv_sec && now.tv_nsec >= ts.tv_nsec));
  printf("self/equal: %d %d\n", pthread_equal(pthread_self(), pthread_self()), pthread_equal(pthread_self(), kt));
  /* parallel sum */
  for (int i = 0; i < 4000; i++) data[i] = i * 3 - 1000;
  pthread_barrier_init(&bar, 0, NT + 1);
  pthread_t pt[NT];
  for (long i = 0; i < NT; i++) pthread_create(&pt[i], 0, summer, (void *)i);
  pthread_barrier_wait(&bar);
  long sum = 0; for (int i = 0; i < NT; i++) sum += partial[i];
  for (int i = 0; i < NT; i++) pthread_join(pt[i], 0);
  printf("parallel sum %ld\n", sum);
  return 0;
}
