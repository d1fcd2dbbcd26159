// The aarch64-mte debug adapter's own protocol surface, typed once for the adapter and the VS Code extension:
// the launch configuration, the exception-breakpoint filter ids, and the custom MTE requests (readMemoryTags,
// writeMemoryTags, tagMap, tagHistory). Plain data types only: no DAP library types, no Node, no vscode.

/** The debug type the extension registers and the adapter answers to. */
export const DEBUG_TYPE = 'aarch64-mte';

/** Arguments of the `launch` request (the fields a launch.json configuration may hold). */
export interface MteLaunchArguments {
  /** Path of the program: an assembly source (.s, .S, .asm) assembled in-process, or a static AArch64 ELF. */
  readonly program: string;
  /** Arguments after argv[0]. */
  readonly args?: readonly string[];
  /** Working directory of the guest (also the default sandbox root). Defaults to the program's folder. */
  readonly cwd?: string;
  /** Guest environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** Stop at the program's entry point instead of running to the first breakpoint. */
  readonly stopOnEntry?: boolean;
  /** Seed for IRG's random tags, AT_RANDOM and getrandom: the same seed gives the same run. Default 0. */
  readonly seed?: number;
  /** Host folders the guest may see, read-only (default: cwd and the program's folder). */
  readonly sandboxRoots?: readonly string[];
  /** Host folders the guest may also write (default: none). */
  readonly writableRoots?: readonly string[];
  /** Bound on guest memory: a number of bytes or a string such as "256M", "1G". Default 1 GiB. */
  readonly memoryLimit?: number | string;
  /** Cap on live guest threads plus processes, like RLIMIT_NPROC (clone/fork fail with EAGAIN past it). Default 256. */
  readonly maxTasks?: number;
  /** Text given to the guest's standard input before it starts (more can be typed in the debug console). */
  readonly stdin?: string;
  /** Close standard input after `stdin` is consumed (otherwise the guest waits for console input). */
  readonly stdinEof?: boolean;
  /** Run without debugging (DAP's own flag). */
  readonly noDebug?: boolean;
}

/** Exception-breakpoint filters of `setExceptionBreakpoints`. */
export type ExceptionFilterId = 'tagCheckSync' | 'tagCheckAsync' | 'otherSignals';

export const EXCEPTION_FILTERS: readonly { filter: ExceptionFilterId; label: string; description: string; default: boolean }[] = [
  { filter: 'tagCheckSync', label: 'Tag check faults (synchronous)', description: 'Stop on the instruction whose memory access had a logical tag that did not match the allocation tag (SIGSEGV, SEGV_MTESERR).', default: true },
  { filter: 'tagCheckAsync', label: 'Tag check faults (asynchronous)', description: 'Stop when an asynchronous tag check fault is delivered (SIGSEGV, SEGV_MTEAERR); the exception details name the instruction that caused it.', default: true },
  { filter: 'otherSignals', label: 'Other signals', description: 'Stop before any other signal is delivered (SIGSEGV for unmapped memory, SIGBUS, SIGILL, SIGTRAP, ...).', default: true },
];

// Custom requests. Each has `<name>Arguments` and `<name>Response` (the response body).

/** `readMemoryTags`: allocation tags of `count` granules starting at the granule containing memoryReference+offset. */
export interface ReadMemoryTagsArguments {
  /** A memory reference as DAP uses it (a hex or decimal address; tag bits are ignored). */
  readonly memoryReference: string;
  /** Byte offset added to the reference. */
  readonly offset?: number;
  /** Number of granules (1..1048576). */
  readonly count: number;
}
export interface ReadMemoryTagsResponse {
  /** Untagged address of the first granule, as 0x hex. */
  readonly address: string;
  readonly granuleSize: 16;
  /** One allocation tag per granule; null where memory is unmapped or not PROT_MTE. */
  readonly tags: (number | null)[];
}

/** `writeMemoryTags`: sets allocation tags (0..15) of consecutive granules from the one containing the address. */
export interface WriteMemoryTagsArguments {
  readonly memoryReference: string;
  readonly offset?: number;
  readonly tags: readonly number[];
}
export interface WriteMemoryTagsResponse {
  /** How many granules were written (stops at the first untagged granule). */
  readonly granulesWritten: number;
}

/** `tagMap`: every PROT_MTE region with its tags, run-length encoded. */
export type TagMapArguments = Record<string, never>;
export interface TagMapRegion {
  readonly start: string;
  readonly end: string;
  readonly name: string;
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
  /** Runs of equal tags covering [start, end) in order. */
  readonly runs: { readonly start: string; readonly granules: number; readonly tag: number }[];
}
export interface TagMapResponse {
  readonly granuleSize: 16;
  readonly regions: TagMapRegion[];
  /** True when a region was larger than the limit and its runs were cut short. */
  readonly truncated: boolean;
}

/** `tagHistory`: the instructions that last wrote the allocation tag of the granule containing the address. */
export interface TagHistoryArguments {
  readonly memoryReference: string;
  readonly offset?: number;
}
export interface TagHistoryEntry {
  readonly granule: string;
  readonly oldTag: number;
  readonly newTag: number;
  /** Address of the instruction that wrote the tag, and its disassembly. */
  readonly instructionAddress: string;
  readonly instruction: string;
  readonly instructionCount: number;
  /** Source location of that instruction, when known. */
  readonly source?: { readonly path: string; readonly line: number };
  /** Symbol + offset of that instruction, when known. */
  readonly symbol?: string;
}
export interface TagHistoryResponse {
  readonly granule: string;
  /** Newest first. */
  readonly entries: TagHistoryEntry[];
}

/** Names of the custom requests, for `customRequest` calls. */
export const CustomRequest = {
  readMemoryTags: 'readMemoryTags',
  writeMemoryTags: 'writeMemoryTags',
  tagMap: 'tagMap',
  tagHistory: 'tagHistory',
} as const;

/** Request name -> [arguments, response body], for typed wrappers in the extension. */
export interface CustomRequestMap {
  readMemoryTags: [ReadMemoryTagsArguments, ReadMemoryTagsResponse];
  writeMemoryTags: [WriteMemoryTagsArguments, WriteMemoryTagsResponse];
  tagMap: [TagMapArguments, TagMapResponse];
  tagHistory: [TagHistoryArguments, TagHistoryResponse];
}

/**
 * Body of the `aarch64-mte/tagFault` custom event the adapter sends when it stops on a tag check fault, so that
 * views (tag map, memory view) can highlight the granule without another request.
 */
export interface TagFaultEventBody {
  readonly mode: 'sync' | 'async';
  readonly access: 'read' | 'write';
  readonly size: number;
  readonly address: string;
  readonly granule: string;
  readonly logicalTag: number;
  readonly allocationTag: number;
  readonly instructionAddress: string;
}
export const TAG_FAULT_EVENT = 'aarch64-mte/tagFault';
