// How system calls reach the process's file system: the Vfs (created on first use from HostIO.files, either a
// full HostFiles or the older read-only SandboxFileSystem) and the starting directory of a *at() call.
import { E } from '../constants.js';
import type { Kernel } from '../kernel.js';
import { isHostFiles, legacyHostFiles } from '../vfs/host.js';
import { Vfs, type Located } from '../vfs/vfs.js';

export const AT_FDCWD = -100;

export function vfsOf(k: Kernel): Vfs {
  let vfs = k.files.vfs;
  if (!vfs) {
    const files = k.host.files;
    vfs = new Vfs(files ? (isHostFiles(files) ? files : legacyHostFiles(files)) : undefined, k.host.nowNanoseconds());
    k.files.vfs = vfs;
  }
  return vfs;
}

/** The working directory as a located node. */
export function cwdLocated(k: Kernel): Located | number {
  const vfs = vfsOf(k);
  return vfs.resolve(k, vfs.root(), vfs.cwd, true);
}

/** Where a relative path of a *at() call starts: the cwd (AT_FDCWD) or the directory open as `dirfd`. */
export function startOf(k: Kernel, dirfd: number, path: string): Located | number {
  const vfs = vfsOf(k);
  if (path.startsWith('/')) return vfs.root();
  if (dirfd === AT_FDCWD) return cwdLocated(k);
  const file = k.files.get(dirfd);
  if (!file) return -E.BADF;
  const type = vfs.typeOf(k, file.node);
  if (type !== 'directory') return -E.NOTDIR;
  return { node: file.node, path: file.path };
}
