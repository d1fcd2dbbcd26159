// A minimal test runner for code that runs inside the VS Code extension host (no mocha in this project): tests
// register with test(), run one after another with a time limit, and each prints one line. The summary line
// `E2E-SUMMARY {"passed":n,"failed":m}` is read by test/e2e/run.mjs from the page console.
interface TestCase { readonly name: string; readonly fn: () => Promise<void> | void; readonly timeoutMs: number }

const cases: TestCase[] = [];

export function test(name: string, fn: () => Promise<void> | void, timeoutMs = 30_000): void {
  cases.push({ name, fn, timeoutMs });
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms); });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/** Runs every registered test; resolves to the number of failures. */
export async function runAll(suite: string): Promise<number> {
  let passed = 0;
  let failed = 0;
  console.log(`E2E-SUITE ${suite}: ${cases.length} tests`);
  for (const c of cases) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(c.fn), c.timeoutMs, c.name);
      passed++;
      console.log(`  ok   ${c.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      const err = e as Error;
      console.log(`  FAIL ${c.name} (${Date.now() - started} ms)\n       ${(err?.stack ?? String(e)).split("\n").slice(0, 14).join('\n       ')}`);
    }
  }
  console.log(`E2E-SUMMARY ${JSON.stringify({ suite, passed, failed })}`);
  return failed;
}
