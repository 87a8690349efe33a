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
var MAX_ALIAS_EXPANSION = 1e4;
function parseYaml(text, file) {
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: !1, uniqueKeys: !0 }), at = (offset) => {
    let pos = lineCounter.linePos(offset);
    return { kind: "file", file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0)
    throw new ConfigError(doc.errors.map((error) => syntaxProblem(doc, error, at)));
  let bomb = findAliasBomb(doc);
  if (bomb)
    throw new ConfigError([
      {
        path: bomb.path,
        origin: at(bomb.offset),
        message: `YAML aliases expand too far: \`*${bomb.anchor}\` here repeats ${bomb.size} values, and the file's aliases would add more than ${MAX_ALIAS_EXPANSION} in all (nested anchors, a "billion laughs" pattern)`
      }
    ]);
  return {
    // The library's own alias guard stays as a second line; the walk above has already named the place.
    data: doc.toJS({ maxAliasCount: -1 }),
    locate(path, options = {}) {
      let offset = findOffset(doc, path, options.key === !0);
      return offset === void 0 ? { kind: "file", file } : at(offset);
    }
  };
}
function syntaxProblem(doc, error, at) {
  let reason = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
  if (error.code === "DUPLICATE_KEY") {
    let duplicate = findPairByKeyOffset(doc, error.pos[0]);
    if (duplicate) {
      let first = duplicate.first === void 0 ? "" : ` (first at line ${at(duplicate.first).line})`;
      return {
        path: duplicate.path,
        origin: at(error.pos[0]),
        message: `duplicate key \`${String(duplicate.path.at(-1))}\`${first}: each key may appear once in a mapping`
      };
    }
  }
  return { path: [], origin: at(error.pos[0]), message: `YAML syntax error: ${reason}` };
}
function walk(node, path, visit) {
  if (visit(node, path), (0, import_yaml.isMap)(node))
    for (let pair of node.items) {
      let key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
      walk(pair.key, path, visit), walk(pair.value, [...path, key], visit);
    }
  else (0, import_yaml.isSeq)(node) && node.items.forEach((item, index) => walk(item, [...path, index], visit));
}
function findPairByKeyOffset(doc, offset) {
  let found;
  return walk(doc.contents, [], (node, path) => {
    if (found || !(0, import_yaml.isMap)(node)) return;
    let keyOf = (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : void 0, pair = node.items.find((item) => rangeStart(item.key) === offset), key = keyOf(pair);
    if (!pair || key === void 0) return;
    let first = node.items.find((item) => item !== pair && keyOf(item) === key);
    found = { path: [...path, key], first: rangeStart(first?.key) };
  }), found;
}
function findAliasBomb(doc) {
  let sizes = /* @__PURE__ */ new Map(), sizeOf = (node) => {
    if ((0, import_yaml.isAlias)(node)) return sizeOf(node.resolve(doc));
    let known = sizes.get(node);
    if (known !== void 0) return known;
    sizes.set(node, 1);
    let size = 1;
    if ((0, import_yaml.isMap)(node)) for (let pair of node.items) size += sizeOf(pair.key) + sizeOf(pair.value);
    else if ((0, import_yaml.isSeq)(node)) for (let item of node.items) size += sizeOf(item);
    return size = Math.min(size, Number.MAX_SAFE_INTEGER), sizes.set(node, size), size;
  }, total = 0, bomb;
  return walk(doc.contents, [], (node, path) => {
    if (bomb || !(0, import_yaml.isAlias)(node)) return;
    let size = sizeOf(node);
    total += size, total > MAX_ALIAS_EXPANSION && (bomb = { path, offset: rangeStart(node) ?? 0, anchor: node.source, size });
  }), bomb;
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
  MAX_ALIAS_EXPANSION,
  parseYaml
};
