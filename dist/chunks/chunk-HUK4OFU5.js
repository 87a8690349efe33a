import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/verify/alpha-share.ts
function stepAlpha(config) {
  return config.watch ? config.alpha * (1 - config.watch.alphaShare) : config.alpha;
}

export {
  stepAlpha
};
