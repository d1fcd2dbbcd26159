// A small C preprocessor for .S files: #define (object-like and function-like), #undef, #include "file",
// #if/#ifdef/#ifndef/#elif/#else/#endif with defined(), #error. Output keeps each line's file and line number.
import type { AsmDiagnostic } from './api.js';
import { evaluate, parseExpression } from './expression.js';
import { splitLines, type SourceLine } from './source.js';

interface Define {
  readonly params?: readonly string[];
  readonly body: string;
}

interface Branch {
  active: boolean;
  taken: boolean;
  readonly parentActive: boolean;
}

export function preprocess(source: string, fileName: string, readFile: ((path: string) => string | undefined) | undefined,
  diagnostics: AsmDiagnostic[]): SourceLine[] {
  const defines = new Map<string, Define>();
  defines.set('__ASSEMBLER__', { body: '1' });
  defines.set('__aarch64__', { body: '1' });
  const out: SourceLine[] = [];
  const branches: Branch[] = [];
  const active = (): boolean => branches.length === 0 || branches[branches.length - 1]!.active;
  const error = (line: SourceLine, message: string): void => {
    diagnostics.push({ file: line.file, line: line.line, column: 1, severity: 'error', message });
  };

  const substituteParams = (def: Define, args: readonly string[]): string => {
    let body = def.body;
    def.params!.forEach((p, k) => {
      if (!/^[A-Za-z_]\w*$/.test(p)) return;
      body = body.replace(new RegExp(`\\b${p}\\b`, 'g'), () => args[k] ?? '');
    });
    return body;
  };

  // Macro expansion as cpp does it: a macro's replacement (with its arguments expanded first) is rescanned with
  // that macro disabled, so a macro naming itself (`#define A A A`, `#define A B` / `#define B A`) stops there
  // (C11 6.10.3.4p2) instead of growing without end.
  const expand = (text: string, disabled: ReadonlySet<string> = new Set(), depth = 0): string => {
    if (depth > 200 || defines.size === 0) return text;
    let outText = '';
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (outText.length > 1_000_000) return outText + text.slice(i);
      const c = text[i]!;
      if (c === '"') {
        let j = i + 1;
        while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        outText += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if (!/[A-Za-z_]/.test(c)) { outText += c; i++; continue; }
      let j = i + 1;
      while (j < n && /\w/.test(text[j]!)) j++;
      const name = text.slice(i, j);
      const def = disabled.has(name) ? undefined : defines.get(name);
      if (!def) { outText += name; i = j; continue; }
      const inner = new Set(disabled).add(name);
      if (!def.params) { outText += expand(def.body, inner, depth + 1); i = j; continue; }
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
      if (text[k] !== '(') { outText += name; i = j; continue; }
      const args: string[] = [];
      let level = 1;
      let cur = '';
      k++;
      while (k < n) {
        const d = text[k]!;
        if (d === '(') level++;
        else if (d === ')') { level--; if (level === 0) break; }
        if (d === ',' && level === 1) { args.push(cur.trim()); cur = ''; } else cur += d;
        k++;
      }
      args.push(cur.trim());
      outText += expand(substituteParams(def, args.map((a) => expand(a, disabled, depth + 1))), inner, depth + 1);
      i = k + 1;
    }
    return outText;
  };

  const condition = (line: SourceLine, text: string): boolean => {
    let t = text.replace(/defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)/g, (_m, a: string | undefined, b: string | undefined) =>
      defines.has((a ?? b)!) ? '1' : '0');
    t = expand(t).replace(/[A-Za-z_]\w*/g, '0').replace(/\b(\d+)[uUlL]+\b/g, '$1');
    const node = parseExpression(t);
    if ('error' in node) { error(line, `#if: ${node.error}`); return false; }
    const v = evaluate(node, { symbol: () => ({ kind: 'abs', value: 0n }), dot: () => ({ kind: 'abs', value: 0n }) });
    if ('error' in v || v.kind !== 'abs') { error(line, '#if: bad expression'); return false; }
    return v.value !== 0n;
  };

  const processFile = (text: string, file: string, depth: number): void => {
    const lines = splitLines(text, file);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      // Join continuation lines.
      while (line.text.endsWith('\\') && i + 1 < lines.length) {
        out.push({ text: '', file, line: line.line });
        line = { ...line, text: line.text.slice(0, -1) + ' ' + lines[++i]!.text };
      }
      const m = /^\s*#\s*(define|undef|include|ifdef|ifndef|if|elif|else|endif|error|warning|line|pragma)\b\s*(.*)$/.exec(line.text);
      if (!m) {
        out.push(active() ? { ...line, text: expand(line.text) } : { ...line, text: '' });
        continue;
      }
      out.push({ ...line, text: '' });
      const directive = m[1]!;
      const rest = m[2]!.replace(/\/\/.*$|\/\*.*?\*\//g, '').trim();
      switch (directive) {
        case 'ifdef': case 'ifndef': {
          const parent = active();
          const value = defines.has(rest.split(/\s+/)[0] ?? '') === (directive === 'ifdef');
          branches.push({ active: parent && value, taken: value, parentActive: parent });
          break;
        }
        case 'if': {
          const parent = active();
          const value = parent ? condition(line, rest) : false;
          branches.push({ active: parent && value, taken: value, parentActive: parent });
          break;
        }
        case 'elif': {
          const top = branches[branches.length - 1];
          if (!top) { error(line, '#elif without #if'); break; }
          const value = !top.taken && top.parentActive && condition(line, rest);
          top.active = top.parentActive && value;
          if (value) top.taken = true;
          break;
        }
        case 'else': {
          const top = branches[branches.length - 1];
          if (!top) { error(line, '#else without #if'); break; }
          top.active = top.parentActive && !top.taken;
          top.taken = true;
          break;
        }
        case 'endif':
          if (!branches.pop()) error(line, '#endif without #if');
          break;
        default:
          if (!active()) break;
          if (directive === 'define') {
            const d = /^([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$/.exec(rest);
            if (!d) { error(line, 'macro names must be identifiers'); break; }
            const params = d[2] !== undefined ? d[3]!.split(',').map((p) => p.trim()).filter((p) => p !== '') : undefined;
            if (params && params.some((p) => !/^[A-Za-z_]\w*$/.test(p))) { error(line, `invalid parameter list in #define ${d[1]}`); break; }
            defines.set(d[1]!, { body: d[4] ?? '', ...(params ? { params } : {}) });
          } else if (directive === 'undef') defines.delete(rest);
          else if (directive === 'include') {
            const name = /^["<](.*)[">]$/.exec(rest)?.[1];
            if (!name) { error(line, '#include expects "FILENAME"'); break; }
            const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
            const path = name.startsWith('/') ? name : dir + name;
            const content = readFile?.(path) ?? readFile?.(name);
            if (content === undefined) { error(line, `${name}: No such file or directory`); break; }
            if (depth > 32) { error(line, '#include nested too deeply'); break; }
            processFile(content, path, depth + 1);
          } else if (directive === 'error') error(line, `#error ${rest}`);
          else if (directive === 'warning') diagnostics.push({ file: line.file, line: line.line, column: 1, severity: 'warning', message: `#warning ${rest}` });
      }
    }
  };
  processFile(source, fileName, 0);
  if (branches.length > 0) diagnostics.push({ file: fileName, line: 1, column: 1, severity: 'error', message: 'unterminated #if' });
  return out;
}
