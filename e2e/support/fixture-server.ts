import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { generatedResponse } from './generated-pages.ts';

/** Serves test/fixtures over http on 127.0.0.1, on a free port: pages at /pages/<slug>/source.html. */
export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  /** Every request the server has answered, with its headers (for the privacy tests). */
  requests: { path: string; headers: Record<string, string | string[] | undefined> }[];
  pageUrl(slug: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push({ path: url.pathname + url.search, headers: request.headers });
    const generated = generatedResponse(url.pathname, url.searchParams);
    if (generated) {
      const send = () => response.writeHead(200, { 'content-type': generated.type, 'content-length': generated.body.length, 'cache-control': 'no-store' }).end(generated.body);
      if (generated.delay) setTimeout(send, generated.delay);
      else send();
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname));
    let file = join(root, path);
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'source.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    pageUrl: (slug) => `${origin}/pages/${slug}/source.html`,
    // Browsers keep connections alive; drop them, or close() waits for Chromium to let go.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
