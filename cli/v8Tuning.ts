// V8 settings for the processes that assemble whole files (the `as` command, the language server). Hot assembler
// paths allocate records that live for the whole run (line rows, items, symbols); V8 then switches their
// allocation sites to old-space allocation mid-run and deoptimizes every function that inlined them, so a
// fresh process spends much of its first large file re-optimizing (measured: about 20 deoptimizations of
// the assembler's core functions on a 100,000-line file, 5 without pretenuring). The flag is process-wide:
// it is set only in processes of ours, never in the extension host.
import { setFlagsFromString } from 'node:v8';

/** Turns off allocation-site pretenuring for this process (no effect on results, only on GC and JIT work). */
export function tuneV8ForAssembly(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
