// A header found through -I../include: its line rows name an include directory relative to the build folder.
static inline int shared_twice(int x) {
  return x * 2;
}
