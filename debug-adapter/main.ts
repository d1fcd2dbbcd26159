// Entry point of the debug adapter process (dist/debugAdapter.js): speaks the Debug Adapter Protocol over stdin and
// stdout. The session can also run inline in another process (see MteDebugSession).
import { DebugSession } from '@vscode/debugadapter';
import { MteDebugSession } from './session.js';

DebugSession.run(MteDebugSession);
