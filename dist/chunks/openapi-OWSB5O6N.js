import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ContractParseError,
  INFO_ADVICE,
  changeAdvice,
  dangerAdvice,
  errorMessage,
  removalAdvice,
  requirementAdvice
} from "./chunk-TQCAESDJ.js";
import {
  require_dist
} from "./chunk-2OAZCE73.js";
import {
  __toESM
} from "./chunk-CNPVSFHC.js";

// src/assess/contracts/openapi-chunks.ts
var KEY = /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#{[][^:#]*?))\s*:(?:\s|$)/, ANCHOR = /(?:^|[\s[{,])&[\w-]+(?:\s|$)/m, REF = /\$ref["']?\s*:\s*["']?#\/(?:definitions|components\/schemas)\/([^"'\s#}]+)/g, indentOf = (line) => line.length - line.trimStart().length, isBlankOrComment = (line) => {
  let trimmed = line.trim();
  return trimmed === "" || trimmed.startsWith("#");
};
function decodePointer(token) {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}
function childrenOf(lines, open, parentIndent, prefix, chunks) {
  let line = open + 1;
  for (; line < lines.length && isBlankOrComment(lines[line]); ) line++;
  if (line >= lines.length || indentOf(lines[line]) <= parentIndent) return line;
  let childIndent = indentOf(lines[line]), current = null, close = (end) => {
    if (!current) return;
    let id = current.id;
    chunks.set(id, { id, start: current.start, end, text: lines.slice(current.start, end).join(`
`) }), current = null;
  };
  for (; line < lines.length; line++) {
    let text = lines[line];
    if (isBlankOrComment(text)) continue;
    let indent = indentOf(text);
    if (indent > childIndent) continue;
    if (indent <= parentIndent) break;
    if (indent < childIndent) return null;
    let key = KEY.exec(text.slice(indent));
    if (!key) return null;
    close(line);
    let name = key[1] !== void 0 ? key[1].replaceAll("''", "'") : key[2] ?? key[3].trim(), id = `${prefix}/${name}`;
    if (chunks.has(id)) return null;
    current = { id, start: line };
  }
  return close(line), line;
}
function split(text) {
  let lines = text.split(`
`), chunks = /* @__PURE__ */ new Map();
  for (let line = 0; line < lines.length; line++) {
    let current = lines[line];
    if (/^paths\s*:\s*(?:#.*)?$/.test(current)) {
      let next = childrenOf(lines, line, 0, "paths", chunks);
      if (next === null) return null;
      line = next - 1;
    } else if (/^definitions\s*:\s*(?:#.*)?$/.test(current)) {
      let next = childrenOf(lines, line, 0, "schemas", chunks);
      if (next === null) return null;
      line = next - 1;
    } else if (/^components\s*:\s*(?:#.*)?$/.test(current)) {
      let inner = line + 1;
      for (; inner < lines.length; inner++) {
        let text2 = lines[inner];
        if (!isBlankOrComment(text2)) {
          if (indentOf(text2) === 0) break;
          if (/^\s+schemas\s*:\s*(?:#.*)?$/.test(text2)) {
            let next = childrenOf(lines, inner, indentOf(text2), "schemas", chunks);
            if (next === null) return null;
            inner = next - 1;
          }
        }
      }
      line = inner - 1;
    }
  }
  let inChunk = new Uint8Array(lines.length);
  for (let chunk of chunks.values()) inChunk.fill(1, chunk.start, chunk.end);
  let rest = lines.filter((_, index) => !inChunk[index]).join(`
`);
  return { lines, chunks, rest };
}
function refsOf(text) {
  return [...text.matchAll(REF)].map((match) => `schemas/${decodePointer(match[1])}`);
}
function keepChangedOpenApi(head, base) {
  if (head.length < 4e4 && base.length < 4e4) return null;
  for (let text of [head, base])
    if (text.trimStart().startsWith("{") || ANCHOR.test(text) || /\$ref["']?\s*:\s*["']?#\/paths\//.test(text))
      return null;
  let sides = [split(head), split(base)];
  if (!sides[0] || !sides[1]) return null;
  let [headSplit, baseSplit] = sides, ids = /* @__PURE__ */ new Set([...headSplit.chunks.keys(), ...baseSplit.chunks.keys()]), refs = /* @__PURE__ */ new Map();
  for (let id of ids)
    refs.set(
      id,
      /* @__PURE__ */ new Set([
        ...refsOf(headSplit.chunks.get(id)?.text ?? ""),
        ...refsOf(baseSplit.chunks.get(id)?.text ?? "")
      ])
    );
  let kept = new Set(
    [...ids].filter((id) => headSplit.chunks.get(id)?.text !== baseSplit.chunks.get(id)?.text)
  );
  for (let grew = !0; grew; ) {
    grew = !1;
    for (let id of ids)
      if (!kept.has(id)) {
        for (let target of refs.get(id))
          if (kept.has(target)) {
            kept.add(id), grew = !0;
            break;
          }
      }
  }
  let outside = /* @__PURE__ */ new Set([...refsOf(headSplit.rest), ...refsOf(baseSplit.rest)]);
  for (let target of outside) if (kept.has(target)) return null;
  let pending = [...kept, ...outside];
  for (let target of outside) kept.add(target);
  for (; pending.length; )
    for (let target of refs.get(pending.pop()) ?? [])
      !kept.has(target) && ids.has(target) && (kept.add(target), pending.push(target));
  if (kept.size > ids.size / 2) return null;
  let blank = (side) => {
    let lines = [...side.lines];
    for (let chunk of side.chunks.values()) kept.has(chunk.id) || lines.fill("", chunk.start, chunk.end);
    return lines.join(`
`);
  };
  return { head: blank(headSplit), base: blank(baseSplit) };
}

// src/assess/contracts/openapi-document.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIASES = 1e3, MAX_REF_HOPS = 32;
function isObject(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value);
}
function decodePointerToken(token) {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}
function findPair(map, key) {
  if ((0, import_yaml.isMap)(map))
    return map.items.find((pair) => (0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key);
}
function refTarget(node) {
  if (!(0, import_yaml.isMap)(node)) return null;
  let ref = findPair(node, "$ref")?.value;
  return (0, import_yaml.isScalar)(ref) && typeof ref.value == "string" && ref.value.startsWith("#/") ? ref.value : null;
}
var LineFinder = class {
  constructor(doc, lines) {
    this.doc = doc;
    this.lines = lines;
  }
  doc;
  lines;
  lineAt(node) {
    let start = node?.range?.[0];
    return start === void 0 ? null : this.lines.linePos(start).line;
  }
  resolveRefs(node) {
    let current = node;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      let ref = refTarget(current);
      if (!ref) return current;
      let target = this.walk(ref.slice(2).split("/").map(decodePointerToken), !1).node;
      if (target === void 0) return current;
      current = target;
    }
    return current;
  }
  /** `allOf` members hold properties that a flattened schema shows at the top. */
  findInAllOf(map, key, depth) {
    let allOf = findPair(map, "allOf")?.value;
    if (!(!(0, import_yaml.isSeq)(allOf) || depth > 8))
      for (let member of allOf.items) {
        let resolved = this.resolveRefs(member);
        if (!(0, import_yaml.isMap)(resolved)) continue;
        let found = findPair(resolved, key) ?? this.findInAllOf(resolved, key, depth + 1);
        if (found) return found;
      }
  }
  walk(segments, followRefs = !0) {
    let node = this.doc.contents, line = null;
    for (let segment of segments)
      if (followRefs && (node = this.resolveRefs(node)), (0, import_yaml.isMap)(node)) {
        let pair = findPair(node, segment) ?? this.findInAllOf(node, segment, 0);
        if (!pair) return { node: void 0, line };
        line = this.lineAt(pair.key) ?? line, node = pair.value;
      } else if ((0, import_yaml.isSeq)(node)) {
        let item = node.items[Number(segment)];
        if (item === void 0) return { node: void 0, line };
        let firstKey = (0, import_yaml.isMap)(item) ? item.items[0]?.key : void 0;
        line = this.lineAt(firstKey ?? item) ?? line, node = item;
      } else
        return { node: void 0, line };
    return { node, line };
  }
};
function hasRef(value, seen = /* @__PURE__ */ new Set()) {
  return typeof value != "object" || value === null || seen.has(value) ? !1 : (seen.add(value), Array.isArray(value) ? value.some((item) => hasRef(item, seen)) : Object.hasOwn(value, "$ref") ? !0 : Object.values(value).some((item) => hasRef(item, seen)));
}
async function dereferenceInternal(value) {
  if (!hasRef(value)) return value;
  let { dereference } = await import("./lib-6R6KYAEG.js");
  return await dereference(value, {
    resolve: { external: !1, file: !1, http: !1 },
    dereference: { circular: !0 }
  });
}
var QUOTED_VALUE_START = /^( *)(- +)?[^\s'"#-][^'"#]*?:[ \t]+(['"])(.*)$/, BLOCK_SCALAR_START = /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;
function closesQuote(rest, quote) {
  for (let i = 0; i < rest.length; i++) {
    let char = rest[i];
    if (quote === '"' && char === "\\") i++;
    else if (char === quote)
      if (quote === "'" && rest[i + 1] === "'") i++;
      else return !0;
  }
  return !1;
}
function indentQuotedContinuations(text) {
  let lines = text.split(`
`), changed = !1, blockScalarKey = -1;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i], indent = line.length - line.trimStart().length;
    if (blockScalarKey >= 0) {
      if (!line.trim() || indent > blockScalarKey) continue;
      blockScalarKey = -1;
    }
    if (BLOCK_SCALAR_START.test(line)) {
      blockScalarKey = indent;
      continue;
    }
    let start = QUOTED_VALUE_START.exec(line);
    if (!start) continue;
    let quote = start[3];
    if (closesQuote(start[4], quote)) continue;
    let deeperThan = start[1].length + (start[2]?.length ?? 0), closed = !1;
    for (let j = i + 1; j < lines.length && !closed; j++) {
      let line2 = lines[j], indent2 = line2.length - line2.trimStart().length;
      line2.trim() && indent2 <= deeperThan && (lines[j] = " ".repeat(deeperThan + 1 - indent2) + line2, changed = !0), closed = closesQuote(line2, quote), i = j;
    }
    if (!closed) return null;
  }
  return changed ? lines.join(`
`) : null;
}
function parseWithLines(text) {
  let lines = new import_yaml.LineCounter();
  return { doc: (0, import_yaml.parseDocument)(text, { lineCounter: lines, uniqueKeys: !1, prettyErrors: !1 }), lines };
}
async function loadOpenApi(text, side) {
  let { doc, lines } = parseWithLines(text), firstError = doc.errors[0];
  if (firstError) {
    let mended = indentQuotedContinuations(text), retry = mended === null ? null : parseWithLines(mended);
    if (!retry || retry.doc.errors.length) throw new ContractParseError(side, firstError.message);
    ({ doc, lines } = retry);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
  if (!isObject(value))
    throw new ContractParseError(side, "not an OpenAPI description (no top-level mapping)");
  let version = typeof value.swagger == "string" ? 2 : typeof value.openapi == "string" ? 3 : null;
  if (version === null)
    throw new ContractParseError(side, "not an OpenAPI description (no string `openapi` or `swagger` key)");
  let dereferenced;
  try {
    dereferenced = await dereferenceInternal(value);
  } catch (error) {
    throw new ContractParseError(side, `cannot resolve $ref: ${errorMessage(error)}`);
  }
  let finder = new LineFinder(doc, lines);
  return { version, value: dereferenced, lineOf: (segments) => finder.walk(segments).line };
}

// src/assess/contracts/openapi-schema.ts
var MAX_DEPTH = 40;
function firstVisit(walk, head, base) {
  let bases = walk.seen.get(head);
  return bases || (bases = /* @__PURE__ */ new WeakSet(), walk.seen.set(head, bases)), bases.has(base) ? !1 : (bases.add(base), !0);
}
function flatten(schema, depth = 0) {
  let allOf = schema.allOf;
  if (!Array.isArray(allOf) || depth > 8) return schema;
  let properties = {}, required = /* @__PURE__ */ new Set(), merged = { ...schema };
  delete merged.allOf;
  for (let part of [schema, ...allOf.filter(isObject).map((member) => flatten(member, depth + 1))]) {
    if (isObject(part.properties) && Object.assign(properties, part.properties), Array.isArray(part.required)) for (let name of part.required) required.add(String(name));
    for (let key of ["type", "enum", "format", "items", "nullable"])
      merged[key] === void 0 && part[key] !== void 0 && (merged[key] = part[key]);
  }
  return Object.keys(properties).length > 0 && (merged.properties = properties), required.size > 0 && (merged.required = [...required]), merged;
}
function typesOf(schema) {
  let declared = schema.type, types;
  if (typeof declared == "string") types = [declared];
  else if (Array.isArray(declared)) types = declared.map(String);
  else if (isObject(schema.properties)) types = ["object"];
  else if (schema.items !== void 0) types = ["array"];
  else return null;
  let nullable = types.includes("null") || schema.nullable === !0;
  return { types: new Set(types.filter((type) => type !== "null")), nullable };
}
function sameSet(a, b) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
function describeTypes(types) {
  return [...types].sort().join(" | ") || "any";
}
function requiredOf(schema) {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}
function where(walk, pointer) {
  return pointer ? `${walk.site.label} ${pointer}` : walk.site.label;
}
function report(walk, severity, rawPath, detail, recommendation, change, subject) {
  let finding = { severity, line: walk.site.lineOf(rawPath), detail, recommendation };
  change && (finding.change = change), subject && (finding.subject = subject), walk.out.push(finding);
}
function compareTypes(walk, head, base, pointer, rawPath) {
  let headTypes = typesOf(head), baseTypes = typesOf(base);
  if (!headTypes || !baseTypes) return !0;
  let at = where(walk, pointer);
  if (!sameSet(headTypes.types, baseTypes.types))
    return report(
      walk,
      "blocker",
      rawPath,
      `${at}: type changes from ${describeTypes(headTypes.types)} in N to ${describeTypes(baseTypes.types)} in N-1.`,
      changeAdvice(`the type of ${at}`),
      "changed"
    ), !1;
  if (headTypes.nullable !== baseTypes.nullable) {
    let detail = walk.site.mode === "response" ? baseTypes.nullable ? `${at}: may be null in N-1 but never null in N.` : `${at}: N may return null, N-1 never does.` : baseTypes.nullable ? `${at}: N-1 accepts null where N did not.` : `${at}: N accepts null, N-1 rejects it.`, harmless = walk.site.mode === "response" ? !baseTypes.nullable : baseTypes.nullable, change = harmless ? "removed" : walk.site.mode === "request" ? "added" : "changed";
    report(walk, harmless ? "info" : "warning", rawPath, detail, dangerAdvice(at), change);
  }
  return typeof head.format == "string" && typeof base.format == "string" && head.format !== base.format && report(
    walk,
    "warning",
    [...rawPath, "format"],
    `${at}: format changes from ${head.format} in N to ${base.format} in N-1.`,
    dangerAdvice(at),
    "changed"
  ), !0;
}
function compareEnums(walk, head, base, pointer, rawPath) {
  if (!Array.isArray(head.enum) || !Array.isArray(base.enum)) return;
  let baseValues = new Set(base.enum.map((value) => JSON.stringify(value))), missing = head.enum.filter((value) => !baseValues.has(JSON.stringify(value)));
  if (missing.length === 0) return;
  let at = where(walk, pointer), values = missing.map((value) => JSON.stringify(value)).join(", "), headValues = new Set(head.enum.map((value) => JSON.stringify(value))), onlyInBase = base.enum.filter((value) => !headValues.has(JSON.stringify(value)));
  if (onlyInBase.length > 0) {
    let old = onlyInBase.map((value) => JSON.stringify(value)).join(", ");
    report(
      walk,
      "blocker",
      [...rawPath, "enum"],
      `${at}: enum value(s) ${values} in N replace ${old} of N-1; a rollback brings the old values back under clients that use the new ones.`,
      changeAdvice(`the values of ${at}`),
      "changed",
      `${pointer} enum`
    );
    return;
  }
  let detail = walk.site.mode === "request" ? `${at}: enum value(s) ${values} accepted by N are rejected by N-1.` : `${at}: enum value(s) ${values} returned by N are never returned by N-1.`;
  report(
    walk,
    "warning",
    [...rawPath, "enum"],
    detail,
    removalAdvice(`enum value(s) ${values} of ${at}`),
    "added",
    `${pointer} enum ${values}`
  );
}
function compareDefaults(walk, head, base, pointer, rawPath) {
  if (walk.site.mode !== "request" || JSON.stringify(head.default) === JSON.stringify(base.default)) return;
  let at = where(walk, pointer);
  report(
    walk,
    "warning",
    [...rawPath, "default"],
    `${at}: default changes from ${JSON.stringify(head.default) ?? "none"} in N to ${JSON.stringify(base.default) ?? "none"} in N-1.`,
    dangerAdvice(`the default of ${at}`)
  );
}
var LIMITS = [
  ["maxLength", "max"],
  ["maximum", "max"],
  ["maxItems", "max"],
  ["minLength", "min"],
  ["minimum", "min"],
  ["minItems", "min"]
];
function compareLimits(walk, head, base, pointer, rawPath) {
  if (walk.site.mode === "request")
    for (let [keyword, bound] of LIMITS) {
      let baseLimit = base[keyword];
      if (typeof baseLimit != "number") continue;
      let headLimit = head[keyword];
      if (!(typeof headLimit != "number" || (bound === "max" ? headLimit > baseLimit : headLimit < baseLimit))) continue;
      let at = where(walk, pointer), shown = typeof headLimit == "number" ? String(headLimit) : "none";
      report(
        walk,
        "warning",
        [...rawPath, keyword],
        `${at}: ${keyword} is ${shown} in N, ${baseLimit} in N-1: N-1 rejects values N accepts.`,
        removalAdvice(`the relaxed ${keyword} of ${at}`),
        "added",
        `${pointer} ${keyword}`
      );
    }
}
function compareProperties(walk, head, base, pointer, rawPath, depth) {
  let headProps = isObject(head.properties) ? head.properties : {}, baseProps = isObject(base.properties) ? base.properties : {}, headRequired = requiredOf(head), baseRequired = requiredOf(base);
  for (let [name, headProp] of Object.entries(headProps)) {
    let childPointer = `${pointer}.${name}`, childPath = [...rawPath, "properties", name], at = where(walk, childPointer);
    if (!(name in baseProps)) {
      let detail = walk.site.mode === "response" ? `${at}: returned by N, missing from N-1's response.` : `${at}: accepted by N, unknown to N-1 (dropped or rejected).`;
      report(walk, "warning", childPath, detail, removalAdvice(at), "added", childPointer);
      continue;
    }
    walk.site.mode === "response" && headRequired.has(name) && !baseRequired.has(name) && report(
      walk,
      "warning",
      childPath,
      `${at}: always present in N, optional in N-1.`,
      dangerAdvice(at),
      "changed"
    ), compareSchemaAt(walk, headProp, baseProps[name], childPointer, childPath, depth + 1);
  }
  if (walk.site.mode === "request") {
    for (let name of baseRequired) {
      if (name in headProps || !(name in baseProps)) continue;
      let at = where(walk, `${pointer}.${name}`);
      report(
        walk,
        "blocker",
        [...rawPath, "properties"],
        `${at}: not in N, required by N-1: clients of N do not send it.`,
        requirementAdvice(at),
        "removed",
        `${pointer}.${name} required`
      );
    }
    for (let name of baseRequired) {
      if (headRequired.has(name) || !(name in baseProps) || !(name in headProps)) continue;
      let at = where(walk, `${pointer}.${name}`);
      report(
        walk,
        "warning",
        [...rawPath, "properties", name],
        `${at}: optional in N, required by N-1.`,
        dangerAdvice(at),
        "added",
        `${pointer}.${name} optional`
      );
    }
  }
}
function compareVariants(walk, head, base, pointer, rawPath, depth) {
  for (let keyword of ["oneOf", "anyOf"]) {
    let headVariants = Array.isArray(head[keyword]) ? head[keyword] : [], baseVariants = Array.isArray(base[keyword]) ? base[keyword] : [];
    headVariants.forEach((variant, index) => {
      let variantPointer = `${pointer}<${keyword}[${index}]>`, variantPath = [...rawPath, keyword, String(index)];
      if (index < baseVariants.length)
        compareSchemaAt(walk, variant, baseVariants[index], variantPointer, variantPath, depth + 1);
      else if (baseVariants.length > 0) {
        let at = where(walk, variantPointer);
        report(
          walk,
          "warning",
          variantPath,
          `${at}: variant present in N, missing from N-1.`,
          removalAdvice(at),
          "added"
        );
      }
    });
  }
}
function compareSchemaAt(walk, headRaw, baseRaw, pointer, rawPath, depth) {
  if (!isObject(headRaw) || !isObject(baseRaw) || depth > MAX_DEPTH || !firstVisit(walk, headRaw, baseRaw)) return;
  if (typeof headRaw.$ref == "string" || typeof baseRaw.$ref == "string") {
    if (headRaw.$ref !== baseRaw.$ref) {
      let at = where(walk, pointer);
      report(
        walk,
        "warning",
        rawPath,
        `${at}: external reference changes (${String(headRaw.$ref)} in N, ${String(baseRaw.$ref)} in N-1); not followed.`,
        dangerAdvice(at)
      );
    }
    return;
  }
  let head = flatten(headRaw), base = flatten(baseRaw);
  compareTypes(walk, head, base, pointer, rawPath) && (compareEnums(walk, head, base, pointer, rawPath), compareDefaults(walk, head, base, pointer, rawPath), compareLimits(walk, head, base, pointer, rawPath), compareProperties(walk, head, base, pointer, rawPath, depth), compareSchemaAt(walk, head.items, base.items, `${pointer}[]`, [...rawPath, "items"], depth + 1), compareSchemaAt(
    walk,
    head.additionalProperties,
    base.additionalProperties,
    `${pointer}{*}`,
    [...rawPath, "additionalProperties"],
    depth + 1
  ), compareVariants(walk, head, base, pointer, rawPath, depth));
}
function compareSchemas(head, base, site) {
  let walk = { site, out: [], seen: /* @__PURE__ */ new WeakMap() };
  return compareSchemaAt(walk, head, base, "", site.rawPath, 0), walk.out;
}

// src/assess/contracts/openapi.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function routeKey(path) {
  return path.replace(/\{[^}]*\}/g, "{}");
}
function mediaKey(media) {
  return media.split(";")[0].trim().toLowerCase();
}
function objectAt(value, key) {
  return isObject(value) && isObject(value[key]) ? value[key] : {};
}
function routes(value) {
  let byRoute = /* @__PURE__ */ new Map();
  for (let [path, item] of Object.entries(objectAt(value, "paths")))
    isObject(item) && byRoute.set(routeKey(path), { path, value: item, rawPath: ["paths", path] });
  return byRoute;
}
function operationsOf(item) {
  return METHODS.filter((method) => isObject(item[method])).map((method) => [
    method,
    item[method]
  ]);
}
function parametersOf(item, method) {
  let templateNames = [...item.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]), params = /* @__PURE__ */ new Map(), sources = [
    [item.value.parameters, [...item.rawPath, "parameters"]],
    [objectAt(item.value, method).parameters, [...item.rawPath, method, "parameters"]]
  ];
  for (let [list, rawPath] of sources)
    Array.isArray(list) && list.forEach((param, index) => {
      if (!isObject(param) || typeof param.name != "string" || typeof param.in != "string" || param.in === "body") return;
      let position = param.in === "path" ? templateNames.indexOf(param.name) : -1, name = param.in === "header" ? param.name.toLowerCase() : position >= 0 ? `{${position}}` : param.name;
      params.set(`${param.in}:${name}`, { value: param, rawPath: [...rawPath, String(index)] });
    });
  return params;
}
function bodyOf(side, item, method) {
  let op = objectAt(item.value, method), opPath = [...item.rawPath, method];
  if (side.doc.version === 3) {
    if (!isObject(op.requestBody)) return null;
    let content2 = /* @__PURE__ */ new Map();
    for (let [media, entry] of Object.entries(objectAt(op.requestBody, "content")))
      content2.set(mediaKey(media), {
        value: isObject(entry) ? entry.schema : void 0,
        rawPath: [...opPath, "requestBody", "content", media, "schema"]
      });
    return { required: op.requestBody.required === !0, content: content2, rawPath: [...opPath, "requestBody"] };
  }
  let body = [
    ...Array.isArray(item.value.parameters) ? item.value.parameters.map((p, i) => [p, [...item.rawPath, "parameters", String(i)]]) : [],
    ...Array.isArray(op.parameters) ? op.parameters.map((p, i) => [p, [...opPath, "parameters", String(i)]]) : []
  ].filter(([param]) => isObject(param) && param.in === "body").pop();
  if (!body || !isObject(body[0])) return null;
  let consumes = Array.isArray(op.consumes) ? op.consumes : Array.isArray(side.value.consumes) ? side.value.consumes : ["application/json"], content = /* @__PURE__ */ new Map();
  for (let media of consumes)
    content.set(mediaKey(String(media)), { value: body[0].schema, rawPath: [...body[1], "schema"] });
  return { required: body[0].required === !0, content, rawPath: [...body[1]] };
}
function responseContent(side, response, rawPath) {
  let content = /* @__PURE__ */ new Map();
  if (!isObject(response)) return content;
  if (side.doc.version === 2)
    return response.schema !== void 0 && content.set("*", { value: response.schema, rawPath: [...rawPath, "schema"] }), content;
  for (let [media, entry] of Object.entries(objectAt(response, "content")))
    content.set(mediaKey(media), {
      value: isObject(entry) ? entry.schema : void 0,
      rawPath: [...rawPath, "content", media, "schema"]
    });
  return content;
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, entry) => isObject(entry) ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b))) : entry
  );
}
function securitySchemes(side) {
  return side.doc.version === 3 ? objectAt(objectAt(side.value, "components"), "securitySchemes") : objectAt(side.value, "securityDefinitions");
}
var OpenApiComparison = class {
  constructor(head, base) {
    this.head = head;
    this.base = base;
  }
  head;
  base;
  findings = [];
  add(severity, rawPath, detail, recommendation, change, subject) {
    let finding = {
      severity,
      line: rawPath ? this.head.doc.lineOf(rawPath) : null,
      detail,
      recommendation
    };
    change && (finding.change = change), subject && (finding.subject = subject), this.findings.push(finding);
  }
  run() {
    let headRoutes = routes(this.head.value), baseRoutes = routes(this.base.value);
    for (let [key, headItem] of headRoutes) {
      let baseItem = baseRoutes.get(key);
      for (let [method] of operationsOf(headItem.value)) {
        let label = `${method.toUpperCase()} ${headItem.path}`;
        if (!baseItem || !isObject(baseItem.value[method])) {
          this.add(
            "warning",
            [...headItem.rawPath, method],
            `${label}: offered by N, missing from N-1.`,
            removalAdvice(label),
            "added",
            label
          );
          continue;
        }
        this.compareOperation(label, headItem, baseItem, method);
      }
    }
    for (let [key, baseItem] of baseRoutes)
      for (let [method] of operationsOf(baseItem.value))
        isObject(headRoutes.get(key)?.value[method]) || this.add(
          "info",
          null,
          `${method.toUpperCase()} ${baseItem.path}: removed by N, restored by a rollback.`,
          INFO_ADVICE,
          "removed"
        );
    return this.compareSecuritySchemes(), this.compareServers(), this.findings;
  }
  compareOperation(label, headItem, baseItem, method) {
    this.compareParameters(label, headItem, baseItem, method), this.compareBodies(label, headItem, baseItem, method), this.compareResponses(label, headItem, baseItem, method), this.compareSecurity(label, headItem, baseItem, method);
  }
  compareParameters(label, headItem, baseItem, method) {
    let headParams = parametersOf(headItem, method), baseParams = parametersOf(baseItem, method);
    for (let [key, headParam] of headParams) {
      let at = `${label} parameter ${String(headParam.value.in)}:${String(headParam.value.name)}`, baseParam = baseParams.get(key);
      if (!baseParam) {
        let moved = [...baseParams.values()].find((param) => param.value.name === headParam.value.name);
        moved ? this.add(
          "blocker",
          [...headParam.rawPath, "in"],
          `${at}: moves to ${String(moved.value.in)} in N-1.`,
          changeAdvice(`where ${at} is sent`),
          "changed"
        ) : this.add(
          "warning",
          headParam.rawPath,
          `${at}: accepted by N, unknown to N-1.`,
          removalAdvice(at),
          "added",
          at
        );
        continue;
      }
      baseParam.value.required === !0 && headParam.value.required !== !0 && this.add(
        "warning",
        headParam.rawPath,
        `${at}: optional in N, required by N-1.`,
        removalAdvice(`that ${at} is optional`),
        "added"
      );
      let useSchema = this.head.doc.version === 3 && isObject(headParam.value.schema);
      this.findings.push(
        ...compareSchemas(
          useSchema ? headParam.value.schema : headParam.value,
          this.base.doc.version === 3 ? baseParam.value.schema : baseParam.value,
          {
            label: at,
            mode: "request",
            rawPath: useSchema ? [...headParam.rawPath, "schema"] : headParam.rawPath,
            lineOf: this.head.doc.lineOf
          }
        )
      );
    }
    for (let [key, baseParam] of baseParams) {
      if (headParams.has(key) || baseParam.value.required !== !0 || [...headParams.values()].some((param) => param.value.name === baseParam.value.name)) continue;
      let at = `${label} parameter ${String(baseParam.value.in)}:${String(baseParam.value.name)}`;
      this.add(
        "blocker",
        [...headItem.rawPath, method],
        `${at}: not in N, required by N-1.`,
        requirementAdvice(at),
        "removed"
      );
    }
  }
  compareBodies(label, headItem, baseItem, method) {
    let headBody = bodyOf(this.head, headItem, method), baseBody = bodyOf(this.base, baseItem, method), at = `${label} request`;
    if (!headBody) {
      baseBody?.required && this.add(
        "blocker",
        [...headItem.rawPath, method],
        `${at}: N takes no body, N-1 requires one.`,
        requirementAdvice(`a request body on ${label}`),
        "removed"
      );
      return;
    }
    if (!baseBody) {
      this.add(
        "warning",
        headBody.rawPath,
        `${at}: N accepts a request body, N-1 does not.`,
        removalAdvice(`a request body on ${label}`),
        "added"
      );
      return;
    }
    baseBody.required && !headBody.required && this.add(
      "warning",
      headBody.rawPath,
      `${at}: body optional in N, required by N-1.`,
      removalAdvice(`an optional body on ${label}`),
      "added"
    );
    for (let [media, headSchema] of headBody.content) {
      let baseSchema = baseBody.content.get(media);
      if (!baseSchema) {
        this.add(
          "warning",
          headSchema.rawPath.slice(0, -1),
          `${at} ${media}: accepted by N, not by N-1.`,
          removalAdvice(`${media} bodies on ${label}`),
          "added"
        );
        continue;
      }
      let site = headBody.content.size > 1 ? `${at} ${media}` : at;
      this.findings.push(
        ...compareSchemas(headSchema.value, baseSchema.value, {
          label: site,
          mode: "request",
          rawPath: headSchema.rawPath,
          lineOf: this.head.doc.lineOf
        })
      );
    }
  }
  compareResponses(label, headItem, baseItem, method) {
    let headResponses = objectAt(objectAt(headItem.value, method), "responses"), baseResponses = objectAt(objectAt(baseItem.value, method), "responses");
    for (let [status, headResponse] of Object.entries(headResponses)) {
      let rawPath = [...headItem.rawPath, method, "responses", status], at = `${label} response ${status}`;
      if (!(status in baseResponses)) {
        this.add("warning", rawPath, `${at}: returned by N, never by N-1.`, removalAdvice(at), "added");
        continue;
      }
      this.compareResponseHeaders(at, headResponse, baseResponses[status], rawPath);
      let headContent = responseContent(this.head, headResponse, rawPath), baseContent = responseContent(this.base, baseResponses[status], [
        ...baseItem.rawPath,
        method,
        "responses",
        status
      ]);
      for (let [media, headSchema] of headContent) {
        let baseSchema = baseContent.get(media);
        if (!baseSchema) {
          this.add(
            "warning",
            headSchema.rawPath.slice(0, -1),
            `${at} ${media}: returned by N, not by N-1.`,
            removalAdvice(`${media} responses on ${label}`),
            "added"
          );
          continue;
        }
        let site = headContent.size > 1 ? `${at} ${media}` : at;
        this.findings.push(
          ...compareSchemas(headSchema.value, baseSchema.value, {
            label: site,
            mode: "response",
            rawPath: headSchema.rawPath,
            lineOf: this.head.doc.lineOf
          })
        );
      }
    }
  }
  compareSecurity(label, headItem, baseItem, method) {
    let headOp = objectAt(headItem.value, method), baseOp = objectAt(baseItem.value, method), headSecurity = headOp.security ?? this.head.value.security ?? [], baseSecurity = baseOp.security ?? this.base.value.security ?? [];
    if (canonical(headSecurity) === canonical(baseSecurity)) return;
    let rawPath = headOp.security !== void 0 ? [...headItem.rawPath, method, "security"] : ["security"];
    this.add(
      "warning",
      rawPath,
      `${label}: security requirements change from ${canonical(headSecurity)} in N to ${canonical(baseSecurity)} in N-1.`,
      dangerAdvice(`the credentials clients send to ${label}`)
    );
  }
  /** Where every operation lives: Swagger's `basePath`, OpenAPI 3's `servers`. */
  compareServers() {
    if (this.head.doc.version === 2 && this.base.doc.version === 2) {
      let headBase = typeof this.head.value.basePath == "string" ? this.head.value.basePath : "/", baseBase = typeof this.base.value.basePath == "string" ? this.base.value.basePath : "/";
      headBase !== baseBase && this.add(
        "blocker",
        ["basePath"],
        `basePath changes from ${headBase} in N to ${baseBase} in N-1: every operation moves.`,
        changeAdvice(`basePath ${headBase}`),
        "changed"
      );
      return;
    }
    let headServers = this.head.value.servers ?? [], baseServers = this.base.value.servers ?? [];
    canonical(headServers) !== canonical(baseServers) && this.add(
      "warning",
      ["servers"],
      `servers change from ${canonical(headServers)} in N to ${canonical(baseServers)} in N-1.`,
      dangerAdvice("the server URLs clients call")
    );
  }
  compareResponseHeaders(at, headResponse, baseResponse, rawPath) {
    let baseHeaders = new Set(
      Object.keys(objectAt(baseResponse, "headers")).map((name) => name.toLowerCase())
    );
    for (let name of Object.keys(objectAt(headResponse, "headers")))
      baseHeaders.has(name.toLowerCase()) || this.add(
        "warning",
        [...rawPath, "headers", name],
        `${at} header ${name}: returned by N, not by N-1.`,
        removalAdvice(`the ${name} header of ${at}`),
        "added"
      );
  }
  compareSecuritySchemes() {
    let headSchemes = securitySchemes(this.head), baseSchemes = securitySchemes(this.base), schemesPath = this.head.doc.version === 3 ? ["components", "securitySchemes"] : ["securityDefinitions"];
    for (let [name, scheme] of Object.entries(headSchemes)) {
      if (canonical(scheme) === canonical(baseSchemes[name])) continue;
      let added = !(name in baseSchemes);
      this.add(
        "warning",
        [...schemesPath, name],
        `Security scheme ${name} ${added ? "is missing from N-1" : "is defined differently in N-1"}.`,
        added ? removalAdvice(`security scheme ${name}`) : dangerAdvice(`security scheme ${name}`),
        added ? "added" : "changed"
      );
    }
  }
};
async function diffOpenApi(head, base) {
  let reduced = keepChangedOpenApi(head, base), headDoc = await loadOpenApi(reduced?.head ?? head, "head"), baseDoc = await loadOpenApi(reduced?.base ?? base, "base");
  return new OpenApiComparison(
    { doc: headDoc, value: headDoc.value },
    { doc: baseDoc, value: baseDoc.value }
  ).run();
}
async function inventoryOpenApi(text) {
  let doc = await loadOpenApi(text, "head"), operations = 0;
  for (let item of routes(doc.value).values()) operations += operationsOf(item.value).length;
  return { summary: `${operations} operation${operations === 1 ? "" : "s"}`, empty: operations === 0 };
}
export {
  diffOpenApi,
  inventoryOpenApi
};
