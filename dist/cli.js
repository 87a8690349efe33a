#!/usr/bin/env node
import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  USAGE,
  UsageError,
  main
} from "./chunks/chunk-RK76LBPO.js";
import "./chunks/chunk-CNPVSFHC.js";

// src/cli.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    let message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`postflight: ${message}
`), error instanceof UsageError && process.stderr.write(`
${USAGE}
`), process.exitCode = error instanceof UsageError ? 2 : 1;
  }
);
