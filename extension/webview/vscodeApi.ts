// The webview side of VS Code's message channel. Outside VS Code (the headless browser tests) a page defines
// acquireVsCodeApi itself to observe what the view posts.

import type { ViewToHost } from './protocol.js';

export interface WebviewApi<State> {
  postMessage(message: ViewToHost): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): WebviewApi<State>;

export function vscodeApi<State>(): WebviewApi<State> {
  return acquireVsCodeApi<State>();
}

/** 'dark' for dark and high-contrast themes (VS Code sets a class on <body>). */
export function themeKind(): 'light' | 'dark' {
  const c = document.body.classList;
  return c.contains('vscode-dark') || c.contains('vscode-high-contrast') ? 'dark' : 'light';
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
