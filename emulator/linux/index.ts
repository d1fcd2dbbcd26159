// The Linux user ABI layer's public face: process creation, the fatal-signal report, and the pieces the
// debugger and tests use (initial stack builder, constants).
export { createLinuxProcess } from './linuxProcess.js';
export {
  createLinuxProcessWith, hardwareCapabilities, DEFAULT_MEMORY_LIMIT, MMAP_BASE, STACK_SIZE,
  type CreateProcessResult, type EmulatedProcess, type MachineFactory, type MachineFactoryOptions,
} from './process.js';
export { formatFatalSignalReport, describeLocation, symbolize, lineFor, hex64, type ReportSubject } from './report.js';
export { buildInitialStack, buildAuxv, type InitialStack, type InitialStackInput, type AuxvFacts } from './stack.js';
export { Kernel } from './kernel.js';
export * as linuxConstants from './constants.js';
export { SIGNAL_NAMES } from './constants.js';
export { writeCoreDump, type CoreSubject } from './coreDump.js';
