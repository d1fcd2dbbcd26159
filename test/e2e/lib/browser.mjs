// Launches Debian's Chromium through playwright-core for the end-to-end tests (headless, a fresh profile inside
// the work folder) and turns the workbench's console messages back into readable lines.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Starts Chromium with a fresh user-data-dir under `work`; returns the persistent context and its first page. */
export async function launchBrowser(work, executablePath, { width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(work, 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width, height }, timeout: 60_000,
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page };
}

/**
 * Text of a console message. The workbench logs as console.log('%c INFO', 'color: ...', ...args): the first two
 * arguments are the styled prefix, the rest are what the caller (e.g. an extension test) logged.
 */
export async function consoleText(msg) {
  const values = [];
  for (const handle of msg.args()) {
    try { values.push(await handle.jsonValue()); } catch { values.push(String(handle)); }
  }
  if (typeof values[0] === 'string' && values[0].startsWith('%c')) {
    const level = values[0].slice(2).trim();
    const rest = values.slice(2);
    return { level, text: rest.length ? format(...rest) : '' };
  }
  return { level: msg.type(), text: values.length ? format(...values) : msg.text() };
}
