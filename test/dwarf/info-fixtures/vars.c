#include <stdint.h>
struct point { int x; short y; unsigned char tag[3]; struct point *next; };
typedef struct point point_t;
enum color { RED, GREEN = 5, BLUE };
static const char message[] = "hello";
uint64_t counter = 7;
volatile double ratio = 1.5;
point_t origin = { 1, 2, { 3, 4, 5 }, 0 };
enum color favourite = GREEN;
static long accumulate(const long *values, int n) {
  long sum = 0;
  for (int i = 0; i < n; i++) { long v = values[i]; sum += v * (long)message[i % 5]; }
  return sum;
}
void _start(void) {
  long data[4] = { 1, 2, 3, 4 };
  point_t p = origin; p.next = &origin;
  register long x0 asm("x0") = accumulate(data, 4) + p.x + (long)counter + (long)ratio + favourite;
  asm volatile("mov x8, #93; svc #0" :: "r"(x0)); for (;;) {}
}
