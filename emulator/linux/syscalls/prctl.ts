// prctl(): the tagged-address ABI and MTE controls (PR_SET/GET_TAGGED_ADDR_CTRL) with the semantics of Linux's
// arch/arm64 set_tagged_addr_ctrl()/get_tagged_addr_ctrl(), plus PR_SET_NAME/PR_GET_NAME and
// PR_SET_PDEATHSIG/PR_GET_PDEATHSIG (the signal a process gets when its parent ends; threads.ts endProcess).
//
// PR_SET_TAGGED_ADDR_CTRL(flags, 0, 0, 0): any of arguments 3-5 non-zero, or a bit outside ENABLE | TCF_SYNC |
// TCF_ASYNC | TAG_MASK, gives EINVAL. The MTE bits do not need PR_TAGGED_ADDR_ENABLE. Both TCF bits are kept
// and read back; the mode in force is then the CPU's preferred one, which is async by default
// (/sys/devices/system/cpu/cpu0/mte_tcf_preferred shows constants.ts MTE_TCF_PREFERRED), so the emulator checks
// asynchronously.
import {
  E, MTE_TCF_PREFERRED, PR_GET_NAME, PR_GET_TAGGED_ADDR_CTRL, PR_MTE_TAG_MASK, PR_MTE_TAG_SHIFT, PR_MTE_TCF_ASYNC, PR_MTE_TCF_SYNC,
  PR_SET_NAME, PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE,
} from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { cString, StructWriter } from '../text.js';

const PR_SET_PDEATHSIG = 1;
const PR_GET_PDEATHSIG = 2;

const VALID_TAGGED_ADDR_BITS = BigInt(PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | PR_MTE_TCF_ASYNC | PR_MTE_TAG_MASK);

/** Applies the tagged-address and MTE controls to the kernel state and the machine. */
export function setTaggedAddrCtrl(k: Kernel, value: bigint): number {
  if ((value & ~VALID_TAGGED_ADDR_BITS) !== 0n) return -E.INVAL;
  const flags = Number(value);
  k.mte.taggedAddressAbi = (flags & PR_TAGGED_ADDR_ENABLE) !== 0;
  k.mte.sync = (flags & PR_MTE_TCF_SYNC) !== 0;
  k.mte.async = (flags & PR_MTE_TCF_ASYNC) !== 0;
  k.mte.includeMask = (flags & PR_MTE_TAG_MASK) >>> PR_MTE_TAG_SHIFT;
  // Both allowed: the CPU's preferred mode (memory-tagging-extension.rst; Linux would also allow asymmetric then,
  // which only a preferred `asymm` would select).
  const mode = k.mte.sync && k.mte.async ? MTE_TCF_PREFERRED : k.mte.async ? 'async' : k.mte.sync ? 'sync' : 'none';
  k.machine.setTagCheckMode(mode);
  k.machine.setIncludeMask(k.mte.includeMask);
  // MteState.taggedAddressAbi is the machine's to report; KernelControls has no setter yet, so use one if present.
  (k.machine as Partial<{ setTaggedAddressAbi(on: boolean): void }>).setTaggedAddressAbi?.(k.mte.taggedAddressAbi);
  return 0;
}

/** The value PR_GET_TAGGED_ADDR_CTRL returns. */
export function getTaggedAddrCtrl(k: Kernel): number {
  return (k.mte.taggedAddressAbi ? PR_TAGGED_ADDR_ENABLE : 0)
    | (k.mte.sync ? PR_MTE_TCF_SYNC : 0)
    | (k.mte.async ? PR_MTE_TCF_ASYNC : 0)
    | (k.mte.includeMask << PR_MTE_TAG_SHIFT);
}

export function sysPrctl(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const option = Number(BigInt.asIntN(32, a[0]!));
  switch (option) {
    case PR_SET_TAGGED_ADDR_CTRL:
      if (a[2] !== 0n || a[3] !== 0n || a[4] !== 0n) return -E.INVAL;
      return setTaggedAddrCtrl(k, BigInt.asUintN(64, a[1]!));
    case PR_GET_TAGGED_ADDR_CTRL:
      if (a[1] !== 0n || a[2] !== 0n || a[3] !== 0n || a[4] !== 0n) return -E.INVAL;
      return getTaggedAddrCtrl(k);
    case PR_SET_PDEATHSIG: {
      const signal = Number(a[1]! > 64n ? 65n : a[1]!);
      if (signal > 64) return -E.INVAL;
      k.parentDeathSignal = signal;
      return 0;
    }
    case PR_GET_PDEATHSIG: return k.writeUser(a[1]!, new StructWriter(4).i32(0, k.parentDeathSignal).bytes);
    case PR_SET_NAME: {
      const name = k.readUserString(a[1]!, 4096);
      if (typeof name === 'number') return name;
      k.threadName = name.slice(0, 15);
      return 0;
    }
    case PR_GET_NAME: {
      const bytes = new Uint8Array(16);
      bytes.set(cString(k.threadName).subarray(0, 15));
      return k.writeUser(a[1]!, bytes);
    }
    default:
      return -E.INVAL;
  }
}
