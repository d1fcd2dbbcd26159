// Launch configuration logic that does not need VS Code: what a debuggable file is, how an empty or partial
// `aarch64-mte` configuration is completed from the active editor, how an IRG seed typed by the user is parsed, and
// how the tag-check mode is read from the debug adapter's MTE scope. extension/ wires these into the VS Code API;
// test/extension/ tests them with Node only.

/** The debug type contributed in package.json. */
export const DEBUG_TYPE = 'aarch64-mte';
/** The language id of AArch64 assembly source, contributed in package.json. */
export const ASM_LANGUAGE_ID = 'aarch64-asm';

/** The attributes of a launch request, as documented in package.json `configurationAttributes.launch`. */
export interface LaunchAttributes {
  type?: string;
  request?: string;
  name?: string;
  program?: string;
  args?: string[];
  cwd?: string;
  env?: Record<string, string>;
  stopOnEntry?: boolean;
  seed?: number;
  sandboxRoots?: string[];
  writableRoots?: string[];
  memoryLimit?: number | string;
  stdin?: string;
  stdinEof?: boolean;
  trace?: boolean;
  [key: string]: unknown;
}

/** What the extension knows about the file shown in the active editor (or active tab). */
export interface ActiveFile {
  /** Absolute file-system path. */
  readonly path: string;
  /** The editor's language id, when the file is open as text. */
  readonly languageId?: string;
  /** The first bytes of the file, when the extension read them (to recognise an ELF binary). */
  readonly header?: Uint8Array;
}

export interface ResolveContext {
  readonly activeFile?: ActiveFile;
  /** A seed stored by the "Set IRG Seed" command, used when the configuration has none. */
  readonly storedSeed?: number;
}

export type ResolveResult =
  | { readonly ok: true; readonly config: LaunchAttributes }
  | { readonly ok: false; readonly message: string };

const ASM_EXTENSIONS = ['.s', '.S', '.asm'];

/** True when the bytes start with the ELF magic number (0x7f 'E' 'L' 'F'). */
export function hasElfMagic(header: Uint8Array | undefined): boolean {
  return !!header && header.length >= 4 && header[0] === 0x7f && header[1] === 0x45 && header[2] === 0x4c && header[3] === 0x46;
}

/** True when the path names assembly source by its extension (.s, .S, .asm). */
export function isAssemblyPath(path: string): boolean {
  return ASM_EXTENSIONS.some((ext) => path.endsWith(ext));
}

/** True when the debugger can launch this file directly: assembly source, or an ELF executable. */
export function isDebuggableFile(file: ActiveFile): boolean {
  return file.languageId === ASM_LANGUAGE_ID || isAssemblyPath(file.path) || hasElfMagic(file.header);
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/**
 * Completes a launch configuration. An empty configuration (F5 with no launch.json) becomes a launch of the active
 * file when that file is debuggable; an explicit configuration keeps its values and gains defaults only where it
 * left attributes out. Returns a message instead when there is nothing sensible to launch.
 */
export function resolveLaunchConfiguration(input: LaunchAttributes, ctx: ResolveContext): ResolveResult {
  const config: LaunchAttributes = { ...input };
  // VS Code may already have filled `type` (it chose this debugger for the active file's language).
  const isEmpty = !config.request && !config.name && config.program === undefined;
  if (isEmpty) {
    const file = ctx.activeFile;
    if (!file || !isDebuggableFile(file)) {
      return { ok: false, message: 'Open an AArch64 assembly file (.s, .S, .asm), an AArch64 ELF executable or a C file built into one, or add an "aarch64-mte" configuration to launch.json.' };
    }
    config.type = DEBUG_TYPE;
    config.request = 'launch';
    config.name = `Debug ${baseName(file.path)}`;
    config.program = file.path;
    config.stopOnEntry = true;
  }
  config.type ??= DEBUG_TYPE;
  config.request ??= 'launch';
  if (config.request !== 'launch') {
    return { ok: false, message: `The aarch64-mte debugger only supports "request": "launch" (got "${String(config.request)}").` };
  }
  if (config.program === undefined || config.program === '') {
    if (ctx.activeFile && isDebuggableFile(ctx.activeFile)) config.program = ctx.activeFile.path;
    else return { ok: false, message: 'The launch configuration has no "program": set it to an assembly file or an AArch64 ELF executable.' };
  }
  if (typeof config.program !== 'string') return { ok: false, message: '"program" must be a string path.' };
  config.name ??= `Debug ${baseName(config.program)}`;
  if (config.seed === undefined && ctx.storedSeed !== undefined) config.seed = ctx.storedSeed;
  if (config.seed !== undefined) {
    const seed = config.seed as unknown;
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
      return { ok: false, message: '"seed" must be a non-negative integer.' };
    }
  }
  return { ok: true, config };
}

/** Parses a seed typed by the user: decimal or 0x-prefixed hexadecimal, a non-negative safe integer. */
export function parseSeed(text: string): { ok: true; seed: number } | { ok: false; message: string } {
  const t = text.trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) return { ok: false, message: 'Enter a non-negative integer, decimal or 0x-prefixed hexadecimal.' };
  const value = Number(t.toLowerCase().startsWith('0x') ? BigInt(t) : BigInt(t));
  if (!Number.isSafeInteger(value)) return { ok: false, message: `The seed must be at most ${Number.MAX_SAFE_INTEGER}.` };
  return { ok: true, seed: value };
}

/** The tag-check modes of Linux's PR_MTE_TCF_* (emulator/machine/api.ts TagCheckMode). */
export type TagCheckModeName = 'none' | 'sync' | 'async' | 'asymmetric';

/** A variable as returned by a DAP `variables` response (only the fields read here). */
export interface DapVariable {
  readonly name: string;
  readonly value: string;
}

/**
 * Recognises the tag-check mode in the variables of the adapter's MTE scope: the variable whose name mentions the
 * tag check mode or TCF, with a value naming one of the modes (in any case, possibly decorated, e.g. "sync (TCF=1)").
 */
export function tagCheckModeFromVariables(variables: readonly DapVariable[]): TagCheckModeName | undefined {
  const candidates = variables.filter((v) => /tag.?check|\btcf|mode/i.test(v.name));
  for (const v of candidates) {
    const mode = parseTagCheckMode(v.value);
    if (mode) return mode;
  }
  return undefined;
}

/** Finds a tag-check mode name inside a display string. "asymm" is checked before "sync" (it contains it). */
export function parseTagCheckMode(value: string): TagCheckModeName | undefined {
  const v = value.toLowerCase();
  if (/\basymm/.test(v)) return 'asymmetric';
  if (/\basync\b/.test(v)) return 'async';
  if (/\bsync\b/.test(v)) return 'sync';
  if (/\bnone\b|\boff\b|\bdisabled\b/.test(v)) return 'none';
  return undefined;
}

/** The status bar text for a mode. */
export function tagCheckModeLabel(mode: TagCheckModeName | undefined): string {
  switch (mode) {
    case 'none': return 'MTE: tag checks off';
    case 'sync': return 'MTE: sync';
    case 'async': return 'MTE: async';
    case 'asymmetric': return 'MTE: asymmetric';
    default: return 'MTE: mode unknown';
  }
}
