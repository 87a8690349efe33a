/**
 * A tiny metrics endpoint in the Prometheus text exposition format (version 0.0.4), serving
 * counters and gauges a test sets, so a real Prometheus has something to scrape.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exporter {
  /** host:port, as a scrape target. */
  target: string;
  set(name: string, labels: Record<string, string>, value: number): void;
  add(name: string, labels: Record<string, string>, delta: number): void;
  close(): Promise<void>;
}

export async function startExporter(types: Record<string, 'counter' | 'gauge'>): Promise<Exporter> {
  const values = new Map<string, Map<string, number>>();
  const series = (labels: Record<string, string>) =>
    Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
      .join(',');
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') return void res.writeHead(404).end();
    const lines: string[] = [];
    for (const [name, type] of Object.entries(types)) {
      lines.push(`# TYPE ${name} ${type}`);
      for (const [labels, value] of values.get(name) ?? []) lines.push(`${name}{${labels}} ${value}`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(lines.join('\n') + '\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const exporter: Exporter = {
    target: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    set(name, labels, value) {
      if (!types[name]) throw new Error(`exporter: ${name} has no declared type`);
      values.set(name, (values.get(name) ?? new Map()).set(series(labels), value));
    },
    add(name, labels, delta) {
      exporter.set(name, labels, (values.get(name)?.get(series(labels)) ?? 0) + delta);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
  return exporter;
}
