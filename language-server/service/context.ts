// Shared types of the language service features: settings, the per-request context (document text, parsed
// model, catalog) and small position helpers. Pure: no connection, no Node I/O.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { InstructionCatalog } from './catalog.js';
import type { DocumentModel, Span } from './documentModel.js';
import type { SourceLocation } from '../../emulator/asm/api.js';

export interface FormatSettings {
  /** Formatting is off unless enabled. */
  readonly enable: boolean;
  /** Column (0-based, after the indentation) where operands start; 0 = one past the longest mnemonic. */
  readonly operandColumn: number;
  /** Column where trailing comments start; 0 = keep one space after the code. */
  readonly commentColumn: number;
}

export interface LanguageSettings {
  /**
   * Architecture before any .arch directive, as for `-march=` (e.g. 'armv8.5-a+memtag'). Undefined: the
   * assembler's default, the same as `aarch64-mte as` without -march.
   */
  readonly march: string | undefined;
  readonly format: FormatSettings;
}

export const defaultSettings: LanguageSettings = {
  march: undefined,
  format: { enable: false, operandColumn: 0, commentColumn: 0 },
};

/** Merges partial user settings (as sent by the client) over the defaults, ignoring malformed values. */
export function mergeSettings(base: LanguageSettings, patch: unknown): LanguageSettings {
  if (typeof patch !== 'object' || patch === null) return base;
  const p = patch as Record<string, unknown>;
  const march = typeof p['march'] === 'string' && p['march'].trim() !== '' ? p['march'].trim() : p['march'] === null || p['march'] === '' ? undefined : base.march;
  const f = typeof p['format'] === 'object' && p['format'] !== null ? (p['format'] as Record<string, unknown>) : {};
  const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : d);
  return {
    march,
    format: {
      enable: typeof f['enable'] === 'boolean' ? f['enable'] : base.format.enable,
      operandColumn: num(f['operandColumn'], base.format.operandColumn),
      commentColumn: num(f['commentColumn'], base.format.commentColumn),
    },
  };
}

export interface FeatureContext {
  readonly document: TextDocument;
  readonly model: DocumentModel;
  readonly catalog: InstructionCatalog;
  readonly settings: LanguageSettings;
  /** Symbols defined in included files, from the last assembly of this document (name -> 1-based location). */
  readonly externalDefinitions?: ReadonlyMap<string, SourceLocation>;
}

export function spanRange(span: Span): Range {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
