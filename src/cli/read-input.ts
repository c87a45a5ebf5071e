import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CliError } from './cli-error';

function cannotRead(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : (e as Error).message;
  return new CliError(`cannot read ${path}: ${why}`);
}

/** Reads a whole file as UTF-8, or all of `stdin` for `-`; a missing file is a CliError. */
export async function readInput(path: string, stdin: Readable): Promise<string> {
  if (path === '-') return text(stdin);
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw cannotRead(path, e);
  }
}

/** Opens a file (or stdin for `-`) for reading line by line; a missing file is a CliError. */
export async function openInput(path: string, stdin: Readable): Promise<Readable> {
  if (path === '-') return stdin;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    throw cannotRead(path, e);
  }
  return createReadStream(path, 'utf8');
}
