// Language server latency: diagnostics (parse + in-process assembly) on a 10,000-line file after a one-line
// change, plus the cost of the other whole-document features (semantic tokens, symbols, folding) and of a hover.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest,
  ExitNotification,
} from 'vscode-languageserver/node';
import { createLanguageService, type LanguageService } from '../language-server/service/languageService.js';
import { instructionTable, assembler } from '../language-server/backends.js';

/** A realistic 10,000-line MTE program: functions with loops, tagging, loads/stores, data and local labels. */
export function largeSource(lines = 10_000): string {
  const out: string[] = ['        .arch armv8.5-a+memtag', '        .text'];
  let f = 0;
  while (out.length < lines - 12) {
    out.push(
      `        .global func${f}`,
      `        .type func${f}, %function`,
      `func${f}:`,
      '        irg     x1, x0',
      '        addg    x2, x1, #16, #1',
      '        mov     x3, #4',
      '1:      stg     x1, [x1], #16',
      '        subs    x3, x3, #1',
      '        b.ne    1b',
      `        add     x4, x4, #${f % 4096}`,
      `        bl      func${Math.max(0, f - 1)}`,
      '        ret',
      `        .size func${f}, . - func${f}`,
    );
    f++;
  }
  out.push('        .data', 'buffer: .quad 0, 1, 2, 3');
  return out.slice(0, lines).join('\n') + '\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The service as it ships: bundled by esbuild like dist/languageServer.js (tsx's transform wraps every closure
 * in a naming helper and would measure that instead).
 */
async function bundledService(): Promise<LanguageService> {
  try {
    const { build } = await import('esbuild');
    const root = join(__dirname, '..');
    const outfile = join(root, 'out', 'bench', 'languageService.cjs');
    await build({
      stdin: { contents: "export * from './language-server/service/languageService';\nexport * from './language-server/backends';", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(outfile) as { createLanguageService: typeof createLanguageService; instructionTable: typeof instructionTable; assembler: typeof assembler };
    return bundled.createLanguageService({ table: bundled.instructionTable, assembler: bundled.assembler });
  } catch {
    return createLanguageService({ table: instructionTable, assembler });
  }
}

export async function bench(): Promise<{ name: string; value: number; unit: string }[]> {
  const service = await bundledService();
  const text = largeSource();
  const lines = text.split('\n');
  let document = TextDocument.create('file:///bench/large.s', 'aarch64-asm', 1, text);
  service.doValidation(document); // warm-up: first parse and assembly
  const changeTimes: number[] = [];
  const changeCpuTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const line = 100 + i * 500;
    const edited = lines.slice();
    edited[line] = `        add     x5, x5, #${i}`;
    document = TextDocument.create(document.uri, 'aarch64-asm', document.version + 1, edited.join('\n'));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    service.parse(document);
    const t1 = performance.now();
    service.doValidation(document);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    parseTimes.push(t1 - t0);
    changeTimes.push(t2 - t0);
    changeCpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const time = (run: () => unknown): number => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      run();
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  const roundTrip = await lspRoundTrip(text, 0);
  const roundTripDebounced = await lspRoundTrip(text, undefined);
  return [
    ...(roundTripDebounced === undefined ? [] : [{ name: 'LSP didChange -> diagnostics, 10k lines (default debounce)', value: roundTripDebounced, unit: 'ms' }]),
    ...(roundTrip === undefined ? [] : [{ name: 'LSP didChange -> diagnostics, 10k lines (no debounce)', value: roundTrip, unit: 'ms' }]),
    { name: 'LS diagnostics after 1-line change, 10k lines', value: median(changeTimes), unit: 'ms' },
    // CPU time of the same work: close to the wall time on an idle machine, and stable on a busy one.
    { name: 'LS diagnostics after 1-line change, 10k lines (CPU)', value: median(changeCpuTimes), unit: 'ms' },
    { name: 'LS re-parse after 1-line change, 10k lines', value: median(parseTimes), unit: 'ms' },
    { name: 'LS semantic tokens, 10k lines', value: time(() => service.getSemanticTokens(document)), unit: 'ms' },
    { name: 'LS document symbols, 10k lines', value: time(() => service.findDocumentSymbols(document)), unit: 'ms' },
    { name: 'LS folding ranges, 10k lines', value: time(() => service.getFoldingRanges(document)), unit: 'ms' },
    { name: 'LS hover on irg, 10k lines', value: time(() => service.doHover(document, { line: 5, character: 9 })), unit: 'ms' },
  ];
}

/** Median time from a one-line didChange to the server's publishDiagnostics, through dist/languageServer.js. */
async function lspRoundTrip(text: string, debounceMs: number | undefined): Promise<number | undefined> {
  const serverPath = join(__dirname, '..', 'dist', 'languageServer.js');
  if (!existsSync(serverPath)) return undefined;
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let onDiagnostics: ((version: number | undefined) => void) | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => onDiagnostics?.(p.version));
  connection.listen();
  const uri = 'file:///bench/round-trip.s';
  const waitFor = (version: number): Promise<void> => new Promise((resolve) => {
    onDiagnostics = (v) => { if (v === version) resolve(); };
  });
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {},
      initializationOptions: debounceMs === undefined ? {} : { diagnosticsDelayMs: debounceMs },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    let opened = waitFor(1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'aarch64-asm', version: 1, text } });
    await opened;
    const samples: number[] = [];
    for (let version = 2; version <= 31; version++) {
      const done = waitFor(version);
      const t0 = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 200 + version, character: 0 }, end: { line: 200 + version, character: 0 } }, text: '        nop\n' }],
      });
      await done;
      if (version > 11) samples.push(performance.now() - t0); // the first ten warm the server's JIT up
    }
    opened = Promise.resolve();
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    return median(samples);
  } finally {
    connection.dispose();
    child.kill();
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  void bench().then((rows) => { for (const r of rows) console.log(`${r.name.padEnd(50)} ${r.value.toFixed(2)} ${r.unit}`); });
}
