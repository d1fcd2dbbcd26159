// Layer rules (see ARCHITECTURE.md). `npm test` runs this through scripts/test.mjs and fails on any violation.
const nodeBuiltins = require('module').builtinModules;
module.exports = {
  forbidden: [
    {
      name: 'emulator-is-pure',
      comment: 'emulator/ runs anywhere: no Node built-ins, no vscode, no DAP or LSP packages. Host I/O is injected.',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'emulator-no-host-packages',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'emulator-no-outer-layers',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { path: '^(debug-adapter|language-server|extension|cli)/' },
    },
    {
      name: 'only-extension-imports-vscode',
      comment: "Only extension/ may import 'vscode'.",
      severity: 'error',
      from: { pathNot: '^extension/' },
      to: { path: '^vscode$', dependencyTypes: ['core', 'unknown', 'npm', 'undetermined', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-vscode-any-form',
      severity: 'error',
      from: { pathNot: '^extension/' },
      to: { path: '(^|/)node_modules/@types/vscode/' },
    },
    {
      name: 'debug-adapter-not-from-language-server-or-extension',
      severity: 'error',
      from: { path: '^(debug-adapter|language-server)/' },
      to: { path: '^(extension|cli)/' },
    },
    {
      name: 'language-service-is-pure',
      comment: 'language-server/service/ is text in, results out (LSP data types allowed): no Node built-ins; main.ts does the I/O.',
      severity: 'error',
      from: { path: '^language-server/service/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'webview-is-browser-code',
      comment: 'extension/webview/ runs inside a webview: no vscode, no Node built-ins, nothing outside extension/webview.',
      severity: 'error',
      from: { path: '^extension/webview/' },
      to: { pathNot: '^extension/webview/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
    exclude: { path: '(^|/)(dist|out)/' },
  },
};
