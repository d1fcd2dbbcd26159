// A page that hosts one of the webview bundles outside VS Code, for headless Chromium tests: it defines
// acquireVsCodeApi to record what the view posts, applies a theme class, and forbids every network request.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const chromiumPath = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: install the Debian package 'chromium' (the e2e tier needs it)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WebviewPage {
  readonly page: Page;
  /** Messages the view posted to the (fake) extension host. */
  posted(): Promise<unknown[]>;
  /** Delivers a message from the host to the view. */
  send(message: unknown): Promise<void>;
  readonly externalRequests: string[];
}

export async function openWebview(browser: Browser, bundle: 'memoryView' | 'tagMap', theme: 'vscode-light' | 'vscode-dark' = 'vscode-light'): Promise<WebviewPage> {
  const script = join(root, 'dist', 'webview', `${bundle}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run 'node scripts/build.mjs' first`);
  const dir = mkdtempSync(join(tmpdir(), 'webview-'));
  copyFileSync(script, join(dir, `${bundle}.js`));
  copyFileSync(join(root, 'dist', 'webview', 'media', 'webview.css'), join(dir, 'webview.css'));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="webview.css">
<style>:root { --vscode-focusBorder: #007fd4; --vscode-errorForeground: #f14c4c; --vscode-editor-background: ${theme === 'vscode-dark' ? '#1e1e1e' : '#ffffff'}; --vscode-foreground: ${theme === 'vscode-dark' ? '#cccccc' : '#333333'}; }</style>
<script>
  window.__posted = []; window.__state = undefined;
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
</script></head><body class="${theme}"><script src="${bundle}.js"></script></body></html>`);
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  const externalRequests: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) externalRequests.push(r.url()); });
  await page.goto(`file://${join(dir, 'index.html')}`);
  return {
    page,
    externalRequests,
    posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
    send: async (message) => {
      await page.evaluate((m) => window.postMessage(m, '*'), message);
      await page.waitForTimeout(30);
    },
  };
}
