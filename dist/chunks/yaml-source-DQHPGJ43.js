import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-2OAZCE73.js";
import {
  ConfigError
} from "./chunk-HFEFXF2P.js";
import {
  __toESM
} from "./chunk-CNPVSFHC.js";

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text, file) {
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: !1, uniqueKeys: !0 });
  if (doc.errors.length > 0)
    throw new ConfigError(
      doc.errors.map((error) => {
        let pos = lineCounter.linePos(error.pos[0]), reason = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
        return {
          path: [],
          origin: { kind: "file", file, line: pos.line, column: pos.col },
          message: `YAML syntax error: ${reason}`
        };
      })
    );
  let at = (offset) => {
    let pos = lineCounter.linePos(offset);
    return { kind: "file", file, line: pos.line, column: pos.col };
  };
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    locate(path, options = {}) {
      let offset = findOffset(doc, path, options.key === !0);
      return offset === void 0 ? { kind: "file", file } : at(offset);
    }
  };
}
function findOffset(doc, path, wantKey) {
  let node = doc.contents, offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    let segment = path[i], last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (pair === void 0) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value, offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment == "number") {
      let item = node.items[segment];
      if (item === void 0) return offset;
      node = item, offset = rangeStart(node) ?? offset;
    } else
      return offset;
  }
  return offset;
}
function rangeStart(node) {
  let range = node?.range;
  return range ? range[0] : void 0;
}
export {
  parseYaml
};
