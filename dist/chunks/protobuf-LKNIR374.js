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

// src/assess/contracts/protobuf-lines.ts
function isIdentifierChar(char) {
  return /[A-Za-z0-9_.]/.test(char);
}
function tokenize(text) {
  let tokens = [], line = 1, i = 0;
  for (; i < text.length; ) {
    let char = text[i];
    if (char === `
`)
      line++, i++;
    else if (char === "/" && text[i + 1] === "/")
      for (; i < text.length && text[i] !== `
`; ) i++;
    else if (char === "/" && text[i + 1] === "*") {
      for (i += 2; i < text.length && !(text[i] === "*" && text[i + 1] === "/"); )
        text[i] === `
` && line++, i++;
      i += 2;
    } else if (char === '"' || char === "'") {
      let startLine = line;
      for (i++; i < text.length && text[i] !== char && text[i] !== `
`; ) i += text[i] === "\\" ? 2 : 1;
      i++, tokens.push({ text: '""', line: startLine, literal: !0 });
    } else if (isIdentifierChar(char)) {
      let start = i;
      for (; i < text.length && isIdentifierChar(text[i]); ) i++;
      tokens.push({ text: text.slice(start, i), line, literal: !1 });
    } else /\s/.test(char) || tokens.push({ text: char, line, literal: !1 }), i++;
  }
  return tokens;
}
var OPENERS = /* @__PURE__ */ new Set(["[", "(", "{"]), CLOSERS = /* @__PURE__ */ new Set(["]", ")", "}"]), DeclarationScanner = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  lines = /* @__PURE__ */ new Map();
  scopes = [];
  i = 0;
  peek(offset = 0) {
    return this.tokens[this.i + offset];
  }
  remember(key, line) {
    this.lines.has(key) || this.lines.set(key, line);
  }
  get scope() {
    return this.scopes.at(-1) ?? { kind: "other", path: "" };
  }
  child(name) {
    return this.scope.path ? `${this.scope.path}.${name}` : name;
  }
  /** Advance past the statement's `;`, stepping over bracketed option values such as `[(v) = {a: 1}]`. */
  skipStatement() {
    let depth = 0;
    for (; this.i < this.tokens.length; ) {
      let text = this.tokens[this.i++].text;
      if (OPENERS.has(text)) depth++;
      else if (CLOSERS.has(text)) depth = Math.max(0, depth - 1);
      else if (text === ";" && depth === 0) return;
    }
  }
  /** Index of the first token at bracket depth 0 that is one of `stops`, or -1. */
  findAtTopLevel(stops) {
    let depth = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      let text = this.tokens[j].text;
      if (depth === 0 && stops.has(text)) return j;
      if (OPENERS.has(text) ? depth++ : CLOSERS.has(text) && depth--, depth < 0) return -1;
    }
    return -1;
  }
  openType(kind) {
    let name = this.peek(1);
    if (!name || name.literal || this.peek(2)?.text !== "{") {
      this.skipStatement();
      return;
    }
    let path = this.child(name.text);
    this.remember(path, name.line), this.scopes.push({ kind, path }), this.i += 3;
  }
  openBlockUntilBrace(kind, path) {
    let brace = this.findAtTopLevel(/* @__PURE__ */ new Set(["{", ";"]));
    if (brace < 0 || this.tokens[brace].text === ";") {
      this.skipStatement();
      return;
    }
    this.scopes.push({ kind, path }), this.i = brace + 1;
  }
  rpc() {
    let name = this.peek(1);
    name && !name.literal && this.scope.kind === "service" && this.remember(`${this.scope.path}.${name.text}`, name.line), this.openBlockUntilBrace("other", this.scope.path);
  }
  /** `[label] type name = number [options];`, `NAME = number;` in enums, or a proto2 group. */
  member() {
    let end = this.findAtTopLevel(/* @__PURE__ */ new Set(["=", ";", "{"])), endToken = end >= 0 ? this.tokens[end] : void 0, nameToken = end > this.i ? this.tokens[end - 1] : void 0, kind = this.scope.kind;
    if (endToken?.text === "=" && nameToken && !nameToken.literal && kind !== "other" && kind !== "service") {
      if (this.tokens.slice(this.i, end).findIndex((token) => token.text === "group") >= 0 && kind !== "enum") {
        this.remember(this.child(nameToken.text.toLowerCase()), nameToken.line);
        let groupPath = this.child(nameToken.text);
        this.remember(groupPath, nameToken.line), this.openBlockUntilBrace("message", groupPath);
        return;
      }
      this.remember(this.child(nameToken.text), nameToken.line);
    }
    if (endToken?.text === "{" && end >= 0) {
      this.scopes.push({ kind: "other", path: this.scope.path }), this.i = end + 1;
      return;
    }
    this.skipStatement();
  }
  scan() {
    for (; this.i < this.tokens.length; ) {
      let token = this.peek();
      switch (token.text) {
        case "}":
          this.scopes.pop(), this.i++;
          break;
        case ";":
          this.i++;
          break;
        case "package":
          this.remember("package", token.line), this.skipStatement();
          break;
        case "syntax":
        case "edition":
        case "import":
        case "option":
        case "reserved":
        case "extensions":
          this.skipStatement();
          break;
        case "message":
        case "enum":
        case "service":
          this.peek(2)?.text === "{" ? this.openType(token.text) : this.member();
          break;
        case "oneof":
          this.peek(2)?.text === "{" ? (this.scopes.push({ kind: "oneof", path: this.scope.path }), this.i += 3) : this.member();
          break;
        case "extend":
          this.openBlockUntilBrace("other", this.scope.path);
          break;
        case "rpc":
          this.rpc();
          break;
        default:
          this.member();
      }
    }
    return this.lines;
  }
};
function protobufLines(text) {
  return new DeclarationScanner(tokenize(text)).scan();
}

// src/assess/contracts/protobuf.ts
var WIRE_GROUPS = {
  int32: "varint",
  int64: "varint",
  uint32: "varint",
  uint64: "varint",
  bool: "varint",
  sint32: "zigzag",
  sint64: "zigzag",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  float: "float",
  double: "double",
  string: "length-delimited",
  bytes: "length-delimited"
};
async function loadProtobuf() {
  let module = await import("./protobufjs-5T3QPN3P.js");
  return module.default ?? module;
}
function localName(fullName, packageName) {
  let name = fullName.replace(/^\./, "");
  return packageName && name.startsWith(`${packageName}.`) ? name.slice(packageName.length + 1) : name;
}
var PROTO_COMMENT_STRING_OR_SPACED_DOT = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(?<=[A-Za-z0-9_])[ \t]*\.[ \t]*(?=[A-Za-z_])/g;
function joinDottedNames(text) {
  return text.replace(
    PROTO_COMMENT_STRING_OR_SPACED_DOT,
    (match) => match.startsWith("/") || match.startsWith('"') || match.startsWith("'") ? match : "."
  );
}
function parseProto(protobuf, text, side) {
  let parsed;
  try {
    parsed = protobuf.parse(joinDottedNames(text), { keepCase: !0, alternateCommentMode: !0 });
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
  let packageName = parsed.package ?? "", file = { packageName, messages: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map(), services: /* @__PURE__ */ new Map() }, visit = (namespace) => {
    for (let nested of namespace.nestedArray) {
      let name = localName(nested.fullName, packageName);
      nested instanceof protobuf.Type ? file.messages.set(name, nested) : nested instanceof protobuf.Enum ? file.enums.set(name, nested) : nested instanceof protobuf.Service && file.services.set(name, nested), nested instanceof protobuf.Namespace && visit(nested);
    }
  };
  return visit(parsed.root), file;
}
function fieldType(protobuf, field, packageName) {
  if (field.type in WIRE_GROUPS) return { name: field.type, group: WIRE_GROUPS[field.type] };
  let resolved = null;
  try {
    resolved = field.resolve().resolvedType;
  } catch {
  }
  let name = localName(resolved?.fullName ?? field.type, packageName), group = resolved instanceof protobuf.Enum ? "varint" : "length-delimited";
  return { name, group };
}
function realOneof(field) {
  let oneof = field.partOf;
  return oneof ? oneof.name === `_${field.name}` && oneof.oneof.length === 1 ? null : oneof.name : null;
}
function isReserved(reserved, id, name) {
  let ranges = reserved ?? [];
  return {
    number: ranges.some((entry) => Array.isArray(entry) && entry[0] <= id && id <= entry[1]),
    name: ranges.some((entry) => entry === name)
  };
}
function isRequired(field) {
  return field.required || field.rule === "required";
}
function labelOf(field) {
  return field.map ? "map" : field.repeated ? "repeated" : "singular";
}
var ProtoComparison = class {
  constructor(protobuf, head, base, headText) {
    this.protobuf = protobuf;
    this.head = head;
    this.base = base;
    this.lines = protobufLines(headText);
  }
  protobuf;
  head;
  base;
  findings = [];
  lines;
  add(severity, key, detail, recommendation, change) {
    let finding = {
      severity,
      line: key === null ? null : this.lines.get(key) ?? null,
      detail,
      recommendation
    };
    change && (finding.change = change), key !== null && (finding.subject = key), this.findings.push(finding);
  }
  run() {
    if (this.head.packageName !== this.base.packageName) {
      let what = `package ${this.head.packageName || "(none)"}`;
      this.add(
        "blocker",
        "package",
        `Package changes from ${this.head.packageName || "(none)"} in N to ${this.base.packageName || "(none)"} in N-1: every fully qualified name and gRPC path changes.`,
        changeAdvice(what),
        "changed"
      );
    }
    let removed = [], insideRemoved = (name) => removed.some((parent) => name.startsWith(`${parent}.`)), declarations = [
      ["message", this.head.messages, this.base.messages],
      ["enum", this.head.enums, this.base.enums],
      ["service", this.head.services, this.base.services]
    ];
    for (let [noun, headMap, baseMap] of declarations) {
      for (let name of headMap.keys())
        baseMap.has(name) || insideRemoved(name) || (removed.push(name), this.add(
          "warning",
          name,
          `${noun} ${name}: declared in N, missing from N-1.`,
          removalAdvice(`${noun} ${name}`),
          "added"
        ));
      for (let name of baseMap.keys())
        headMap.has(name) || this.add(
          "info",
          null,
          `${noun} ${name}: removed by N, restored by a rollback.`,
          INFO_ADVICE,
          "removed"
        );
    }
    for (let [name, message] of this.head.messages) {
      let baseMessage = this.base.messages.get(name);
      baseMessage && this.compareMessage(name, message, baseMessage);
    }
    for (let [name, enumType] of this.head.enums) {
      let baseEnum = this.base.enums.get(name);
      baseEnum && this.compareEnum(name, enumType, baseEnum);
    }
    for (let [name, service] of this.head.services) {
      let baseService = this.base.services.get(name);
      baseService && this.compareService(name, service, baseService);
    }
    return this.findings;
  }
  compareMessage(messageName, head, base) {
    let baseById = new Map(base.fieldsArray.map((field) => [field.id, field]));
    for (let field of head.fieldsArray) {
      let key = `${messageName}.${field.name}`, at = `${messageName}.${field.name} (= ${field.id})`, baseField = base.fields[field.name];
      if (!baseField) {
        let sameNumber = baseById.get(field.id);
        sameNumber ? (this.add(
          "blocker",
          key,
          `${at}: renamed to ${sameNumber.name} in N-1 (same number: binary clients still work, JSON clients and generated code do not).`,
          changeAdvice(`the name of ${at}`),
          "changed"
        ), this.compareFieldShape(key, at, field, sameNumber)) : this.fieldRemoved(key, at, field, base);
        continue;
      }
      if (baseField.id !== field.id) {
        this.add(
          "blocker",
          key,
          `${at}: renumbered to ${baseField.id} in N-1; the two versions read each other's data as a different field.`,
          changeAdvice(`the number of ${at}`),
          "changed"
        );
        continue;
      }
      this.compareFieldShape(key, at, field, baseField);
    }
    let headIds = new Set(head.fieldsArray.map((field) => field.id));
    for (let baseField of base.fieldsArray) {
      if (!isRequired(baseField) || head.fields[baseField.name] || headIds.has(baseField.id)) continue;
      let at = `${messageName}.${baseField.name} (= ${baseField.id})`;
      this.add(
        "blocker",
        messageName,
        `${at}: not in N, required by N-1: N-1 rejects messages from clients of N.`,
        requirementAdvice(at),
        "removed"
      );
    }
  }
  fieldRemoved(key, at, field, base) {
    let reserved = isReserved(base.reserved, field.id, field.name);
    if (reserved.number && reserved.name) {
      this.add(
        "warning",
        key,
        `${at}: added in N; N-1 reserves its number and name, so N-1 ignores the values clients of N send.`,
        removalAdvice(`field ${at}`),
        "added"
      );
      return;
    }
    this.add(
      "warning",
      key,
      `${at}: declared in N, missing from N-1: N-1 ignores the values clients of N send and never returns it.`,
      removalAdvice(`field ${at}`),
      "added"
    );
  }
  compareFieldShape(key, at, head, base) {
    let headType = fieldType(this.protobuf, head, this.head.packageName), baseType = fieldType(this.protobuf, base, this.base.packageName);
    if (headType.name !== baseType.name) {
      let compatible = headType.group === baseType.group;
      this.add(
        compatible ? "warning" : "blocker",
        key,
        `${at}: type changes from ${headType.name} in N to ${baseType.name} in N-1 (${compatible ? "wire-compatible, but values may be truncated or reinterpreted" : "wire-incompatible"}).`,
        compatible ? dangerAdvice(at) : changeAdvice(`the type of ${at}`),
        "changed"
      );
    }
    let headKey = head.map ? head.keyType : null, baseKey = base.map ? base.keyType : null;
    headKey && baseKey && headKey !== baseKey && this.add(
      "blocker",
      key,
      `${at}: map key type changes from ${headKey} in N to ${baseKey} in N-1.`,
      changeAdvice(`the key type of ${at}`),
      "changed"
    ), labelOf(head) !== labelOf(base) && this.add(
      "blocker",
      key,
      `${at}: ${labelOf(head)} in N, ${labelOf(base)} in N-1.`,
      changeAdvice(`the cardinality of ${at}`),
      "changed"
    ), isRequired(base) && !isRequired(head) && this.add(
      "warning",
      key,
      `${at}: optional in N, required in N-1: N-1 rejects messages from clients of N that omit it.`,
      removalAdvice(`that ${at} is optional`),
      "added"
    );
    let headOneof = realOneof(head), baseOneof = realOneof(base);
    if (headOneof !== baseOneof) {
      let move = `${headOneof ? `oneof ${headOneof}` : "no oneof"} in N, ${baseOneof ? `oneof ${baseOneof}` : "no oneof"} in N-1`;
      this.add(
        "warning",
        key,
        `${at}: ${move}; setting one member may clear another.`,
        dangerAdvice(at),
        "changed"
      );
    }
  }
  compareEnum(enumName, head, base) {
    let baseNameOf = /* @__PURE__ */ new Map();
    for (let [valueName, number] of Object.entries(base.values))
      valueName in head.values || baseNameOf.set(number, valueName);
    for (let [valueName, number] of Object.entries(head.values)) {
      let key = `${enumName}.${valueName}`, at = `${enumName}.${valueName} (= ${number})`, baseNumber = base.values[valueName];
      if (baseNumber === void 0) {
        let replaced = baseNameOf.get(number), reserved = isReserved(base.reserved, number, valueName);
        replaced !== void 0 ? this.add(
          "blocker",
          key,
          `${at}: replaces ${replaced} of N-1 at the same number; clients of N use the new name.`,
          changeAdvice(`enum value ${at}`),
          "changed"
        ) : this.add(
          "warning",
          key,
          reserved.number && reserved.name ? `${at}: added in N; N-1 reserves it and treats it as unknown.` : `${at}: declared in N, missing from N-1: N-1 cannot read it and JSON parsing fails.`,
          removalAdvice(`enum value ${at}`),
          "added"
        );
      } else baseNumber !== number && this.add(
        "blocker",
        key,
        `${at}: renumbered to ${baseNumber} in N-1.`,
        changeAdvice(`the number of ${at}`),
        "changed"
      );
    }
  }
  compareService(serviceName, head, base) {
    for (let method of head.methodsArray) {
      let key = `${serviceName}.${method.name}`, at = `rpc ${serviceName}.${method.name}`, baseMethod = base.methods[method.name];
      if (!baseMethod) {
        this.add(
          "warning",
          key,
          `${at}: served by N, missing from N-1 (UNIMPLEMENTED after rollback).`,
          removalAdvice(at),
          "added"
        );
        continue;
      }
      this.compareMethod(key, at, method, baseMethod);
    }
  }
  compareMethod(key, at, head, base) {
    let headNames = [head.requestType, head.responseType].map(
      (name) => localName(name, this.head.packageName)
    ), baseNames = [base.requestType, base.responseType].map(
      (name) => localName(name, this.base.packageName)
    );
    ["request", "response"].forEach((role, index) => {
      headNames[index] !== baseNames[index] && this.add(
        "blocker",
        key,
        `${at}: ${role} type changes from ${headNames[index]} in N to ${baseNames[index]} in N-1.`,
        changeAdvice(`the ${role} of ${at}`),
        "changed"
      );
    });
    for (let [role, headStream, baseStream] of [
      ["request", head.requestStream, base.requestStream],
      ["response", head.responseStream, base.responseStream]
    ])
      !!headStream != !!baseStream && this.add(
        "blocker",
        key,
        `${at}: ${role} is ${headStream ? "streamed" : "unary"} in N, ${baseStream ? "streamed" : "unary"} in N-1.`,
        changeAdvice(`the ${role} streaming of ${at}`),
        "changed"
      );
  }
};
async function diffProtobuf(head, base) {
  let protobuf = await loadProtobuf(), headFile = parseProto(protobuf, head, "head"), baseFile = parseProto(protobuf, base, "base");
  return new ProtoComparison(protobuf, headFile, baseFile, head).run();
}
async function inventoryProtobuf(text) {
  let protobuf = await loadProtobuf(), file = parseProto(protobuf, text, "head"), rpcs = [...file.services.values()].reduce((count, service) => count + service.methodsArray.length, 0), parts = [`${file.messages.size} message${file.messages.size === 1 ? "" : "s"}`];
  return file.enums.size > 0 && parts.push(`${file.enums.size} enum${file.enums.size === 1 ? "" : "s"}`), parts.push(
    `${file.services.size} service${file.services.size === 1 ? "" : "s"} with ${rpcs} rpc${rpcs === 1 ? "" : "s"}`
  ), {
    summary: parts.join(", "),
    empty: file.messages.size + file.enums.size + file.services.size === 0
  };
}
export {
  diffProtobuf,
  inventoryProtobuf,
  joinDottedNames
};
