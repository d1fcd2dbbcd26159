// lib/util.c: the other util.c.

int util_lib(int x) {
  int z = x * 100;
  return z;
}
