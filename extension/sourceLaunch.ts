// F5 on a C source file: the launch goes to the executable built from it (found by programFinder.ts), chosen by
// the user when there are several, with a warning when it is older than the source and a message saying how to
// build one when there is none. The user interface is injected (configurationProvider.ts gives VS Code's), so the
// whole decision is tested with Node only (test/extension/sourceLaunch.test.ts).
import { basename } from 'node:path';
import { DEBUG_TYPE, resolveLaunchConfiguration, type ActiveFile, type LaunchAttributes, type ResolveContext, type ResolveResult } from './launchConfig.js';
import { buildCommandFor, isCSourcePath, noProgramMessage, staleProgramMessage, type FindResult, type FoundProgram } from './programFinder.js';

/** The C language id VS Code gives .c files. */
export const C_LANGUAGE_ID = 'c';

/** What the source launch asks of the user interface. */
export interface SourceLaunchUi {
  /** Lets the user choose among several executables (newest first); undefined when cancelled. */
  pick(programs: readonly FoundProgram[], source: string): Promise<FoundProgram | undefined>;
  /** A non-blocking warning (the launch goes on). */
  warn(message: string): void;
  /** The launch cannot go on: the message, and the command that builds a program (offered, never run). */
  fail(message: string, buildCommand: string): void;
}

export type ProgramFinder = (source: string) => Promise<FindResult>;

/** True when the active file is C source: by language id, or by its .c extension. */
export function isCSourceFile(file: ActiveFile | undefined): boolean {
  return !!file && (file.languageId === C_LANGUAGE_ID || isCSourcePath(file.path));
}

/**
 * The executable to debug for a C source file: the only one found, or the user's choice among several (newest
 * first). Warns when it is older than the source. Undefined (after telling the user why) when there is none or the
 * choice was cancelled.
 */
export async function chooseProgramForSource(source: string, find: ProgramFinder, ui: SourceLaunchUi): Promise<FoundProgram | undefined> {
  const result = await find(source);
  if (result.programs.length === 0) {
    ui.fail(noProgramMessage(result), buildCommandFor(source));
    return undefined;
  }
  const program = result.programs.length === 1 ? result.programs[0] : await ui.pick(result.programs, source);
  if (program?.stale) ui.warn(staleProgramMessage(program, source));
  return program;
}

/** Which C source a configuration asks to debug, if any: `program` naming a .c file, or no program and a C editor. */
export function sourceToLaunch(config: LaunchAttributes, activeFile: ActiveFile | undefined): string | undefined {
  if (typeof config.program === 'string' && isCSourcePath(config.program)) return config.program;
  const noProgram = config.program === undefined || config.program === '';
  if (noProgram && activeFile && isCSourceFile(activeFile)) return activeFile.path;
  return undefined;
}

/**
 * resolveLaunchConfiguration (launchConfig.ts) extended to C sources: when the configuration is empty (F5 without
 * launch.json) or has no program and a C file is active, or its program is a .c file, the program becomes the
 * executable built from that source. An empty configuration does not stop on entry (the user's breakpoints in the
 * C file do). Undefined when the launch was cancelled or refused (the user has been told).
 */
export async function resolveSourceLaunch(input: LaunchAttributes, ctx: ResolveContext, find: ProgramFinder, ui: SourceLaunchUi): Promise<ResolveResult | undefined> {
  const source = sourceToLaunch(input, ctx.activeFile);
  if (source === undefined) return resolveLaunchConfiguration(input, ctx);
  const program = await chooseProgramForSource(source, find, ui);
  if (!program) return undefined;
  const isEmpty = !input.request && !input.name && (input.program === undefined || input.program === '');
  const config: LaunchAttributes = { ...input, program: program.path };
  if (isEmpty) {
    config.type = DEBUG_TYPE;
    config.request = 'launch';
    config.name = launchNameFor(program.path, source);
    config.stopOnEntry = false;
  }
  return resolveLaunchConfiguration(config, ctx);
}

/** The name of a launch of `program` built from `source`: "Debug hello (hello.c)". */
export function launchNameFor(program: string, source: string): string {
  return `Debug ${basename(program)} (${basename(source)})`;
}

/** The configurations offered for a C source (the "Run and Debug" drop-down): one per executable found. */
export function sourceConfigurations(result: FindResult, displayPath: (path: string) => string = (p) => p): LaunchAttributes[] {
  return result.programs.map((p) => ({
    type: DEBUG_TYPE,
    request: 'launch',
    name: `Debug ${displayPath(p.path)} (${basename(result.source)})${p.stale ? ' [older than source]' : ''}`,
    program: p.path,
    stopOnEntry: false,
  }));
}
