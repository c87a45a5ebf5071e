/** A tiny static server on 127.0.0.1 for the e2e pages: the browsers load fixtures over http, as a reader would. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** URL prefix → folder on disk. */
export type Mounts = Record<string, string>;

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

async function resolveFile(mounts: Mounts, pathname: string): Promise<string | undefined> {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    if (rel.startsWith('..') || rel.includes(`${sep}..`)) return undefined;
    let file = join(dir, rel);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    if (
      await stat(file)
        .then((s) => s.isFile())
        .catch(() => false)
    )
      return file;
  }
  return undefined;
}

/** What `?hold=MS` keeps back: the page's tail, so the browser has parsed the story but not finished loading. */
const HELD_BYTES = 64;

/**
 * Serve `mounts` on 127.0.0.1 at a free port. The fixture pages link their site's `/assets/*.css|js`,
 * which aren't part of a fixture: those answer empty, so a missing stylesheet isn't a console error.
 * `?hold=MS` on a file sends all of it but its last `HELD_BYTES`, and those only after MS ms: a page
 * that is still loading.
 */
export async function startStaticServer(mounts: Mounts): Promise<StaticServer> {
  const held = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hold = Number(searchParams.get('hold') ?? 0);
    void resolveFile(mounts, pathname).then(async (file) => {
      if (file && hold > 0) {
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.write(body.subarray(0, Math.max(0, body.length - HELD_BYTES)));
        const timer = setTimeout(() => {
          held.delete(timer);
          res.end(body.subarray(Math.max(0, body.length - HELD_BYTES)));
        }, hold);
        held.add(timer);
      } else if (file) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(res);
      } else if (pathname.startsWith('/assets/')) {
        res.writeHead(200, { 'content-type': TYPES[extname(pathname)] ?? 'text/plain' }).end();
      } else if (pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        held.forEach(clearTimeout);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
