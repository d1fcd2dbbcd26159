// A minimal Linux-like kernel for machine tests (not the product's emulator/linux): prctl(PR_SET_TAGGED_ADDR_CTRL),
// mmap (MAP_FIXED anonymous, PROT_MTE), mprotect, rt_sigaction, write to stdout, exit; signal delivery to a handler with a
// siginfo (signo, code, addr) as Linux lays it out, async tag faults at kernel entry before the syscall runs.
import { createMachine, signalForFault, type MachineImpl } from '../../emulator/machine/index.js';
import type { ExceptionHandler, Fault, StopReason, TagCheckFault } from '../../emulator/machine/api.js';

export interface TestRun {
  readonly machine: MachineImpl;
  readonly stdout: number[];
  readonly stop: StopReason;
}

const STACK_TOP = 0x7ffff000_0000n;

export class TestKernel implements ExceptionHandler {
  readonly stdout: number[] = [];
  readonly handlers = new Map<number, bigint>();

  supervisorCall(m: MachineImpl, _imm: number): StopReason | undefined {
    const pending = m.takePendingAsyncFault();
    if (pending) {
      m.setPC(m.getPC() - 4n); // the syscall is restarted after the handler (Linux: -ERESTARTNOINTR)
      return this.deliver(m, 11, 8, 0n, pending);
    }
    const nr = Number(m.getX(8));
    const a = [0, 1, 2, 3, 4, 5].map((i) => m.getX(i));
    let ret = -38n;
    switch (nr) {
      case 167: {
        if (a[0] === 55n) {
          const flags = Number(a[1]);
          const sync = (flags & 2) !== 0, async = (flags & 4) !== 0;
          m.setTagCheckMode(async ? 'async' : sync ? 'sync' : 'none');
          m.setIncludeMask((flags >> 3) & 0xffff);
          m.setTaggedAddressAbi((flags & 1) !== 0);
          ret = 0n;
        }
        break;
      }
      case 222: {
        const prot = Number(a[2]);
        m.map(a[0]!, Number(a[1]), { read: (prot & 1) !== 0, write: (prot & 2) !== 0, execute: (prot & 4) !== 0, tagged: (prot & 0x20) !== 0 });
        ret = a[0]!;
        break;
      }
      case 226: {
        const prot = Number(a[2]);
        m.protect(a[0]!, Number(a[1]), { read: (prot & 1) !== 0, write: (prot & 2) !== 0, execute: (prot & 4) !== 0, tagged: (prot & 0x20) !== 0 });
        ret = 0n;
        break;
      }
      case 134: {
        const act = a[1]!;
        if (act !== 0n) {
          const bytes = m.readMemory(act, 8).data;
          this.handlers.set(Number(a[0]), new DataView(bytes.buffer).getBigUint64(0, true));
        }
        ret = 0n;
        break;
      }
      case 64: {
        const data = m.readMemory(a[1]!, Number(a[2])).data;
        if (a[0] === 1n) this.stdout.push(...data);
        ret = a[2]!;
        break;
      }
      case 93:
      case 94:
        return { kind: 'exit', code: Number(a[0]! & 0xffn) };
      default:
        break;
    }
    m.setX(0, ret & 0xffffffffffffffffn);
    return undefined;
  }

  fault(m: MachineImpl, fault: Fault): StopReason | undefined {
    const s = signalForFault(fault);
    let addr = 0n;
    // A tag fault reports the first byte of the mismatching granule inside the access (as qemu), tag bits cleared.
    if (fault.kind === 'tagCheck') {
      const untagged = fault.address & 0x00ffffffffffffffn;
      addr = untagged > fault.granule ? untagged : fault.granule;
    }
    else if (fault.kind === 'unmapped' || fault.kind === 'permission' || fault.kind === 'alignment') addr = fault.address;
    else addr = fault.pc;
    return this.deliver(m, s.signal, s.code, addr, fault);
  }

  asyncFaultDue(m: MachineImpl, fault: TagCheckFault): StopReason | undefined {
    return this.deliver(m, 11, 8, 0n, fault);
  }

  private deliver(m: MachineImpl, signal: number, code: number, addr: bigint, fault: Fault): StopReason | undefined {
    const handler = this.handlers.get(signal);
    if (handler === undefined) return { kind: 'killed', signal, code, fault, coreDumped: true };
    const sp = ((m.getSP() & 0x00ffffffffffffffn) - 1024n) & ~15n;
    const info = new Uint8Array(128);
    const view = new DataView(info.buffer);
    view.setInt32(0, signal, true);
    view.setInt32(8, code, true);
    view.setBigUint64(16, addr, true);
    m.writeMemory(sp, info);
    m.setSP(sp);
    m.setX(0, BigInt(signal));
    m.setX(1, sp);
    m.setX(2, 0n);
    m.setTagCheckOverride(false);
    m.setPC(handler);
    return undefined;
  }
}

/** Loads raw .text bytes at `entry`, a stack, and runs under the test kernel. */
export function runImage(text: Uint8Array, entry: bigint, maxSteps = 5_000_000, setup?: (m: MachineImpl) => void, compileThreshold?: number): TestRun {
  const machine = createMachine({ seed: 1, ...(compileThreshold !== undefined ? { compileThreshold } : {}) });
  const kernel = new TestKernel();
  machine.setExceptionHandler(kernel);
  machine.map(entry, text.length, { read: true, write: false, execute: true, tagged: false }, 'text');
  machine.writeMemory(entry, text);
  machine.map(STACK_TOP - 0x100000n, 0x100000, { read: true, write: true, execute: false, tagged: false }, '[stack]');
  machine.setSP(STACK_TOP);
  machine.setPC(entry);
  setup?.(machine);
  const stop = machine.run({ maxSteps });
  return { machine, stdout: kernel.stdout, stop };
}
