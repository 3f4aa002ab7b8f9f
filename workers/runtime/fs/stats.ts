// fs.Stats and fs.Dirent: what stat and readdir({ withFileTypes }) return, with Node's fields.
import { constants } from './constants';
import { isTmp } from './paths';
import type { FsNode } from './volume';

// Lambda runs handlers as sbx_user1051 (uid 993, gid 990); the code and the OS belong to root.
const LAMBDA_UID = 993;
const LAMBDA_GID = 990;

export class Stats {
  dev: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev = 0;
  blksize = 4096;
  ino: number;
  size: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
  atime: Date;
  mtime: Date;
  ctime: Date;
  birthtime: Date;

  constructor(node: FsNode, abs: string) {
    const tmp = isTmp(abs);
    this.dev = tmp ? 66305 : 66304;
    this.mode = node.mode;
    this.nlink = node.kind === 'dir' ? 2 + [...node.entries.values()].filter((child) => child.kind === 'dir').length : 1;
    this.uid = tmp ? LAMBDA_UID : 0;
    this.gid = tmp ? LAMBDA_GID : 0;
    this.ino = node.ino;
    this.size = node.kind === 'dir' ? 4096 : node.size;
    this.blocks = Math.ceil(this.size / 4096) * 8;
    this.atimeMs = node.atimeMs;
    this.mtimeMs = node.mtimeMs;
    this.ctimeMs = node.ctimeMs;
    this.birthtimeMs = node.birthtimeMs;
    this.atime = new Date(node.atimeMs);
    this.mtime = new Date(node.mtimeMs);
    this.ctime = new Date(node.ctimeMs);
    this.birthtime = new Date(node.birthtimeMs);
  }

  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

export class Dirent {
  readonly #kind: FsNode['kind'];
  name: string;
  /** The directory as the caller named it (Node 20.12+), and its older alias `path`. */
  parentPath: string;
  path: string;

  constructor(name: string, kind: FsNode['kind'], parentPath: string) {
    this.#kind = kind;
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
  }

  isFile() { return this.#kind === 'file'; }
  isDirectory() { return this.#kind === 'dir'; }
  isSymbolicLink() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}
