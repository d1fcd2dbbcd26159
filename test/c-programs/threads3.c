/* Corpus program: pthreads beyond the basics: __thread variables with initialisers, thread-specific data with
   destructors, a barrier, a rwlock-protected counter, deferred cancellation at pause() with a cleanup handler,
   asynchronous cancellation of a spinning thread, cancellation held off by PTHREAD_CANCEL_DISABLE,
   pthread_once, pthread_exit values, EDEADLK joining oneself, sem_timedwait and pthread_cond_timedwait timing
   out (CLOCK_REALTIME and CLOCK_MONOTONIC), error-checking, recursive and priority-inheritance mutexes,
   pthread_kill to oneself, sigwait in a thread, detached threads, pthread_getattr_np, thread names and spin
   locks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <time.h>
#include <sys/syscall.h>
static __thread int tls = 5;
static __thread char tlsbuf[64] = "init";
static pthread_key_t key; static int destructed;
static void dtor(void *p) { __atomic_add_fetch(&destructed, (int)(long)p, __ATOMIC_SEQ_CST); }
static pthread_barrier_t bar; static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; static long shared;
static void *worker(void *arg) {
  long id = (long)arg; tls += id; snprintf(tlsbuf, sizeof tlsbuf, "t%ld", id);
  pthread_setspecific(key, (void *)(id + 1));
  pthread_barrier_wait(&bar);
  for (int i = 0; i < 1000; i++) { pthread_rwlock_wrlock(&rw); shared++; pthread_rwlock_unlock(&rw); }
  pthread_rwlock_rdlock(&rw); long s = shared; pthread_rwlock_unlock(&rw); (void)s;
  return (void *)(long)(tls * 100 + strlen(tlsbuf));
}
static int cleaned;
static void cleanup(void *p) { cleaned = (int)(long)p; }
static void *cancellee(void *arg) {
  pthread_cleanup_push(cleanup, (void *)7);
  for (;;) { pause(); }
  pthread_cleanup_pop(0);
  return NULL;
}
static void *async_cancel(void *arg) {
  pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, NULL);
  volatile unsigned long n = 0; for (;;) n++;
  return NULL;
}
static void *deferred_loop(void *arg) {
  int old; pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
  struct timespec t = {0, 5000000}; nanosleep(&t, NULL);
  pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
  pthread_testcancel();
  return (void *)1;
}
static pthread_once_t once = PTHREAD_ONCE_INIT; static int oncecount;
static void once_fn(void) { oncecount++; }
static void *once_thread(void *a) { pthread_once(&once, once_fn); return NULL; }
static volatile sig_atomic_t got; static pid_t gottid;
static void usr1(int s) { got = s; gottid = syscall(SYS_gettid); }
static void *sigwaiter(void *a) {
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR2); int sig = 0;
  int r = sigwait(&s, &sig); return (void *)(long)(r * 100 + sig);
}
static void *exiter(void *a) { pthread_exit((void *)42); return NULL; }
int main(void) {
  pthread_key_create(&key, dtor);
  pthread_barrier_init(&bar, NULL, 4);
  pthread_t t[4]; void *rv;
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; i++) { pthread_join(t[i], &rv); printf("worker %d -> %ld\n", i, (long)rv); }
  printf("shared %ld tls main %d %s destructed %d\n", shared, tls, tlsbuf, destructed);
  pthread_t c; pthread_create(&c, NULL, cancellee, NULL);
  struct timespec ts = {0, 2000000}; nanosleep(&ts, NULL);
  printf("cancel %d\n", pthread_cancel(c)); pthread_join(c, &rv); printf("canceled %d cleaned %d\n", rv == PTHREAD_CANCELED, cleaned);
  pthread_create(&c, NULL, async_cancel, NULL); nanosleep(&ts, NULL); pthread_cancel(c); pthread_join(c, &rv); printf("async canceled %d\n", rv == PTHREAD_CANCELED);
  pthread_create(&c, NULL, deferred_loop, NULL); pthread_cancel(c); pthread_join(c, &rv); printf("deferred canceled %d\n", rv == PTHREAD_CANCELED);
  pthread_t o[3]; for (int i = 0; i < 3; i++) pthread_create(&o[i], NULL, once_thread, NULL); for (int i = 0; i < 3; i++) pthread_join(o[i], NULL); printf("once %d\n", oncecount);
  pthread_create(&c, NULL, exiter, NULL); pthread_join(c, &rv); printf("exit value %ld\n", (long)rv);
  printf("join self %d\n", pthread_join(pthread_self(), NULL) == EDEADLK);
  sem_t sem; sem_init(&sem, 0, 0); struct timespec abs; clock_gettime(CLOCK_REALTIME, &abs); abs.tv_nsec += 10000000; if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
  int r = sem_timedwait(&sem, &abs); printf("sem_timedwait %d %s\n", r, strerror(errno));
  sem_post(&sem); printf("sem_trywait %d\n", sem_trywait(&sem)); printf("sem_trywait again %d %d\n", sem_trywait(&sem), errno == EAGAIN);
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t cv = PTHREAD_COND_INITIALIZER; pthread_mutex_lock(&m);
  clock_gettime(CLOCK_REALTIME, &abs); abs.tv_sec += 0; abs.tv_nsec += 3000000; if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
  printf("cond_timedwait %s\n", strerror(pthread_cond_timedwait(&cv, &m, &abs))); pthread_mutex_unlock(&m);
  pthread_condattr_t ca; pthread_condattr_init(&ca); pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); pthread_cond_t cv2; pthread_cond_init(&cv2, &ca);
  pthread_mutex_lock(&m); clock_gettime(CLOCK_MONOTONIC, &abs); abs.tv_nsec += 3000000; if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
  printf("cond_timedwait mono %s\n", strerror(pthread_cond_timedwait(&cv2, &m, &abs))); pthread_mutex_unlock(&m);
  pthread_mutexattr_t ma; pthread_mutexattr_init(&ma); pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK); pthread_mutex_t em; pthread_mutex_init(&em, &ma);
  pthread_mutex_lock(&em); printf("relock %s unlock %d unlock again %s\n", strerror(pthread_mutex_lock(&em)), pthread_mutex_unlock(&em), strerror(pthread_mutex_unlock(&em)));
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE); pthread_mutex_t rm; pthread_mutex_init(&rm, &ma); printf("recursive %d %d %d %d\n", pthread_mutex_lock(&rm), pthread_mutex_lock(&rm), pthread_mutex_unlock(&rm), pthread_mutex_unlock(&rm));
  pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT); pthread_mutex_t pm; pthread_mutex_init(&pm, &ma); printf("PI lock %d trylock %d unlock %d\n", pthread_mutex_lock(&pm), pthread_mutex_trylock(&pm), pthread_mutex_unlock(&pm));
  signal(SIGUSR1, usr1); printf("pthread_kill %d got %d tid-main %d\n", pthread_kill(pthread_self(), SIGUSR1), got, gottid == getpid());
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR2); pthread_sigmask(SIG_BLOCK, &s, NULL);
  pthread_create(&c, NULL, sigwaiter, NULL); nanosleep(&ts, NULL); pthread_kill(c, SIGUSR2); pthread_join(c, &rv); printf("sigwait %ld\n", (long)rv);
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 1 << 20); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&c, &at, once_thread, NULL); pthread_attr_t got_at; size_t ss = 0; int ds = 0;
  pthread_getattr_np(pthread_self(), &got_at); pthread_attr_getdetachstate(&got_at, &ds); printf("main detach %d\n", ds);
  char nm[16]; pthread_setname_np(pthread_self(), "mainthr"); pthread_getname_np(pthread_self(), nm, sizeof nm); printf("name %s\n", nm);
  printf("setname long %d\n", pthread_setname_np(pthread_self(), "abcdefghijklmnopqrstu"));
  pthread_spinlock_t sl; pthread_spin_init(&sl, 0); printf("spin %d %d %d\n", pthread_spin_lock(&sl), pthread_spin_trylock(&sl), pthread_spin_unlock(&sl));
  nanosleep(&ts, NULL);
  printf("concurrency %d\n", pthread_getconcurrency());
  return 0;
}
