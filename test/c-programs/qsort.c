/* Corpus: qsort of ints (random, sorted, reversed, equal keys), strings and structs (stable order checked by a
   secondary key), then bsearch for present and absent keys. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int key; int seq; char name[12]; };
static int cmpint(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmprec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->seq - y->seq;
}
static unsigned state = 7;
static int rnd(void) { state = state * 1664525u + 1013904223u; return (int)(state >> 1); }

int main(void) {
  enum { N = 5000 };
  static int a[N];
  const char *kinds[] = {"random", "sorted", "reversed", "few-keys", "negative"};
  for (int kind = 0; kind < 5; kind++) {
    for (int i = 0; i < N; i++) a[i] = kind == 0 ? rnd() % 100000 : kind == 1 ? i : kind == 2 ? N - i : kind == 3 ? rnd() % 4 : -(rnd() % 1000);
    qsort(a, N, sizeof a[0], cmpint);
    int ok = 1; long sum = 0;
    for (int i = 1; i < N; i++) ok &= a[i - 1] <= a[i];
    for (int i = 0; i < N; i++) sum += a[i] * (long)(i % 7);
    printf("%-9s sorted=%d first=%d last=%d weighted=%ld\n", kinds[kind], ok, a[0], a[N - 1], sum);
  }
  for (int i = 0; i < N; i++) a[i] = i * 3;
  int keys[] = {0, 3, 300, 14997, 1, 15000, -3};
  for (unsigned k = 0; k < sizeof keys / sizeof keys[0]; k++) {
    int *f = bsearch(&keys[k], a, N, sizeof a[0], cmpint);
    printf("bsearch %d -> %ld\n", keys[k], f ? (long)(f - a) : -1L);
  }
  char *words[] = {"pear", "apple", "fig", "banana", "cherry", "apple", "date", "Zebra", "", "kiwi"};
  qsort(words, 10, sizeof words[0], cmpstr);
  for (int i = 0; i < 10; i++) printf("[%s]", words[i]);
  printf("\n");
  static struct rec r[300];
  for (int i = 0; i < 300; i++) { r[i].key = rnd() % 10; r[i].seq = i; snprintf(r[i].name, sizeof r[i].name, "n%d", i); }
  qsort(r, 300, sizeof r[0], cmprec);
  int ok = 1;
  for (int i = 1; i < 300; i++) ok &= r[i - 1].key < r[i].key || (r[i - 1].key == r[i].key && r[i - 1].seq < r[i].seq);
  printf("structs ordered=%d first=%s last=%s\n", ok, r[0].name, r[299].name);
  return 0;
}
