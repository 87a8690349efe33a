#!/usr/bin/env node
import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  USAGE,
  UsageError,
  main
} from "./chunks/chunk-5SCNXZX5.js";
import "./chunks/chunk-6B7GX343.js";

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
