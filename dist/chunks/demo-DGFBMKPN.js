import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  systemClock,
  terminalIO,
  verifyJob
} from "./chunk-OMT4TELL.js";
import {
  signalResult
} from "./chunk-LH5M5X4K.js";
import {
  createSources
} from "./chunk-JWUIGPKO.js";
import {
  loadConfig
} from "./chunk-VJTE2A2X.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-HKY36KTA.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/demo/demo.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// src/demo/service.ts
import { createServer } from "node:http";
async function startDemoService(initial) {
  let release = initial, debt = 0, total = 0, errors = 0, server = createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, {
        "content-type": "application/vnd.spring-boot.actuator.v3+json",
        "x-version": release.version
      }), res.end(
        JSON.stringify({ status: "UP", components: { db: { status: "UP" } }, version: release.version })
      );
      return;
    }
    if (req.url?.startsWith("/api")) {
      if (total += 1, debt += release.errorRate, debt >= 1) {
        debt -= 1, errors += 1, res.writeHead(500, { "content-type": "application/json" }), res.end(JSON.stringify({ error: "upstream timeout", version: release.version }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }), res.end(JSON.stringify({ ok: !0, version: release.version }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  let { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    deploy(next) {
      release = next, debt = 0;
    },
    requests: () => ({ total, errors }),
    close: () => new Promise((resolve) => {
      server.closeAllConnections(), server.close(() => resolve());
    })
  };
}

// src/demo/demo.ts
var HEALTHY = { version: "v1.4.2", errorRate: 4e-3 }, BAD = { version: "v1.5.0", errorRate: 0.12 };
function demoConfigYaml(url, version) {
  return `environment: demo
window: 45s
interval: 2s
alpha: 0.05
sources:
  - id: health
    type: http
    url: ${url}/health
    format: actuator
    expect-version:
      value: ${version}
      header: x-version
    fail-after: 2
  - id: api
    type: http
    url: ${url}/api/orders
    probes: 25
    max-error-rate: 0.02
    critical: true
`;
}
async function demoCommand(flags) {
  let out = path.resolve(typeof flags.out == "string" ? flags.out : "postflight-demo");
  await rm(out, { recursive: !0, force: !0 }), await mkdir(out, { recursive: !0 });
  let say = (line) => process.stdout.write(line + `
`), service = await startDemoService(HEALTHY);
  try {
    say(
      `demo service at ${service.url} running ${HEALTHY.version} (${HEALTHY.errorRate * 100}% of API calls fail)`
    ), service.deploy(BAD), say(`deployed ${BAD.version}: ${BAD.errorRate * 100}% of API calls now fail; verifying in dry-run...
`);
    let { config } = await loadConfig({
      text: demoConfigYaml(service.url, BAD.version),
      inputs: { "dry-run": "true" },
      env: process.env,
      cwd: process.cwd()
    }), io = terminalIO({ summaryPath: path.join(out, "summary.md") }), sources = await createSources(config.sources, { maskSecret: (v2) => io.setSecret(v2) }), reportPath = path.join(out, "report.json"), v = (await verifyJob({
      config: { ...config, sha: BAD.version },
      sources,
      clock: systemClock,
      io,
      facts: { sha: BAD.version, ref: "demo" },
      reportPath,
      writeFile: (p, content) => writeFile(p, content)
    })).verdict;
    say(
      `
verdict: ${v.verdict.toUpperCase()}${v.decidedAt === null ? "" : ` after ${(v.decidedAt / 1e3).toFixed(0)} s`}`
    ), say(`reason:  ${v.reason}
`);
    for (let s of v.signals) say(`  ${signalResult(s).padEnd(12)} ${s.id.padEnd(14)} ${s.reason}`);
    let hits = service.requests();
    return say(`
the service saw ${hits.total} API requests, ${hits.errors} failed`), say(`report:  ${reportPath}
summary: ${path.join(out, "summary.md")}`), v.verdict === "fail" ? 0 : 1;
  } finally {
    await service.close();
  }
}
export {
  demoCommand,
  demoConfigYaml
};
