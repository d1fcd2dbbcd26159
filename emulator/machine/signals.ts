// The Linux signal (and si_code) each machine fault becomes, shared by the bare machine's default stops and the
// Linux layer: SIGSEGV for translation/permission/tag faults, SIGBUS for alignment, SIGILL, SIGTRAP for BRK.

import type { Fault } from './api.js';

export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGBUS = 7;
export const SIGSEGV = 11;

export const SEGV_MAPERR = 1;
export const SEGV_ACCERR = 2;
export const SEGV_MTEAERR = 8;
export const SEGV_MTESERR = 9;
export const BUS_ADRALN = 1;
export const ILL_ILLOPC = 1;
export const TRAP_BRKPT = 1;

export function signalForFault(fault: Fault): { signal: number; code: number } {
  switch (fault.kind) {
    case 'tagCheck': return { signal: SIGSEGV, code: fault.mode === 'sync' ? SEGV_MTESERR : SEGV_MTEAERR };
    case 'unmapped': return { signal: SIGSEGV, code: SEGV_MAPERR };
    case 'permission': return { signal: SIGSEGV, code: SEGV_ACCERR };
    case 'alignment': return { signal: SIGBUS, code: BUS_ADRALN };
    case 'undefinedInstruction': return { signal: SIGILL, code: ILL_ILLOPC };
    case 'breakpointInstruction': return { signal: SIGTRAP, code: TRAP_BRKPT };
    case 'memoryLimit': return { signal: SIGSEGV, code: SEGV_MAPERR };
  }
}
