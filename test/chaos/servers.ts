/**
 * Loopback servers for the chaos suite: the fault server (each run on a path of its own, so a
 * run's request count is its own), and a second origin that a cross-origin redirect lands on and
 * that records what arrived there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  body: string;
  /** 1-based: which request of this run this is. */
  n: number;
}

export type Handler = (exchange: Exchange) => void;

export interface LoopbackServer {
  url: string;
  /** Serves `handler` under `/<name>/...` for one run. */
  route(name: string, handler: Handler): string;
  close(): Promise<void>;
}

export async function startLoopback(): Promise<LoopbackServer> {
  const routes = new Map<string, { handler: Handler; n: number }>();
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const name = (req.url ?? '/').split('/')[1]?.split('?')[0] ?? '';
      const route = routes.get(name);
      if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
      route.n += 1;
      try {
        route.handler({ req, res, body: Buffer.concat(chunks).toString('utf8'), n: route.n });
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    route(name, handler) {
      routes.set(name, { handler, n: 0 });
      return `${url}/${name}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export function send({ res }: Exchange, answer: Answer): void {
  res.writeHead(answer.status, answer.headers ?? {}).end(answer.body);
}

/** The request's headers as a server that echoes them for debugging would print them. */
export function echoHeaders({ req }: Exchange): string {
  return JSON.stringify(req.headers);
}
