// Entry point loaded by VS Code as extensionTestsPath: VS Code calls run() inside the extension host; a rejected
// promise makes the workbench report exit code 1 through codeAutomationExit. Bundled by test/e2e/run.mjs.
import { runAll } from './harness.js';
import './smoke.test.js';

export async function run(): Promise<void> {
  const failed = await runAll('extension-host');
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
