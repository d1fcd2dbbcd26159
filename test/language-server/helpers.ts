// Shared helpers for the language service tests: a service over the real instruction table and assembler,
// documents from text, and positions found by searching the text (so tests never hard-code columns).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import { createLanguageService, type LanguageService } from '../../language-server/service/languageService.js';
import { instructionTable, assembler } from '../../language-server/backends.js';

export function newService(): LanguageService {
  return createLanguageService({ table: instructionTable, assembler });
}

let counter = 0;
export function doc(text: string, name = `test${++counter}.s`): TextDocument {
  return TextDocument.create(`file:///work/${name}`, 'aarch64-asm', 1, text);
}

/** Position of the `occurrence`-th (1-based) `needle` on the line containing `lineNeedle`, plus `offset` chars. */
export function at(document: TextDocument, needle: string, offset = 0, occurrence = 1): Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) not found`);
  }
  return document.positionAt(index + offset);
}

/** The markdown text of a hover (or ''). */
export function hoverText(service: LanguageService, document: TextDocument, position: Position): string {
  const hover = service.doHover(document, position);
  if (!hover) return '';
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}

export const mteProgram = `        .arch   armv8.5-a+memtag
        .equ    COUNT, 2
        .text
        .global _start
        .type   _start, %function
_start:
        irg     x0, sp
        addg    x1, x0, #16, #1
        mov     x2, #COUNT
1:      subs    x2, x2, #1
        b.ne    1b
        b       1f
        nop
1:      bl      helper
        mrs     x3, tco
        b       .Ldone
.Ldone:
        mov     x8, #93
        svc     #0
        .size   _start, . - _start

helper:
        ret

        .data
value:  .quad   _start, 1f
1:      .word   0
`;
