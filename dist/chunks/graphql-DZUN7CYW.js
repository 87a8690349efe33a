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
import "./chunk-CNPVSFHC.js";

// src/assess/contracts/graphql-chunks.ts
var DEFINITION_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "interface",
  "input",
  "enum",
  "union",
  "scalar",
  "directive",
  "extend",
  "schema"
]), ALWAYS_KEPT = /^(?:extend\s+schema|schema)\b/, isNameStart = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95, isNameChar = (code) => isNameStart(code) || code >= 48 && code <= 57;
function splitDefinitions(text) {
  let starts = [], depth = 0, pendingDescription = -1, afterExtend = !1, i = 0, length = text.length;
  for (; i < length; ) {
    let code = text.charCodeAt(i);
    if (code === 35) {
      let newline = text.indexOf(`
`, i);
      i = newline < 0 ? length : newline + 1;
      continue;
    }
    if (code === 34) {
      let tokenStart = i;
      if (text.startsWith('"""', i)) {
        let close = i + 3;
        for (; close = text.indexOf('"""', close), !(close < 0 || text.charCodeAt(close - 1) !== 92); )
          close += 3;
        i = close < 0 ? length : close + 3;
      } else
        for (i++; i < length; ) {
          let c = text.charCodeAt(i);
          if (c === 92) i += 2;
          else if (c === 34 || c === 10) {
            i++;
            break;
          } else i++;
        }
      depth === 0 && (pendingDescription = tokenStart);
      continue;
    }
    if (code === 123 || code === 40 || code === 91) {
      depth++, pendingDescription = -1, i++;
      continue;
    }
    if (code === 125 || code === 41 || code === 93) {
      depth = Math.max(0, depth - 1), pendingDescription = -1, i++;
      continue;
    }
    if (isNameStart(code)) {
      let end = i + 1;
      for (; end < length && isNameChar(text.charCodeAt(end)); ) end++;
      let previous = i > 0 ? text.charCodeAt(i - 1) : 10, word = text.slice(i, end);
      depth === 0 && previous !== 64 && !afterExtend && DEFINITION_KEYWORDS.has(word) && starts.push(pendingDescription >= 0 ? pendingDescription : i), afterExtend = depth === 0 && word === "extend", pendingDescription = -1, i = end;
      continue;
    }
    code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 44 && (pendingDescription = -1), i++;
  }
  if (starts.length === 0) return [{ start: 0, end: length }];
  let chunks = [];
  return starts[0] > 0 && chunks.push({ start: 0, end: starts[0] }), starts.forEach((start, index) => chunks.push({ start, end: starts[index + 1] ?? length })), chunks;
}
function keepOnly(text, chunks, keep) {
  let parts = [];
  for (let chunk of chunks) {
    let body = text.slice(chunk.start, chunk.end);
    keep(body) ? parts.push(body) : parts.push(`
`.repeat(countNewlines(body)));
  }
  return parts.join("");
}
function countNewlines(text) {
  let count = 0;
  for (let index = text.indexOf(`
`); index >= 0; index = text.indexOf(`
`, index + 1)) count++;
  return count;
}
function keyOf(body) {
  return body.trim();
}
var EXTENSION = /^extend\s+(?:type|interface|input|enum|union|scalar)\s+([_A-Za-z]\w*)/, DEFINITION = /^(?:type|interface|input|enum|union|scalar)\s+([_A-Za-z]\w*)/;
function withoutDescription(key) {
  return key.startsWith('"') ? key.replace(/^(?:"""[\s\S]*?"""|"[^"\n]*")\s*/, "") : key;
}
function changedDefinitions(head, base) {
  let headChunks = splitDefinitions(head), baseChunks = splitDefinitions(base), count = (text, chunks) => {
    let counts = /* @__PURE__ */ new Map();
    for (let chunk of chunks) {
      let key = keyOf(text.slice(chunk.start, chunk.end));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, headCounts = count(head, headChunks), baseCounts = count(base, baseChunks), differs = (other) => (body) => {
    let key = keyOf(body);
    return ALWAYS_KEPT.test(withoutDescription(key)) || !other.has(key);
  }, extended = /* @__PURE__ */ new Set();
  for (let [text, chunks, other] of [
    [head, headChunks, baseCounts],
    [base, baseChunks, headCounts]
  ])
    for (let chunk of chunks) {
      let body = text.slice(chunk.start, chunk.end), name = EXTENSION.exec(withoutDescription(keyOf(body)))?.[1];
      name && differs(other)(body) && extended.add(name);
    }
  let keep = (other) => {
    let changed = differs(other);
    return (body) => {
      if (changed(body)) return !0;
      let name = extended.size ? DEFINITION.exec(withoutDescription(keyOf(body)))?.[1] : void 0;
      return name !== void 0 && extended.has(name);
    };
  };
  return {
    head: keepOnly(head, headChunks, keep(baseCounts)),
    base: keepOnly(base, baseChunks, keep(headCounts))
  };
}

// src/assess/contracts/graphql.ts
var BUILT_IN_SCALARS = /* @__PURE__ */ new Set(["String", "Int", "Float", "Boolean", "ID"]), EXECUTABLE_LOCATIONS = /* @__PURE__ */ new Set([
  "QUERY",
  "MUTATION",
  "SUBSCRIPTION",
  "FIELD",
  "FRAGMENT_DEFINITION",
  "FRAGMENT_SPREAD",
  "INLINE_FRAGMENT",
  "VARIABLE_DEFINITION"
]), EXTENSION_TO_DEFINITION = {
  ObjectTypeExtension: "ObjectTypeDefinition",
  InterfaceTypeExtension: "InterfaceTypeDefinition",
  InputObjectTypeExtension: "InputObjectTypeDefinition",
  EnumTypeExtension: "EnumTypeDefinition",
  UnionTypeExtension: "UnionTypeDefinition",
  ScalarTypeExtension: "ScalarTypeDefinition"
};
function definedName(definition) {
  return "name" in definition && definition.name && !definition.kind.endsWith("Extension") ? definition.name.value : null;
}
function completeSubgraph(graphql, document, alsoDeclare = /* @__PURE__ */ new Set()) {
  let defined = new Set(
    document.definitions.map(definedName).filter((name) => name !== null)
  ), definitions = [];
  for (let definition of document.definitions) {
    let definitionKind = EXTENSION_TO_DEFINITION[definition.kind];
    definitionKind && "name" in definition && definition.name && !defined.has(definition.name.value) ? (defined.add(definition.name.value), definitions.push({ ...definition, kind: definitionKind })) : definitions.push(definition);
  }
  for (let name of /* @__PURE__ */ new Set([...referencedNames(graphql, document), ...alsoDeclare]))
    defined.has(name) || BUILT_IN_SCALARS.has(name) || definitions.push({
      kind: graphql.Kind.SCALAR_TYPE_DEFINITION,
      name: { kind: graphql.Kind.NAME, value: name }
    });
  return { ...document, definitions };
}
function referencedNames(graphql, document) {
  let referenced = /* @__PURE__ */ new Set();
  return graphql.visit(document, {
    NamedType(node) {
      referenced.add(node.name.value);
    }
  }), referenced;
}
function parseDocument(graphql, text, side, reduced = !1) {
  try {
    return reduced && text.trim() === "" ? { kind: graphql.Kind.DOCUMENT, definitions: [] } : graphql.parse(text);
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
}
function buildSdl(graphql, document, side, alsoDeclare) {
  try {
    let schema = graphql.buildASTSchema(completeSubgraph(graphql, document, alsoDeclare), {
      assumeValidSDL: !0,
      assumeValid: !0
    });
    return { document, schema };
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
}
function parseSdl(graphql, text, side) {
  return buildSdl(graphql, parseDocument(graphql, text, side), side);
}
function parseReduced(graphql, head, base) {
  let headDoc = parseDocument(graphql, head, "head", !0), baseDoc = parseDocument(graphql, base, "base", !0), defined = new Set(
    [...headDoc.definitions, ...baseDoc.definitions].map((definition) => "name" in definition && definition.name ? definition.name.value : null).filter((name) => name !== null)
  ), standIns = new Set(
    [...referencedNames(graphql, headDoc), ...referencedNames(graphql, baseDoc)].filter(
      (name) => !defined.has(name) && !BUILT_IN_SCALARS.has(name)
    )
  );
  return {
    headSdl: buildSdl(graphql, headDoc, "head", standIns),
    baseSdl: buildSdl(graphql, baseDoc, "base", standIns)
  };
}
function lineIndex(graphql, document) {
  let lines = /* @__PURE__ */ new Map(), remember = (key, loc) => {
    loc && !lines.has(key) && lines.set(key, loc.startToken.line);
  };
  for (let definition of document.definitions) {
    if (definition.kind === graphql.Kind.DIRECTIVE_DEFINITION) {
      remember(`@${definition.name.value}`, definition.name.loc);
      for (let arg of definition.arguments ?? [])
        remember(`@${definition.name.value}.${arg.name.value}`, arg.name.loc);
      continue;
    }
    if (!("name" in definition) || !definition.name) continue;
    let typeName = definition.name.value;
    if (remember(typeName, definition.name.loc), "fields" in definition)
      for (let field of definition.fields ?? []) {
        remember(`${typeName}.${field.name.value}`, field.name.loc);
        for (let arg of "arguments" in field ? field.arguments ?? [] : [])
          remember(`${typeName}.${field.name.value}.${arg.name.value}`, arg.name.loc);
      }
    if ("values" in definition)
      for (let value of definition.values ?? [])
        remember(`${typeName}.${value.name.value}`, value.name.loc);
  }
  return lines;
}
function lineOfPath(lines, path) {
  if (!path) return null;
  let segments = path.split(".");
  for (; segments.length > 0; ) {
    let found = lines.get(segments.join("."));
    if (found !== void 0) return found;
    segments.pop();
  }
  return null;
}
function executableDirectives(graphql, document) {
  let names = /* @__PURE__ */ new Set();
  for (let definition of document.definitions)
    definition.kind === graphql.Kind.DIRECTIVE_DEFINITION && definition.locations.some((location) => EXECUTABLE_LOCATIONS.has(location.value)) && names.add(definition.name.value);
  return names;
}
function severityOf(level) {
  return level === "BREAKING" ? "blocker" : level === "DANGEROUS" ? "warning" : "info";
}
var ADDED_BY_N = /* @__PURE__ */ new Set([
  "TYPE_REMOVED",
  "FIELD_REMOVED",
  "INPUT_FIELD_REMOVED",
  "FIELD_ARGUMENT_REMOVED",
  "ENUM_VALUE_REMOVED",
  "UNION_MEMBER_REMOVED",
  "OBJECT_TYPE_INTERFACE_REMOVED",
  "DIRECTIVE_REMOVED"
]), REMOVED_BY_N = /* @__PURE__ */ new Set([
  "TYPE_ADDED",
  "FIELD_ADDED",
  "INPUT_FIELD_ADDED",
  "FIELD_ARGUMENT_ADDED",
  "ENUM_VALUE_ADDED",
  "UNION_MEMBER_ADDED",
  "OBJECT_TYPE_INTERFACE_ADDED",
  "DIRECTIVE_ADDED"
]), TYPE_CHANGES = /* @__PURE__ */ new Set([
  "FIELD_TYPE_CHANGED",
  "INPUT_FIELD_TYPE_CHANGED",
  "FIELD_ARGUMENT_TYPE_CHANGED"
]), ALWAYS_CHANGED = /* @__PURE__ */ new Set([
  "TYPE_KIND_CHANGED",
  "SCHEMA_QUERY_TYPE_CHANGED",
  "SCHEMA_MUTATION_TYPE_CHANGED",
  "SCHEMA_SUBSCRIPTION_TYPE_CHANGED"
]), RENAME_FAMILY = {
  FIELD_REMOVED: "field",
  FIELD_ADDED: "field",
  INPUT_FIELD_REMOVED: "input",
  INPUT_FIELD_ADDED: "input",
  FIELD_ARGUMENT_REMOVED: "argument",
  FIELD_ARGUMENT_ADDED: "argument",
  ENUM_VALUE_REMOVED: "enum",
  ENUM_VALUE_ADDED: "enum"
};
function namedTypeOf(typeString) {
  return typeString.replace(/[[\]!]/g, "");
}
function parentOf(path) {
  return path ? path.slice(0, path.lastIndexOf(".")) : "";
}
function typeAt(graphql, schema, path) {
  let [typeName, fieldName, argName] = (path ?? "").split("."), type = typeName ? schema.getType(typeName) : void 0;
  if (!type || !fieldName) return null;
  if (graphql.isEnumType(type)) return "enum value";
  if (!("getFields" in type)) return null;
  let field = type.getFields()[fieldName];
  if (!field) return null;
  if (argName === void 0) return String(field.type);
  let arg = "args" in field ? field.args.find((candidate) => candidate.name === argName) : void 0;
  return arg ? String(arg.type) : null;
}
function renames(graphql, changes, head, base) {
  let removedByN = /* @__PURE__ */ new Map();
  for (let change of changes) {
    let family = RENAME_FAMILY[change.type];
    if (!family || !REMOVED_BY_N.has(change.type)) continue;
    let key = `${family}:${parentOf(change.path)}:${typeAt(graphql, base, change.path)}`, list = removedByN.get(key);
    list ? list.push(change) : removedByN.set(key, [change]);
  }
  let paired = /* @__PURE__ */ new Map();
  if (!removedByN.size) return paired;
  for (let change of changes) {
    let family = RENAME_FAMILY[change.type];
    if (!family || !ADDED_BY_N.has(change.type)) continue;
    let key = `${family}:${parentOf(change.path)}:${typeAt(graphql, head, change.path)}`, partner = removedByN.get(key)?.shift();
    partner && (paired.set(change, partner), paired.set(partner, change));
  }
  return paired;
}
function judge(change, renamed, subject) {
  let level = change.criticality.level;
  if (renamed)
    return ADDED_BY_N.has(change.type) ? { severity: "blocker", change: "changed", recommendation: changeAdvice(subject) } : { severity: "info", change: "removed", recommendation: INFO_ADVICE };
  if (ADDED_BY_N.has(change.type))
    return { severity: "warning", change: "added", recommendation: removalAdvice(subject) };
  if (REMOVED_BY_N.has(change.type))
    return (change.type === "FIELD_ARGUMENT_ADDED" || change.type === "INPUT_FIELD_ADDED") && level === "BREAKING" ? { severity: "blocker", change: "removed", recommendation: requirementAdvice(subject) } : { severity: "info", change: "removed", recommendation: INFO_ADVICE };
  if (TYPE_CHANGES.has(change.type)) {
    if (level !== "BREAKING") return { severity: "info", recommendation: INFO_ADVICE };
    let meta = change.meta, types = Object.entries(meta).filter(([key, value]) => /^(old|new)\w*Type$/.test(key) && typeof value == "string").map(([, value]) => namedTypeOf(value));
    return types.length === 2 && types[0] === types[1] ? {
      severity: "warning",
      change: "added",
      recommendation: removalAdvice(`the nullability N gave ${subject}`)
    } : { severity: "blocker", change: "changed", recommendation: changeAdvice(subject) };
  }
  if (ALWAYS_CHANGED.has(change.type))
    return { severity: "blocker", change: "changed", recommendation: changeAdvice(subject) };
  let severity = severityOf(level);
  return severity === "info" ? { severity, recommendation: INFO_ADVICE } : { severity: "warning", change: "changed", recommendation: dangerAdvice(subject) };
}
function declaresNoSchema(graphql, document) {
  return document.definitions.every((definition) => graphql.isExecutableDefinitionNode(definition));
}
var REDUCE_ABOVE_CHARS = 2e5;
function parseBoth(graphql, head, base, reduceAbove) {
  if (head.length + base.length > reduceAbove) {
    let reduced = changedDefinitions(head, base);
    try {
      return parseReduced(graphql, reduced.head, reduced.base);
    } catch {
    }
  }
  return { headSdl: parseSdl(graphql, head, "head"), baseSdl: parseSdl(graphql, base, "base") };
}
async function diffGraphql(head, base, options = {}) {
  let graphql = await import("./graphql-5S5DIQE7.js"), { headSdl, baseSdl } = parseBoth(graphql, head, base, options.reduceAbove ?? REDUCE_ABOVE_CHARS);
  if (headSdl.document.definitions.length === 0 && baseSdl.document.definitions.length === 0) return [];
  if (declaresNoSchema(graphql, headSdl.document) && declaresNoSchema(graphql, baseSdl.document))
    return [
      {
        severity: "info",
        line: null,
        detail: "Client operations (queries, fragments), not a schema: nothing here that a rollback removes.",
        recommendation: INFO_ADVICE
      }
    ];
  let { diff } = await import("./esm-SPR4TO2M.js"), changes = await diff(headSdl.schema, baseSdl.schema), lines = lineIndex(graphql, headSdl.document), clientDirectives = executableDirectives(graphql, headSdl.document), renamed = renames(graphql, changes, headSdl.schema, baseSdl.schema);
  return changes.map((change) => {
    let subject = change.path ?? "the schema", directive = /^@?([A-Za-z_]\w*)$/.exec(change.path ?? "")?.[1], annotation = change.type.startsWith("DIRECTIVE") && !(directive && clientDirectives.has(directive)), partner = renamed.get(change), judged = annotation ? { severity: "info", recommendation: INFO_ADVICE } : judge(change, partner !== void 0, subject), detail = partner && judged.severity === "blocker" ? `On rollback to N-1: ${subject} of N becomes ${partner.path ?? "another element"} again (N renamed or replaced it, so its clients use the new one).` : `On rollback to N-1: ${change.message}${change.path ? ` (${change.path})` : ""}.`, finding = {
      severity: judged.severity,
      line: lineOfPath(lines, change.path?.replace(/\.@.*$/, "")),
      detail,
      recommendation: judged.recommendation
    };
    return judged.change && (finding.change = judged.change), change.path && (finding.subject = change.path), finding;
  });
}
async function inventoryGraphql(text) {
  let graphql = await import("./graphql-5S5DIQE7.js"), { schema, document } = parseSdl(graphql, text, "head");
  if (declaresNoSchema(graphql, document)) return { summary: "client operations only", empty: !0 };
  let types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith("__") && !BUILT_IN_SCALARS.has(type.name)
  ), rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].reduce(
    (count, root) => count + (root ? Object.keys(root.getFields()).length : 0),
    0
  );
  return {
    summary: `${types.length} type${types.length === 1 ? "" : "s"} and ${rootFields} root field${rootFields === 1 ? "" : "s"}`,
    empty: types.length === 0
  };
}
export {
  diffGraphql,
  inventoryGraphql
};
