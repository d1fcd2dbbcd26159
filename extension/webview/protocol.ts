// Messages between the extension host and the two MTE webviews (tagged memory view, tag map), typed once for
// both sides. Addresses travel as hex strings ('0x...'): JSON has no 64-bit integers.

/** A pointer held by a register (or variable) that the memory view marks on the granule it points into. */
export interface PointerMark {
  readonly name: string;
  /** Untagged address the pointer points to. */
  readonly address: string;
  readonly logicalTag: number;
  /** Allocation tag of the granule it points into; null where the memory is untagged. */
  readonly allocationTag: number | null;
}

export interface FaultMark {
  /** Untagged address of the granule whose tag did not match. */
  readonly granule: string;
  readonly address: string;
  readonly logicalTag: number;
  readonly allocationTag: number;
  readonly access: 'read' | 'write';
  readonly mode: 'sync' | 'async';
}

/** Host -> memory view: the bytes and tags of a window of memory. */
export interface MemoryContents {
  readonly type: 'memory';
  /** First address shown; a multiple of 16. */
  readonly address: string;
  /** Bytes as a hex string, two digits per byte; shorter than requested where memory is unreadable. */
  readonly bytes: string;
  /** Number of bytes requested (rows beyond `bytes` are shown as unreadable). */
  readonly length: number;
  /** One allocation tag per 16-byte granule from `address`; null where memory is untagged or unmapped. */
  readonly tags: readonly (number | null)[];
  readonly fault?: FaultMark;
  readonly pointers: readonly PointerMark[];
  /** The session is running: contents are stale and editing is off. */
  readonly running?: boolean;
}

export interface TagMapRegion {
  readonly start: string;
  readonly end: string;
  readonly name: string;
  /** One tag per granule; null where a granule has no tag storage. */
  readonly tags: readonly (number | null)[];
}

/** Host -> tag map. */
export interface TagMapContents {
  readonly type: 'tagMap';
  readonly regions: readonly TagMapRegion[];
  readonly fault?: FaultMark;
  readonly pointers: readonly PointerMark[];
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly message: string;
}

export type HostToView = MemoryContents | TagMapContents | ErrorMessage;

export type ViewToHost =
  | { readonly type: 'ready' }
  /** Show memory from an address or an expression ('x0', 'sp+16', '0x4000'). */
  | { readonly type: 'goto'; readonly expression: string }
  /** Scrolling: fetch this window. */
  | { readonly type: 'requestRange'; readonly address: string; readonly length: number }
  | { readonly type: 'writeMemory'; readonly address: string; readonly bytes: string }
  | { readonly type: 'writeTags'; readonly address: string; readonly tags: readonly number[] }
  /** Tag map: open the memory view at this granule. */
  | { readonly type: 'openMemory'; readonly address: string };
