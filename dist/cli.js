#!/usr/bin/env node
import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);

// src/cli.ts
console.log("postflight cli");
