/* Globals whose printed form exercises gdb's value formatting rules (see test/dwarf/formatValue.test.ts). */
#include <stdint.h>
char short_string[20] = "hi";
char embedded[8] = { 'a', 0, 'b', 'b', 'b', 'b', 'b', 0 };
char long_run[40] = "xxxxxxxxxxxxxxxxxxxxxxxxxyz";
int zeros[16];
int mixed[12] = { 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3 };
char letter = 'A';
char newline = '\n';
unsigned char high = 200;
signed char negative_char = -3;
short negative_short = -12345;
float tenth = 0.1f;
double tiny = 1e-7;
double huge = 1e20;
double third = 1.0 / 3.0;
double negative_zero = -0.0;
double infinity = __builtin_inf();
double not_a_number = __builtin_nan("");
_Bool yes = 1;
enum flags { F_READ = 1, F_WRITE = 2, F_EXEC = 4 } both = F_READ | F_WRITE;
enum flags unknown_flag = (enum flags)(F_EXEC | 16);
struct bits { unsigned a : 3; int b : 5; unsigned c : 1; } packed = { 5, -7, 1 };
union number { int i; float f; } as_union = { .i = 0x3f800000 };
int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
int *pointer_to_grid = &grid[1][0];
const char *greeting = "hello";
int64_t big_negative = -9000000000000000000;
uint64_t all_ones = 0xffffffffffffffffull;
void _start(void) { for (;;) {} }
