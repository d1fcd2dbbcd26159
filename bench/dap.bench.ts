// Debug adapter benchmarks through the built adapter (node dist/debugAdapter.js) and DebugClient: launch to the
// first stop (assembling in process), one step round trip (next -> stopped), and reading 64 KiB of memory plus
// its 4096 allocation tags. Targets: 200 ms, 5 ms, 10 ms. Medians of several runs.
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const root = join(__dirname, '..');
const adapter = join(root, 'dist', 'debugAdapter.js');
const fixtures = join(root, 'test', 'dap', 'fixtures');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function markerLine(file: string, name: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(`#${name}`)) + 1;
}

async function session<T>(fn: (dc: DebugClient) => Promise<T>): Promise<T> {
  const dc = new DebugClient('node', adapter, 'aarch64-mte');
  dc.defaultTimeout = 60_000;
  await dc.start();
  try { return await fn(dc); } finally { await dc.stop(); }
}

async function launch(dc: DebugClient, program: string, lines: number[], afterInitialize?: () => void): Promise<void> {
  await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  afterInitialize?.();
  const initialized = dc.waitForEvent('initialized');
  await dc.launchRequest({ program, stopOnEntry: lines.length === 0 } as never);
  await initialized;
  if (lines.length > 0) await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: lines.map((line) => ({ line })) });
  const stopped = dc.waitForEvent('stopped');
  await dc.configurationDoneRequest();
  await stopped;
}

export async function bench(): Promise<{ name: string; value: number; unit: string }[]> {
  const basic = join(fixtures, 'basic.s');
  const launches: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    await session(async (dc) => {
      const t0 = performance.now();
      let t1 = t0;
      await launch(dc, basic, [], () => { t1 = performance.now(); });
      starts.push(t1 - t0);
      launches.push(performance.now() - t1);
    });
  }
  const steps: number[] = [];
  await session(async (dc) => {
    await launch(dc, join(fixtures, 'spin.s'), [markerLine(join(fixtures, 'spin.s'), 'SPIN')]);
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const stopped = dc.waitForEvent('stopped');
      await dc.nextRequest({ threadId: 1 });
      await stopped;
      steps.push(performance.now() - t0);
    }
  });
  const pauses: number[] = [];
  await session(async (dc) => {
    await dc.initializeRequest({ adapterID: 'aarch64-mte', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = dc.waitForEvent('initialized');
    await dc.launchRequest({ program: join(fixtures, 'spin.s') } as never);
    await initialized;
    await dc.configurationDoneRequest();
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 30));
      const t0 = performance.now();
      const stopped = dc.waitForEvent('stopped');
      await dc.pauseRequest({ threadId: 1 });
      await stopped;
      pauses.push(performance.now() - t0);
      await dc.continueRequest({ threadId: 1 });
    }
  });
  const reads: number[] = [];
  await session(async (dc) => {
    const program = join(fixtures, 'tagged64k.s');
    await launch(dc, program, [markerLine(program, 'READY')]);
    const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!;
    const x19 = (await dc.evaluateRequest({ expression: 'x19', frameId: frame.id, context: 'watch' })).body.result;
    const address = /^0x[0-9a-f]+/.exec(x19)![0];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const [memory, tags] = await Promise.all([
        dc.send('readMemory', { memoryReference: address, count: 65536 }),
        dc.send('readMemoryTags', { memoryReference: address, count: 4096 }),
      ]);
      if (Buffer.from(memory.body.data, 'base64').length !== 65536 || tags.body.tags.length !== 4096) throw new Error('short read');
      reads.push(performance.now() - t0);
    }
  });
  return [
    { name: 'dap: adapter process start to initialize response', value: median(starts), unit: 'ms' },
    { name: 'dap: launch to first stop (basic.s, assembled)', value: median(launches), unit: 'ms' },
    { name: 'dap: step round trip (next -> stopped)', value: median(steps), unit: 'ms' },
    { name: 'dap: pause while running -> stopped', value: median(pauses), unit: 'ms' },
    { name: 'dap: readMemory + readMemoryTags of 64 KiB', value: median(reads), unit: 'ms' },
  ];
}
