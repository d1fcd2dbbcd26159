// The ELF layer's public face: the defensive reader (headers, sections, symbols, section lookup for the
// disassembler and the debugger's DWARF reader) and the conversion of executables into ProgramImages.
export * from './reader.js';
export * from './loader.js';
