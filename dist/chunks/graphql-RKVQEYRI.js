import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ContractParseError,
  INFO_ADVICE,
  changeAdvice,
  dangerAdvice,
  errorMessage,
  removalAdvice
} from "./chunk-JSDSSLXB.js";
import "./chunk-CNPVSFHC.js";

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
function completeSubgraph(graphql, document) {
  let defined = new Set(
    document.definitions.map(definedName).filter((name) => name !== null)
  ), definitions = [];
  for (let definition of document.definitions) {
    let definitionKind = EXTENSION_TO_DEFINITION[definition.kind];
    definitionKind && "name" in definition && definition.name && !defined.has(definition.name.value) ? (defined.add(definition.name.value), definitions.push({ ...definition, kind: definitionKind })) : definitions.push(definition);
  }
  let referenced = /* @__PURE__ */ new Set();
  graphql.visit(document, {
    NamedType(node) {
      referenced.add(node.name.value);
    }
  });
  for (let name of referenced)
    defined.has(name) || BUILT_IN_SCALARS.has(name) || definitions.push({
      kind: graphql.Kind.SCALAR_TYPE_DEFINITION,
      name: { kind: graphql.Kind.NAME, value: name }
    });
  return { ...document, definitions };
}
function parseSdl(graphql, text, side) {
  try {
    let document = graphql.parse(text), schema = graphql.buildASTSchema(completeSubgraph(graphql, document), {
      assumeValidSDL: !0,
      assumeValid: !0
    });
    return { document, schema };
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
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
function adviceFor(severity, type, subject) {
  return severity === "info" ? INFO_ADVICE : severity === "warning" ? dangerAdvice(subject) : type.endsWith("_REMOVED") ? removalAdvice(subject) : changeAdvice(subject);
}
function declaresNoSchema(graphql, document) {
  return document.definitions.every((definition) => graphql.isExecutableDefinitionNode(definition));
}
async function diffGraphql(head, base) {
  let graphql = await import("./graphql-5S5DIQE7.js"), headSdl = parseSdl(graphql, head, "head"), baseSdl = parseSdl(graphql, base, "base");
  if (declaresNoSchema(graphql, headSdl.document) && declaresNoSchema(graphql, baseSdl.document))
    return [
      {
        severity: "info",
        line: null,
        detail: "Client operations (queries, fragments), not a schema: nothing here that a rollback removes.",
        recommendation: INFO_ADVICE
      }
    ];
  let { diff } = await import("./esm-SPR4TO2M.js"), changes = await diff(headSdl.schema, baseSdl.schema), lines = lineIndex(graphql, headSdl.document), clientDirectives = executableDirectives(graphql, headSdl.document);
  return changes.map((change) => {
    let severity = severityOf(change.criticality.level), directive = /^@?([A-Za-z_]\w*)$/.exec(change.path ?? "")?.[1];
    change.type.startsWith("DIRECTIVE") && severity !== "info" && !(directive && clientDirectives.has(directive)) && (severity = "info");
    let subject = change.path ?? "the schema";
    return {
      severity,
      line: lineOfPath(lines, change.path?.replace(/\.@.*$/, "")),
      detail: `On rollback to N-1: ${change.message}${change.path ? ` (${change.path})` : ""}.`,
      recommendation: adviceFor(severity, change.type, subject)
    };
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
