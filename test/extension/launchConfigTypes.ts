// The signatures of extension/launchConfig.ts that test/extension/launchConfig.test.ts uses, declared here because
// test/tsconfig.json does not reference the extension project (see the note in the test). Keep them in sync; the
// extension's own typecheck guarantees the implementation, the tests guarantee the behaviour.
export interface ActiveFile { readonly path: string; readonly languageId?: string; readonly header?: Uint8Array }
export interface ResolveContext { readonly activeFile?: ActiveFile; readonly storedSeed?: number }
export type LaunchAttributes = Record<string, unknown>;
export type ResolveResult = { readonly ok: true; readonly config: LaunchAttributes } | { readonly ok: false; readonly message: string };
export type TagCheckModeName = 'none' | 'sync' | 'async' | 'asymmetric';
export declare function hasElfMagic(header: Uint8Array | undefined): boolean;
export declare function isDebuggableFile(file: ActiveFile): boolean;
export declare function resolveLaunchConfiguration(input: LaunchAttributes, ctx: ResolveContext): ResolveResult;
export declare function parseSeed(text: string): { ok: true; seed: number } | { ok: false; message: string };
export declare function tagCheckModeFromVariables(variables: readonly { name: string; value: string }[]): TagCheckModeName | undefined;
export declare function parseTagCheckMode(value: string): TagCheckModeName | undefined;
export declare function tagCheckModeLabel(mode: TagCheckModeName | undefined): string;
