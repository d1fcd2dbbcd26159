// "AArch64 MTE: Set IRG Seed": stores the seed of the emulated IRG random tag generator in the workspace state.
// Launches whose configuration has no `seed` use it (launchConfig.ts), so tag values repeat from run to run.
// An empty input clears it. The command also takes the seed as an argument (a number, or a string to parse).
import * as vscode from 'vscode';
import { parseSeed } from './launchConfig.js';

export const SET_SEED_COMMAND = 'aarch64-mte.setIrgSeed';
const STATE_KEY = 'aarch64-mte.irgSeed';

export class SeedStore {
  constructor(private readonly state: vscode.Memento) {}
  get(): number | undefined {
    const v = this.state.get<number>(STATE_KEY);
    return typeof v === 'number' ? v : undefined;
  }
  async set(seed: number | undefined): Promise<void> {
    await this.state.update(STATE_KEY, seed);
  }
}

/** Registers the command; it resolves to the stored seed (undefined when cleared or cancelled). */
export function registerSeedCommand(store: SeedStore): vscode.Disposable {
  return vscode.commands.registerCommand(SET_SEED_COMMAND, async (arg?: unknown) => {
    let text: string | undefined;
    if (typeof arg === 'number' || typeof arg === 'string') text = String(arg);
    else {
      const current = store.get();
      text = await vscode.window.showInputBox({
        title: 'AArch64 MTE: IRG seed for the next launches',
        prompt: 'Seed of the random tag generator used by IRG (decimal or 0x hex). Leave empty to clear.',
        value: current === undefined ? '' : String(current),
        validateInput: (t) => (t.trim() === '' ? undefined : parseSeed(t).ok ? undefined : (parseSeed(t) as { message: string }).message),
      });
      if (text === undefined) return store.get();
    }
    if (text.trim() === '') {
      await store.set(undefined);
      void vscode.window.setStatusBarMessage('AArch64 MTE: IRG seed cleared', 4000);
      return undefined;
    }
    const parsed = parseSeed(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`AArch64 MTE: ${parsed.message}`);
      return store.get();
    }
    await store.set(parsed.seed);
    void vscode.window.setStatusBarMessage(`AArch64 MTE: IRG seed ${parsed.seed} will be used by the next launch`, 4000);
    return parsed.seed;
  });
}
