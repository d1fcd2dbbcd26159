// src/util.c: same base name as lib/util.c, so a debugger that looks sources up by base name mixes them up.
int util_src(int x) {
  int y = x + 10;
  return y;
}
