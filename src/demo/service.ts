/**
 * The demo's stand-in for a real service: a health endpoint in Spring Boot actuator style that
 * reports the running version, and an API endpoint whose failure rate is a property of the
 * version. Failures are spread evenly (every 1/rate-th request), not random, so the demo tells
 * the same story on every machine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Release {
  version: string;
  /** Fraction of /api requests that answer 500. */
  errorRate: number;
}

export interface DemoService {
  url: string;
  deploy(release: Release): void;
  requests(): { total: number; errors: number };
  close(): Promise<void>;
}

export async function startDemoService(initial: Release): Promise<DemoService> {
  let release = initial;
  let debt = 0;
  let total = 0;
  let errors = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, {
        'content-type': 'application/vnd.spring-boot.actuator.v3+json',
        'x-version': release.version
      });
      res.end(
        JSON.stringify({ status: 'UP', components: { db: { status: 'UP' } }, version: release.version })
      );
      return;
    }
    if (req.url?.startsWith('/api')) {
      total += 1;
      debt += release.errorRate;
      if (debt >= 1) {
        debt -= 1;
        errors += 1;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'upstream timeout', version: release.version }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, version: release.version }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy(next) {
      release = next;
      debt = 0;
    },
    requests: () => ({ total, errors }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
