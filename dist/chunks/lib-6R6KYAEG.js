import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import "./chunk-CNPVSFHC.js";

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/convert-path-to-posix.js
function convertPathToPosix(filePath) {
  return filePath.startsWith("\\\\?\\") ? filePath : filePath.split("\\").join("/");
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/is-windows.js
var isWindowsConst = /^win/.test(globalThis.process ? globalThis.process.platform : ""), isWindows = () => isWindowsConst;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/url.js
var forwardSlashPattern = /\//g, protocolPattern = /^(\w{2,}):\/\//i, jsonPointerSlash = /~1/g, jsonPointerTilde = /~0/g, isAbsoluteWin32Path = /^[a-zA-Z]:[\\/]/, urlEncodePatterns = [
  [/\?/g, "%3F"],
  [/#/g, "%23"]
], urlDecodePatterns = [/%23/g, "#", /%24/g, "$", /%26/g, "&", /%2C/g, ",", /%3F/g, "?", /%40/g, "@"], unsafeDomainSuffixes = [".localhost", ".local", ".internal", ".intranet", ".corp", ".home", ".lan"], parse = (u) => new URL(u);
function resolve(from, to) {
  let fromUrl = new URL(convertPathToPosix(from), "https://aaa.nonexistanturl.com"), resolvedUrl = new URL(convertPathToPosix(to), fromUrl), endSpaces = to.match(/(\s*)$/)?.[1] || "";
  if (resolvedUrl.hostname === "aaa.nonexistanturl.com") {
    let { pathname, search, hash } = resolvedUrl;
    return pathname + search + safeDecodeURIComponent(hash) + endSpaces;
  }
  let resolved = resolvedUrl.toString() + endSpaces;
  if (resolved.includes("#")) {
    let [base, hash] = resolved.split("#", 2);
    return base + "#" + safeDecodeURIComponent(hash || "");
  }
  return resolved;
}
function safeDecodeURIComponent(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    try {
      return decodeURIComponent(value.replace(/%(?![\dA-F]{2})/gi, "%25"));
    } catch {
      return value;
    }
  }
}
function cwd() {
  if (typeof window < "u" && window.location && window.location.href) {
    let href = window.location.href;
    if (!href || !href.startsWith("http"))
      try {
        return new URL(href), href;
      } catch {
        return "/";
      }
    return href;
  }
  if (typeof process < "u" && process.cwd) {
    let path = process.cwd(), lastChar = path.slice(-1);
    return lastChar === "/" || lastChar === "\\" ? path : path + "/";
  }
  return "/";
}
function getProtocol(path) {
  let match = protocolPattern.exec(path || "");
  if (match)
    return match[1].toLowerCase();
}
function getExtension(path) {
  let pathEnd = path.search(/[?#]/), pathname = pathEnd >= 0 ? path.substring(0, pathEnd) : path, lastSlash = Math.max(pathname.lastIndexOf("/"), pathname.lastIndexOf("\\")), lastDot = pathname.lastIndexOf(".");
  return lastDot > lastSlash ? pathname.substring(lastDot).toLowerCase() : "";
}
function getHash(path) {
  if (!path)
    return "#";
  let hashIndex = path.indexOf("#");
  return hashIndex >= 0 ? path.substring(hashIndex) : "#";
}
function stripHash(path) {
  if (!path)
    return "";
  let hashIndex = path.indexOf("#");
  return hashIndex >= 0 && (path = path.substring(0, hashIndex)), path;
}
function isHttp(path) {
  let protocol = getProtocol(path);
  return protocol === "http" || protocol === "https" ? !0 : protocol === void 0 ? typeof window < "u" : !1;
}
function isUnsafeUrl(path) {
  if (!path || typeof path != "string")
    return !0;
  let normalizedPath = path.trim().toLowerCase();
  if (!normalizedPath || normalizedPath.startsWith("javascript:") || normalizedPath.startsWith("vbscript:") || normalizedPath.startsWith("data:") || normalizedPath.startsWith("file:"))
    return !0;
  if (typeof window < "u" && window.location && window.location.href)
    return !1;
  try {
    let url = new URL(normalizedPath.startsWith("//") ? "http:" + normalizedPath : normalizedPath);
    if (isUnsafeHostname(url.hostname))
      return !0;
    let port = url.port;
    if (port && isInternalPort(parseInt(port)))
      return !0;
  } catch {
    if (normalizedPath.startsWith("/") && !normalizedPath.startsWith("//"))
      return !1;
    if (containsUnsafeHostname(normalizedPath))
      return !0;
  }
  return !1;
}
async function resolveUrlSafety(path) {
  if (isUnsafeUrl(path))
    return { unsafe: !0 };
  if (typeof path != "string" || typeof process > "u" || !process.versions?.node || typeof window < "u")
    return { unsafe: !1 };
  let parsedUrl = new URL(path.startsWith("//") ? `http:${path}` : path);
  if (parsedUrl.protocol !== "http:" && parsedUrl.protocol !== "https:")
    return { unsafe: !1 };
  let addresses = await (await import("node:dns/promises")).lookup(normalizeHostname(parsedUrl.hostname), {
    all: !0,
    verbatim: !0
  });
  return addresses.length === 0 || addresses.some(({ address }) => isUnsafeHostname(address)) ? { unsafe: !0 } : { unsafe: !1, addresses };
}
function isUnsafeHostname(hostname) {
  let normalizedHostname = normalizeHostname(hostname);
  if (!normalizedHostname || normalizedHostname === "localhost" || unsafeDomainSuffixes.some((suffix) => normalizedHostname.endsWith(suffix)))
    return !0;
  let ipv4 = parseIPv4Address(normalizedHostname);
  if (ipv4)
    return isUnsafeIPv4Address(ipv4);
  let ipv6 = parseIPv6Address(normalizedHostname);
  return ipv6 ? isUnsafeIPv6Address(ipv6) : !1;
}
function normalizeHostname(hostname) {
  let normalizedHostname = hostname.trim().toLowerCase();
  for (normalizedHostname.startsWith("[") && normalizedHostname.endsWith("]") && (normalizedHostname = normalizedHostname.slice(1, -1)); normalizedHostname.endsWith("."); )
    normalizedHostname = normalizedHostname.slice(0, -1);
  return normalizedHostname;
}
function parseIPv4Address(ip) {
  let parts = ip.split(".");
  if (parts.length !== 4)
    return;
  let octets = parts.map((part) => /^\d+$/.test(part) ? Number(part) : Number.NaN);
  if (!octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255))
    return octets;
}
function isUnsafeIPv4Address([a, b, c, d]) {
  return a === 0 || a === 10 || a === 127 || a === 100 && b >= 64 && b <= 127 || a === 169 && b === 254 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 0 && c === 0 || a === 192 && b === 168 || a === 198 && (b === 18 || b === 19) || a >= 224 || a === 255 && b === 255 && c === 255 && d === 255;
}
function parseIPv6Address(ip) {
  if (!ip.includes(":"))
    return;
  let normalizedIP = ip, lastSeparator = normalizedIP.lastIndexOf(":"), possibleIPv4 = normalizedIP.slice(lastSeparator + 1);
  if (possibleIPv4.includes(".")) {
    let ipv4 = parseIPv4Address(possibleIPv4);
    if (!ipv4)
      return;
    let firstGroup = ipv4[0] * 256 + ipv4[1], secondGroup = ipv4[2] * 256 + ipv4[3];
    normalizedIP = `${normalizedIP.slice(0, lastSeparator + 1)}${firstGroup.toString(16)}:${secondGroup.toString(16)}`;
  }
  let halves = normalizedIP.split("::");
  if (halves.length > 2)
    return;
  let head = parseIPv6Groups(halves[0]), tail = halves.length === 2 ? parseIPv6Groups(halves[1]) : [];
  if (!head || !tail)
    return;
  if (halves.length === 1)
    return head.length === 8 ? head : void 0;
  let missingGroups = 8 - head.length - tail.length;
  if (!(missingGroups < 1))
    return [...head, ...Array(missingGroups).fill(0), ...tail];
}
function parseIPv6Groups(groups) {
  if (!groups)
    return [];
  let parsedGroups = groups.split(":").map((group) => /^[\da-f]{1,4}$/i.test(group) ? Number.parseInt(group, 16) : Number.NaN);
  if (!parsedGroups.some((group) => !Number.isInteger(group) || group < 0 || group > 65535))
    return parsedGroups;
}
function isUnsafeIPv6Address(groups) {
  if (groups.length !== 8)
    return !1;
  let isUnspecified = groups.every((group) => group === 0), isLoopback = groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1, isUniqueLocal = (groups[0] & 65024) === 64512, isLinkLocal = (groups[0] & 65472) === 65152, isMulticast = (groups[0] & 65280) === 65280;
  if (isUnspecified || isLoopback || isUniqueLocal || isLinkLocal || isMulticast)
    return !0;
  let mappedIPv4 = getMappedIPv4Address(groups);
  return mappedIPv4 ? isUnsafeIPv4Address(mappedIPv4) : !1;
}
function getMappedIPv4Address(groups) {
  let firstFiveGroupsAreZero = groups.slice(0, 5).every((group) => group === 0), firstSixGroupsAreZero = firstFiveGroupsAreZero && groups[5] === 0, isIPv4Mapped = firstFiveGroupsAreZero && groups[5] === 65535;
  if (!(!firstSixGroupsAreZero && !isIPv4Mapped))
    return [Math.floor(groups[6] / 256), groups[6] % 256, Math.floor(groups[7] / 256), groups[7] % 256];
}
function containsUnsafeHostname(value) {
  return value.split(/[\s/?#]+/).map((candidate) => candidate.replace(/^[a-z][\d+.a-z-]*:\/\//i, "").replace(/:\d+$/, "")).filter(Boolean).some((candidate) => isUnsafeHostname(candidate));
}
function isInternalPort(port) {
  return [
    22,
    // SSH
    23,
    // Telnet
    25,
    // SMTP
    53,
    // DNS
    135,
    // RPC
    139,
    // NetBIOS
    445,
    // SMB
    993,
    // IMAPS
    995,
    // POP3S
    1433,
    // SQL Server
    1521,
    // Oracle
    3306,
    // MySQL
    3389,
    // RDP
    5432,
    // PostgreSQL
    5900,
    // VNC
    6379,
    // Redis
    8080,
    // Common internal web
    8443,
    // Common internal HTTPS
    9200,
    // Elasticsearch
    27017
    // MongoDB
  ].includes(port);
}
function isFileSystemPath(path) {
  if (typeof window < "u" || typeof process < "u" && process.browser)
    return !1;
  let protocol = getProtocol(path);
  return protocol === void 0 || protocol === "file";
}
function fromFileSystemPath(path) {
  if (isWindows()) {
    let projectDir = cwd(), upperPath = path.toUpperCase(), posixUpper = convertPathToPosix(projectDir).toUpperCase(), hasProjectDir = upperPath.includes(posixUpper), hasProjectUri = upperPath.includes(posixUpper), isAbsolutePath = isAbsoluteWin32Path.test(path) || path.startsWith("http://") || path.startsWith("https://") || path.startsWith("file://");
    !(hasProjectDir || hasProjectUri || isAbsolutePath) && !projectDir.startsWith("http") && (path = ((a, b) => a.endsWith("/") || a.endsWith("\\") ? a + b : a + "/" + b)(projectDir, path)), path = convertPathToPosix(path);
  }
  path = encodeURI(path);
  for (let pattern of urlEncodePatterns)
    path = path.replace(pattern[0], pattern[1]);
  return path;
}
function toFileSystemPath(path, keepFileProtocol) {
  path = path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
  for (let i = 0; i < urlDecodePatterns.length; i += 2)
    path = path.replace(new RegExp(urlDecodePatterns[i].source, "gi"), urlDecodePatterns[i + 1]);
  path = decodeURI(path);
  let isFileUrl = path.toLowerCase().startsWith("file://");
  return isFileUrl && (path = path.replace(/^file:\/\//i, "").replace(/^\//, ""), isWindows() && path[1] === "/" && (path = `${path[0]}:${path.substring(1)}`), keepFileProtocol ? path = "file:///" + path : (isFileUrl = !1, path = isWindows() ? path : "/" + path)), isWindows() && !isFileUrl && (path = path.replace(forwardSlashPattern, "\\"), path.match(/^[a-z]:\\/i) && (path = path[0].toUpperCase() + path.substring(1))), path;
}
function safePointerToPath(pointer) {
  return pointer.length <= 1 || pointer[0] !== "#" || pointer[1] !== "/" ? [] : pointer.slice(2).split("/").map((value) => value.replace(jsonPointerSlash, "/").replace(jsonPointerTilde, "~"));
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/errors.js
var nonJsonTypes = ["function", "symbol", "undefined"], protectedProps = ["constructor", "prototype", "__proto__"], objectPrototype = Object.getPrototypeOf({});
function toJSON() {
  let pojo = {}, error = this;
  for (let key of getDeepKeys(error))
    if (typeof key == "string") {
      let value = error[key], type = typeof value;
      nonJsonTypes.includes(type) || (pojo[key] = value);
    }
  return pojo;
}
function getDeepKeys(obj, omit = []) {
  let keys = [];
  for (; obj && obj !== objectPrototype; )
    keys = keys.concat(Object.getOwnPropertyNames(obj), Object.getOwnPropertySymbols(obj)), obj = Object.getPrototypeOf(obj);
  let uniqueKeys = new Set(keys);
  for (let key of omit.concat(protectedProps))
    uniqueKeys.delete(key);
  return uniqueKeys;
}
var JSONParserError = class extends Error {
  name;
  message;
  source;
  path;
  code;
  constructor(message, source) {
    super(), this.code = "EUNKNOWN", this.name = "JSONParserError", this.message = message, this.source = source, this.path = null;
  }
  toJSON = toJSON.bind(this);
  get footprint() {
    return `${this.path}+${this.source}+${this.code}+${this.message}`;
  }
}, JSONParserErrorGroup = class _JSONParserErrorGroup extends Error {
  files;
  constructor(parser) {
    super(), this.files = parser, this.name = "JSONParserErrorGroup", this.message = `${this.errors.length} error${this.errors.length > 1 ? "s" : ""} occurred while reading '${toFileSystemPath(parser.$refs._root$Ref.path)}'`;
  }
  toJSON = toJSON.bind(this);
  static getParserErrors(parser) {
    let errors = [], footprints = /* @__PURE__ */ new Set(), refs = [
      ...Object.values(parser.$refs._$refs),
      ...Object.values(parser.$refs._aliases)
    ];
    for (let $ref of refs)
      if ($ref.errors)
        for (let error of $ref.errors)
          footprints.has(error.footprint) || (footprints.add(error.footprint), errors.push(error));
    return errors;
  }
  get errors() {
    return _JSONParserErrorGroup.getParserErrors(this.files);
  }
}, ParserError = class extends JSONParserError {
  code = "EPARSER";
  name = "ParserError";
  constructor(message, source) {
    super(`Error parsing ${source}: ${message}`, source);
  }
}, UnmatchedParserError = class extends JSONParserError {
  code = "EUNMATCHEDPARSER";
  name = "UnmatchedParserError";
  constructor(source) {
    super(`Could not find parser for "${source}"`, source);
  }
}, ResolverError = class extends JSONParserError {
  code = "ERESOLVER";
  name = "ResolverError";
  ioErrorCode;
  constructor(ex, source) {
    super(ex.message || `Error reading file "${source}"`, source), "code" in ex && (this.ioErrorCode = String(ex.code));
  }
}, UnmatchedResolverError = class extends JSONParserError {
  code = "EUNMATCHEDRESOLVER";
  name = "UnmatchedResolverError";
  constructor(source) {
    super(`Could not find resolver for "${source}"`, source);
  }
}, MissingPointerError = class extends JSONParserError {
  code = "EMISSINGPOINTER";
  name = "MissingPointerError";
  targetToken;
  targetRef;
  targetFound;
  parentPath;
  constructor(token, path, targetRef, targetFound, parentPath) {
    super(`Missing $ref pointer "${getHash(path)}". Token "${token}" does not exist.`, stripHash(path)), this.targetToken = token, this.targetRef = targetRef, this.targetFound = targetFound, this.parentPath = parentPath;
  }
}, TimeoutError = class extends JSONParserError {
  code = "ETIMEOUT";
  name = "TimeoutError";
  constructor(timeout) {
    super(`Dereferencing timeout reached: ${timeout}ms`);
  }
}, InvalidPointerError = class extends JSONParserError {
  code = "EINVALIDPOINTER";
  name = "InvalidPointerError";
  constructor(pointer, path) {
    super(`Invalid $ref pointer "${pointer}". Pointers must begin with "#/"`, stripHash(path));
  }
};
function isHandledError(err) {
  return err instanceof JSONParserError || err instanceof JSONParserErrorGroup;
}
function normalizeError(err) {
  return err.path === null && (err.path = []), err;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/schema-resources.js
function getSchemaBasePath(basePath, value, legacyId = !1) {
  let schemaId = getSchemaId(value, legacyId);
  return schemaId ? resolve(basePath, schemaId) : basePath;
}
function usesDynamicIdScope(value) {
  if (!value || typeof value != "object" || ArrayBuffer.isView(value))
    return !1;
  if (getSchemaId(value))
    return !0;
  let schema = value.$schema;
  if (typeof schema == "string" && (schema.includes("draft-04/") || schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/")))
    return !0;
  let openapi = value.openapi;
  return typeof openapi == "string" && /^3\.1(?:\.|$)/.test(openapi);
}
function registerSchemaResources($refs, basePath, value, pathType, dynamicIdScope = !1) {
  if (!dynamicIdScope)
    return;
  let seen = /* @__PURE__ */ new Set(), visit = (node, scopeBase, inheritedLegacyId) => {
    if (!node || typeof node != "object" || ArrayBuffer.isView(node) || seen.has(node))
      return;
    seen.add(node);
    let legacyId = getSchemaIdMode(node, inheritedLegacyId), nextScopeBase = getSchemaBasePath(scopeBase, node, legacyId);
    nextScopeBase !== scopeBase && $refs._addAlias(nextScopeBase, node, pathType, dynamicIdScope, legacyId);
    for (let key of Object.keys(node))
      visit(node[key], nextScopeBase, legacyId);
  };
  visit(value, basePath, !1);
}
function getSchemaId(value, inheritedLegacyId = !1) {
  if (!value || typeof value != "object")
    return;
  let schemaId = getSchemaIdMode(value, inheritedLegacyId) ? value.id : value.$id;
  if (typeof schemaId == "string" && schemaId.length > 0)
    return schemaId;
}
function getSchemaIdMode(value, inheritedLegacyId = !1) {
  if (!value || typeof value != "object")
    return inheritedLegacyId;
  let schema = value.$schema;
  if (typeof schema == "string") {
    if (schema.includes("draft-04/"))
      return !0;
    if (schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/"))
      return !1;
  }
  let openapi = value.openapi;
  return typeof openapi == "string" && /^3\.1(?:\.|$)/.test(openapi) ? !1 : inheritedLegacyId;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/pointer.js
var nullSymbol = /* @__PURE__ */ Symbol("null"), slashes = /\//g, tildes = /~/g, escapedSlash = /~1/g, escapedTilde = /~0/g, unsafeSetTokens = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]), Pointer = class _Pointer {
  /**
   * The {@link $Ref} object that contains this {@link Pointer} object.
   */
  $ref;
  /**
   * The file path or URL, containing the JSON pointer in the hash.
   * This path is relative to the path of the main JSON schema file.
   */
  path;
  /**
   * The original path or URL, used for error messages.
   */
  originalPath;
  /**
   * The current base URI used to resolve nested $ref pointers while walking this pointer.
   */
  scopeBase;
  /** Whether the current schema scope uses draft-04's legacy `id` keyword. */
  legacyIdScope;
  /**
   * The value of the JSON pointer.
   * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
   */
  value;
  /**
   * Indicates whether the pointer references itself.
   */
  circular;
  /**
   * Indicates whether the pointer encountered a cycle elsewhere in its reference chain.
   */
  chainCircular;
  /**
   * The number of indirect references that were traversed to resolve the value.
   * Resolving a single pointer may require resolving multiple $Refs.
   */
  indirections;
  constructor($ref, path, friendlyPath) {
    this.$ref = $ref, this.path = path, this.originalPath = friendlyPath || path, this.scopeBase = $ref.path || stripHash(path), this.legacyIdScope = $ref.legacyIdScope, this.value = void 0, this.circular = !1, this.chainCircular = !1, this.indirections = 0;
  }
  /**
   * Resolves the value of a nested property within the given object.
   *
   * @param obj - The object that will be crawled
   * @param options
   * @param pathFromRoot - the path of place that initiated resolving
   *
   * @returns
   * Returns a JSON pointer whose {@link Pointer#value} is the resolved value.
   * If resolving this value required resolving other JSON references, then
   * the {@link Pointer#$ref} and {@link Pointer#path} will reflect the resolution path
   * of the resolved value.
   */
  resolve(obj, options, pathFromRoot, visitedRefPaths = /* @__PURE__ */ new Set(), resolveFinalReference = !0) {
    let tokens = _Pointer.parse(this.path, this.originalPath), found = [];
    this.value = unwrapOrThrow(obj), this.$ref.dynamicIdScope && !isAliasedResource(this.$ref) && (this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope), this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope));
    for (let i = 0; i < tokens.length; i++) {
      let wasCircular = this.circular, wasChainCircular = this.chainCircular, isExtendedRef = ref_default.isExtended$Ref(this.value);
      resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths) ? this.path = _Pointer.join(this.path, tokens.slice(i)) : isExtendedRef && (this.circular = wasCircular, this.chainCircular = wasChainCircular);
      let token = tokens[i];
      if (this.value === null || typeof this.value != "object" && typeof this.value != "function") {
        this.value = null;
        let path = this.$ref.path || "", targetRef = this.path.replace(path, ""), targetFound = _Pointer.join("", found), parentPath = pathFromRoot?.replace(path, "");
        throw new MissingPointerError(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
      }
      if (this.value[token] === void 0 || this.value[token] === null && i === tokens.length - 1) {
        let didFindSubstringSlashMatch = !1;
        for (let j = tokens.length - 1; j > i; j--) {
          let joinedToken = tokens.slice(i, j + 1).join("/");
          if (this.value[joinedToken] !== void 0) {
            this.value = this.value[joinedToken], i = j, didFindSubstringSlashMatch = !0;
            break;
          }
        }
        if (didFindSubstringSlashMatch) {
          this.chainCircular = wasChainCircular;
          continue;
        }
        if (token in this.value && this.value[token] === null) {
          this.value = nullSymbol, this.chainCircular = wasChainCircular;
          continue;
        }
        this.value = null;
        let path = this.$ref.path || "", targetRef = this.path.replace(path, ""), targetFound = _Pointer.join("", found), parentPath = pathFromRoot?.replace(path, "");
        throw new MissingPointerError(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
      } else
        this.value = this.value[token];
      this.chainCircular = wasChainCircular, found.push(token), this.$ref.dynamicIdScope && (this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope), this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope));
    }
    let finalResolutionBase = this.$ref.dynamicIdScope ? this.scopeBase : this.path;
    if (resolveFinalReference) {
      let finalRefPath = this.value?.$ref ? resolve(finalResolutionBase, this.value.$ref) : void 0, canonicalPathFromRoot = typeof pathFromRoot == "string" ? resolve(this.$ref.$refs._root$Ref.path, pathFromRoot) : pathFromRoot;
      ref_default.isAllowed$Ref(this.value, options) && finalRefPath === canonicalPathFromRoot && finalRefPath !== this.path ? this.chainCircular = !0 : (!this.value || finalRefPath) && resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths);
    }
    return this;
  }
  /**
   * Sets the value of a nested property within the given object.
   *
   * @param obj - The object that will be crawled
   * @param value - the value to assign
   * @param options
   *
   * @returns
   * Returns the modified object, or an entirely new object if the entire object is overwritten.
   */
  set(obj, value, options) {
    let tokens = _Pointer.parse(this.path), token;
    if (tokens.length === 0)
      return this.value = value, value;
    assertSafeSetTokens(this.path, tokens), this.value = unwrapOrThrow(obj), this.$ref.dynamicIdScope && !isAliasedResource(this.$ref) && (this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope), this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope));
    for (let i = 0; i < tokens.length - 1; i++)
      resolveIf$Ref(this, options), token = tokens[i], this.value && this.value[token] !== void 0 ? this.value = this.value[token] : this.value = setValue(this, token, {}), this.$ref.dynamicIdScope && (this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope), this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope));
    return resolveIf$Ref(this, options), token = tokens[tokens.length - 1], setValue(this, token, value), obj;
  }
  /**
   * Parses a JSON pointer (or a path containing a JSON pointer in the hash)
   * and returns an array of the pointer's tokens.
   * (e.g. "schema.json#/definitions/person/name" => ["definitions", "person", "name"])
   *
   * The pointer is parsed according to RFC 6901
   * {@link https://tools.ietf.org/html/rfc6901#section-3}
   *
   * @param path
   * @param [originalPath]
   * @returns
   */
  static parse(path, originalPath) {
    let pointer = getHash(path).substring(1);
    if (!pointer)
      return [];
    let split = pointer.split("/");
    for (let i = 0; i < split.length; i++)
      split[i] = split[i].replace(escapedSlash, "/").replace(escapedTilde, "~");
    if (split[0] !== "")
      throw new InvalidPointerError(pointer, originalPath === void 0 ? path : originalPath);
    return split.slice(1);
  }
  /**
   * Creates a JSON pointer path, by joining one or more tokens to a base path.
   *
   * @param base - The base path (e.g. "schema.json#/definitions/person")
   * @param tokens - The token(s) to append (e.g. ["name", "first"])
   * @returns
   */
  static join(base, tokens) {
    base.indexOf("#") === -1 && (base += "#"), tokens = Array.isArray(tokens) ? tokens : [tokens];
    for (let i = 0; i < tokens.length; i++) {
      let token = tokens[i];
      base += "/" + token.replace(tildes, "~0").replace(slashes, "~1");
    }
    return base;
  }
};
function safelyDecodeURI(value) {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
function resolveIf$Ref(pointer, options, pathFromRoot, visitedRefPaths = /* @__PURE__ */ new Set()) {
  let pathChanged = !1, currentPathFromRoot = pathFromRoot, addedPaths = [];
  try {
    for (; ref_default.isAllowed$Ref(pointer.value, options); ) {
      let extended = ref_default.isExtended$Ref(pointer.value), sourceValue = pointer.value, parentPath = pointer.path, resolutionBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.path, $refPath = resolve(resolutionBase, pointer.value.$ref);
      if ($refPath === pointer.path && !isRootPath(currentPathFromRoot))
        return pointer.circular = !0, pointer.chainCircular = !0, pathChanged;
      let canonicalPathFromRoot = typeof currentPathFromRoot == "string" ? resolve(pointer.$ref.$refs._root$Ref.path, currentPathFromRoot) : currentPathFromRoot;
      if ($refPath === canonicalPathFromRoot && $refPath !== pointer.path || visitedRefPaths.has($refPath))
        return pointer.chainCircular = !0, pathChanged;
      let maxDepth = options?.dereference?.maxDepth ?? 500;
      if (visitedRefPaths.size >= maxDepth)
        throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pointer.path}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
      visitedRefPaths.add($refPath), addedPaths.push($refPath);
      let resolved = pointer.$ref.$refs._resolve($refPath, parentPath, options, visitedRefPaths, extended);
      if (resolved === null)
        return pathChanged;
      if (pointer.indirections += resolved.indirections + 1, pointer.chainCircular ||= resolved.circular || resolved.chainCircular, extended)
        return pointer.chainCircular || (pointer.value = ref_default.dereference(sourceValue, resolved.value, options)), pathChanged;
      pointer.$ref = resolved.$ref, pointer.path = resolved.path, pointer.value = resolved.value, pointer.scopeBase = resolved.scopeBase, pointer.legacyIdScope = resolved.legacyIdScope, currentPathFromRoot = parentPath, pathChanged = !0;
    }
    return pathChanged;
  } finally {
    for (let path of addedPaths)
      visitedRefPaths.delete(path);
  }
}
var pointer_default = Pointer;
function setValue(pointer, token, value) {
  if (pointer.value && typeof pointer.value == "object")
    token === "-" && Array.isArray(pointer.value) ? pointer.value.push(value) : pointer.value[token] = value;
  else
    throw new JSONParserError(`Error assigning $ref pointer "${pointer.path}". 
Cannot set "${token}" of a non-object.`);
  return value;
}
function assertSafeSetTokens(pointerPath, tokens) {
  for (let token of tokens)
    if (unsafeSetTokens.has(token))
      throw new JSONParserError(`Error assigning $ref pointer "${pointerPath}". 
Unsafe JSON Pointer token "${token}" cannot be used for assignment.`);
}
function unwrapOrThrow(value) {
  if (isHandledError(value))
    throw value;
  return value;
}
function isRootPath(pathFromRoot) {
  return typeof pathFromRoot == "string" && Pointer.parse(pathFromRoot).length == 0;
}
function isAliasedResource($ref) {
  return !!($ref.path && $ref.path in $ref.$refs._aliases);
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/ref.js
var $Ref = class _$Ref {
  /**
   * The file path or URL of the referenced file.
   * This path is relative to the path of the main JSON schema file.
   *
   * This path does NOT contain document fragments (JSON pointers). It always references an ENTIRE file.
   * Use methods such as {@link $Ref#get}, {@link $Ref#resolve}, and {@link $Ref#exists} to get
   * specific JSON pointers within the file.
   *
   * @type {string}
   */
  path;
  /**
   * The resolved value of the JSON reference.
   * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
   *
   * @type {?*}
   */
  value;
  /**
   * The {@link $Refs} object that contains this {@link $Ref} object.
   *
   * @type {$Refs}
   */
  $refs;
  /**
   * Indicates the type of {@link $Ref#path} (e.g. "file", "http", etc.)
   */
  pathType;
  /**
   * Whether this document/resource should use JSON Schema 2019-09+ nested $id scope semantics.
   */
  dynamicIdScope = !1;
  /** Whether this resource uses draft-04's legacy `id` keyword. */
  legacyIdScope = !1;
  /**
   * List of all errors. Undefined if no errors.
   */
  errors = [];
  constructor($refs) {
    this.$refs = $refs;
  }
  /**
   * Pushes an error to errors array.
   *
   * @param err - The error to be pushed
   * @returns
   */
  addError(err) {
    this.errors === void 0 && (this.errors = []);
    let existingErrors = this.errors.map(({ footprint }) => footprint);
    "errors" in err && Array.isArray(err.errors) ? this.errors.push(...err.errors.map(normalizeError).filter(({ footprint }) => !existingErrors.includes(footprint))) : (!("footprint" in err) || !existingErrors.includes(err.footprint)) && this.errors.push(normalizeError(err));
  }
  /**
   * Determines whether the given JSON reference exists within this {@link $Ref#value}.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @returns
   */
  exists(path, options) {
    try {
      return this.resolve(path, options), !0;
    } catch {
      return !1;
    }
  }
  /**
   * Resolves the given JSON reference within this {@link $Ref#value} and returns the resolved value.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @returns - Returns the resolved value
   */
  get(path, options) {
    return this.resolve(path, options)?.value;
  }
  /**
   * Resolves the given JSON reference within this {@link $Ref#value}.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @param friendlyPath - The original user-specified path (used for error messages)
   * @param pathFromRoot - The path of `obj` from the schema root
   * @param visitedRefPaths - the active paths in the current reference chain
   * @param resolveFinalReference - whether to follow a `$ref` at the resolved value
   * @returns
   */
  resolve(path, options, friendlyPath, pathFromRoot, visitedRefPaths, resolveFinalReference = !0) {
    let pointer = new pointer_default(this, path, friendlyPath);
    try {
      let resolved = pointer.resolve(this.value, options, pathFromRoot, visitedRefPaths, resolveFinalReference);
      return resolved.value === nullSymbol && (resolved.value = null), resolved;
    } catch (err) {
      if (!options || !options.continueOnError || !isHandledError(err))
        throw err;
      return err.path === null && (err.path = safePointerToPath(getHash(pathFromRoot))), err instanceof InvalidPointerError && (err.source = safelyDecodeURI2(stripHash(pathFromRoot || friendlyPath || path))), this.addError(err), null;
    }
  }
  /**
   * Sets the value of a nested property within this {@link $Ref#value}.
   * If the property, or any of its parents don't exist, they will be created.
   *
   * @param path - The full path of the property to set, optionally with a JSON pointer in the hash
   * @param value - The value to assign
   */
  set(path, value) {
    let pointer = new pointer_default(this, path);
    this.value = pointer.set(this.value, value), this.value === nullSymbol && (this.value = null);
  }
  /**
   * Determines whether the given value is a JSON reference.
   *
   * @param value - The value to inspect
   * @returns
   */
  static is$Ref(value) {
    return !!value && typeof value == "object" && value !== null && "$ref" in value && typeof value.$ref == "string" && value.$ref.length > 0;
  }
  /**
   * Determines whether the given value is an external JSON reference.
   *
   * @param value - The value to inspect
   * @returns
   */
  static isExternal$Ref(value) {
    return _$Ref.is$Ref(value) && value.$ref[0] !== "#";
  }
  /**
   * Determines whether the given value is a JSON reference, and whether it is allowed by the options.
   * For example, if it references an external file, then options.resolve.external must be true.
   *
   * @param value - The value to inspect
   * @param options
   * @returns
   */
  static isAllowed$Ref(value, options) {
    if (this.is$Ref(value)) {
      if (value.$ref.substring(0, 2) === "#/" || value.$ref === "#")
        return !0;
      if (value.$ref[0] !== "#" && (!options || options.resolve?.external))
        return !0;
    }
  }
  /**
   * Determines whether the given value is a JSON reference that "extends" its resolved value.
   * That is, it has extra properties (in addition to "$ref"), so rather than simply pointing to
   * an existing value, this $ref actually creates a NEW value that is a shallow copy of the resolved
   * value, plus the extra properties.
   *
   * @example: {
     person: {
       properties: {
         firstName: { type: string }
         lastName: { type: string }
       }
     }
     employee: {
       properties: {
         $ref: #/person/properties
         salary: { type: number }
       }
     }
   }
   *  In this example, "employee" is an extended $ref, since it extends "person" with an additional
   *  property (salary).  The result is a NEW value that looks like this:
   *
   *  {
   *    properties: {
   *      firstName: { type: string }
   *      lastName: { type: string }
   *      salary: { type: number }
   *    }
   *  }
   *
   * @param value - The value to inspect
   * @returns
   */
  static isExtended$Ref(value) {
    return _$Ref.is$Ref(value) && Object.keys(value).length > 1;
  }
  /**
   * Returns the resolved value of a JSON Reference.
   * If necessary, the resolved value is merged with the JSON Reference to create a new object
   *
   * @example: {
  person: {
    properties: {
      firstName: { type: string }
      lastName: { type: string }
    }
  }
  employee: {
    properties: {
      $ref: #/person/properties
      salary: { type: number }
    }
  }
  } When "person" and "employee" are merged, you end up with the following object:
   *
   *  {
   *    properties: {
   *      firstName: { type: string }
   *      lastName: { type: string }
   *      salary: { type: number }
   *    }
   *  }
   *
   * @param $ref - The JSON reference object (the one with the "$ref" property)
   * @param resolvedValue - The resolved value, which can be any type
   * @param options - The options
   * @returns - Returns the dereferenced value
   */
  static dereference($ref, resolvedValue, options) {
    if (resolvedValue && typeof resolvedValue == "object" && _$Ref.isExtended$Ref($ref)) {
      let merged = {};
      for (let key of Object.keys($ref))
        key !== "$ref" && defineDataProperty(merged, key, $ref[key]);
      let mergeKeys2 = options?.dereference?.mergeKeys ?? !0, resolvedObject = resolvedValue;
      for (let key of Object.keys(resolvedObject))
        Object.hasOwn(merged, key) ? mergeKeys2 && typeof merged[key] == "object" && merged[key] !== null && typeof resolvedObject[key] == "object" && resolvedObject[key] !== null && defineDataProperty(merged, key, deepMerge(resolvedObject[key], merged[key])) : defineDataProperty(merged, key, resolvedObject[key]);
      return merged;
    } else
      return resolvedValue;
  }
};
function safelyDecodeURI2(value) {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
function deepMerge(target, source) {
  if (typeof target != "object" || target === null || typeof source != "object" || source === null)
    return source;
  if (Array.isArray(source))
    return cloneEnumerableProperties(source);
  let output = cloneEnumerableProperties(target), targetObject = target, sourceObject = source;
  for (let key of Object.keys(sourceObject)) {
    let sourceValue = sourceObject[key], mergedValue;
    if (Array.isArray(sourceValue))
      mergedValue = cloneEnumerableProperties(sourceValue);
    else if (typeof sourceValue == "object" && sourceValue !== null) {
      let targetValue = Object.hasOwn(targetObject, key) ? targetObject[key] : void 0;
      mergedValue = deepMerge(targetValue, sourceValue);
    } else
      mergedValue = sourceValue;
    defineDataProperty(output, key, mergedValue);
  }
  return output;
}
function cloneEnumerableProperties(value) {
  let clone = Array.isArray(value) ? new Array(value.length) : {}, source = value;
  for (let key of Object.keys(source))
    defineDataProperty(clone, key, source[key]);
  return clone;
}
function defineDataProperty(target, key, value) {
  Object.defineProperty(target, key, {
    configurable: !0,
    enumerable: !0,
    value,
    writable: !0
  });
}
var ref_default = $Ref;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/refs.js
var $Refs = class {
  /**
   * This property is true if the schema contains any circular references. You may want to check this property before serializing the dereferenced schema as JSON, since JSON.stringify() does not support circular references by default.
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#circular
   */
  circular;
  /**
   * Returns the paths/URLs of all the files in your schema (including the main schema file).
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#pathstypes
   *
   * @param types (optional) Optionally only return certain types of paths ("file", "http", etc.)
   */
  paths(...types) {
    return getPaths(this._$refs, types.flat()).map((path) => convertPathToPosix(path.decoded));
  }
  /**
   * Returns a map of paths/URLs and their correspond values.
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#valuestypes
   *
   * @param types (optional) Optionally only return values from certain locations ("file", "http", etc.)
   */
  values(...types) {
    let $refs = this._$refs;
    return getPaths($refs, types.flat()).reduce((obj, path) => (obj[convertPathToPosix(path.decoded)] = $refs[path.encoded].value, obj), {});
  }
  /**
   * Returns `true` if the given path exists in the schema; otherwise, returns `false`
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#existsref
   *
   * @param $ref The JSON Reference path, optionally with a JSON Pointer in the hash
   */
  /**
   * Determines whether the given JSON reference exists.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @param [options]
   * @returns
   */
  exists(path, options) {
    try {
      return this._resolve(path, "", options) !== null;
    } catch {
      return !1;
    }
  }
  /**
   * Resolves the given JSON reference and returns the resolved value.
   *
   * @param path - The path being resolved, with a JSON pointer in the hash
   * @param [options]
   * @returns - Returns the resolved value
   */
  get(path, options) {
    return this._resolve(path, "", options)?.value;
  }
  /**
   * Sets the value at the given path in the schema. If the property, or any of its parents, don't exist, they will be created.
   *
   * @param path The JSON Reference path, optionally with a JSON Pointer in the hash
   * @param value The value to assign. Can be anything (object, string, number, etc.)
   */
  set(path, value) {
    let absPath = resolve(this._root$Ref.path, path), $ref = this._getRef(absPath);
    if (!$ref)
      throw new Error(`Error resolving $ref pointer "${path}". 
"${stripHash(absPath)}" not found.`);
    $ref.set(absPath, value);
  }
  /**
   * Returns the specified {@link $Ref} object, or undefined.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @returns
   * @protected
   */
  _get$Ref(path) {
    return path = resolve(this._root$Ref.path, path), this._getRef(path);
  }
  /**
   * Creates a new {@link $Ref} object and adds it to this {@link $Refs} object.
   *
   * @param path  - The file path or URL of the referenced file
   */
  _add(path) {
    let withoutHash = stripHash(path), $ref = new ref_default(this);
    return $ref.path = withoutHash, this._$refs[withoutHash] = $ref, this._root$Ref = this._root$Ref || $ref, $ref;
  }
  _addAlias(path, value, pathType, dynamicIdScope = !1, legacyIdScope = !1) {
    let withoutHash = stripHash(path);
    if (!withoutHash || this._$refs[withoutHash] || this._aliases[withoutHash])
      return this._$refs[withoutHash] || this._aliases[withoutHash];
    let $ref = new ref_default(this);
    return $ref.path = withoutHash, $ref.pathType = pathType, $ref.value = value, $ref.dynamicIdScope = dynamicIdScope, $ref.legacyIdScope = legacyIdScope, this._aliases[withoutHash] = $ref, $ref;
  }
  /**
   * Resolves the given JSON reference.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @param pathFromRoot - The path of `obj` from the schema root
   * @param [options]
   * @param visitedRefPaths - the active paths in the current reference chain
   * @param resolveFinalReference - whether to follow a `$ref` at the resolved value
   * @returns
   * @protected
   */
  _resolve(path, pathFromRoot, options, visitedRefPaths, resolveFinalReference = !0) {
    let absPath = resolve(this._root$Ref.path, path), $ref = this._getRef(absPath);
    if (!$ref)
      throw new Error(`Error resolving $ref pointer "${path}". 
"${stripHash(absPath)}" not found.`);
    return $ref.resolve(absPath, options, path, pathFromRoot, visitedRefPaths, resolveFinalReference);
  }
  /**
   * A map of paths/urls to {@link $Ref} objects
   *
   * @type {object}
   * @protected
   */
  _$refs = {};
  _aliases = {};
  /**
   * The {@link $Ref} object that is the root of the JSON schema.
   *
   * @type {$Ref}
   * @protected
   */
  _root$Ref;
  constructor() {
    this.circular = !1, this._$refs = {}, this._aliases = {}, this._root$Ref = null;
  }
  /**
   * Returns the paths of all the files/URLs that are referenced by the JSON schema,
   * including the schema itself.
   *
   * @param [types] - Only return paths of the given types ("file", "http", etc.)
   * @returns
   */
  /**
   * Returns the map of JSON references and their resolved values.
   *
   * @param [types] - Only return references of the given types ("file", "http", etc.)
   * @returns
   */
  /**
   * Returns a POJO (plain old JavaScript object) for serialization as JSON.
   *
   * @returns {object}
   */
  toJSON = () => this.values();
  _getRef(path) {
    let withoutHash = stripHash(path);
    return this._$refs[withoutHash] || this._aliases[withoutHash];
  }
};
function getPaths($refs, types) {
  let paths = Object.keys($refs);
  return types = Array.isArray(types[0]) ? types[0] : Array.prototype.slice.call(types), types.length > 0 && types[0] && (paths = paths.filter((key) => types.includes($refs[key].pathType))), paths.map((path) => ({
    encoded: path,
    decoded: $refs[path].pathType === "file" ? toFileSystemPath(path, !0) : path
  }));
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/plugins.js
function all(plugins) {
  return Object.keys(plugins || {}).filter((key) => typeof plugins[key] == "object").map((key) => (plugins[key].name = key, plugins[key]));
}
function filter(plugins, method, file, callback, $refs) {
  return plugins.filter((plugin) => !!getResult(plugin, method, file, callback, $refs));
}
function sort(plugins) {
  return plugins.sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));
}
async function run(plugins, method, file, $refs) {
  let lastError, index = 0;
  return new Promise((resolve3, reject) => {
    runNextPlugin();
    function runNextPlugin() {
      let plugin = plugins[index++];
      if (!plugin)
        return reject(lastError);
      let settled = !1, callbackCalled = !1, callback = (err, result) => {
        callbackCalled = !0, !settled && (settled = !0, err ? onError(plugin, err) : onSuccess(plugin, result));
      };
      try {
        let result = getResult(plugin, method, file, callback, $refs);
        result && typeof result.then == "function" ? result.then((value) => callback(void 0, value), (error) => callback(error, void 0)) : result !== void 0 ? callback(void 0, result) : !callbackCalled && !acceptsCallback(plugin, method) && callback(new Error("No promise has been returned or callback has been called."), void 0);
      } catch (e) {
        callback(e, void 0);
      }
    }
    function onSuccess(plugin, result) {
      resolve3({
        plugin,
        result
      });
    }
    function onError(plugin, error) {
      lastError = {
        plugin,
        error
      }, runNextPlugin();
    }
  });
}
function acceptsCallback(plugin, method) {
  let value = plugin[method];
  return typeof value == "function" && value.length >= 2;
}
function getResult(obj, prop, file, callback, $refs) {
  let value = obj[prop];
  if (typeof value == "function")
    return value.apply(obj, [file, callback, $refs]);
  if (!callback)
    if (value instanceof RegExp) {
      value.lastIndex = 0;
      let matches = value.test(file.url);
      return value.lastIndex = 0, matches;
    } else {
      if (typeof value == "string")
        return value === file.extension;
      if (Array.isArray(value))
        return value.indexOf(file.extension) !== -1;
    }
  return value;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parse.js
async function parse2(target, $refs, options) {
  let path = typeof target == "string" ? target : target.url, baseUrl = typeof target == "string" ? void 0 : target.baseUrl, reference = typeof target == "string" ? void 0 : target.reference, hashIndex = path.indexOf("#"), hash = "";
  if (hashIndex >= 0 && (hash = path.substring(hashIndex), path = path.substring(0, hashIndex)), reference) {
    let referenceHashIndex = reference.indexOf("#");
    referenceHashIndex >= 0 && (reference = reference.substring(0, referenceHashIndex));
  }
  let $ref = $refs._add(path), file = {
    url: path,
    hash,
    extension: getExtension(path),
    ...reference !== void 0 ? { reference } : {},
    ...baseUrl !== void 0 ? { baseUrl } : {}
  };
  try {
    let resolver = await readFile(file, options, $refs);
    $ref.pathType = resolver.plugin.name, file.data = resolver.result;
    let parser = await parseFile(file, options, $refs);
    return $ref.value = parser.result, $ref.dynamicIdScope = usesDynamicIdScope($ref.value), $ref.legacyIdScope = getSchemaIdMode($ref.value), registerSchemaResources($refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope), parser.result;
  } catch (err) {
    throw isHandledError(err) && ($ref.value = err), err;
  }
}
async function readFile(file, options, $refs) {
  let resolvers = all(options.resolve);
  resolvers = filter(resolvers, "canRead", file, void 0, $refs), sort(resolvers);
  try {
    return await run(resolvers, "read", file, $refs);
  } catch (err) {
    throw !err && options.continueOnError ? new UnmatchedResolverError(file.url) : !err || !("error" in err) ? new SyntaxError(`Unable to resolve $ref pointer "${file.url}"`, { cause: err }) : err.error instanceof ResolverError ? err.error : new ResolverError(err, file.url);
  }
}
async function parseFile(file, options, $refs) {
  let allParsers = all(options.parse), filteredParsers = filter(allParsers, "canParse", file), parsers = filteredParsers.length > 0 ? filteredParsers : allParsers;
  sort(parsers);
  try {
    let parser = await run(parsers, "parse", file, $refs);
    if (!parser.plugin.allowEmpty && isEmpty(parser.result))
      throw new SyntaxError(`Error parsing "${file.url}" as ${parser.plugin.name}. 
Parsed value is empty`);
    return parser;
  } catch (err) {
    throw !err && options.continueOnError ? new UnmatchedParserError(file.url) : err && err.message && err.message.startsWith("Error parsing") ? err : !err || !("error" in err) ? new SyntaxError(`Unable to parse ${file.url}`, { cause: err }) : err.error instanceof ParserError ? err.error : new ParserError(err.error.message, file.url);
  }
}
function isEmpty(value) {
  return value === void 0 || typeof value == "object" && Object.keys(value).length === 0 || typeof value == "string" && value.trim().length === 0 || Buffer.isBuffer(value) && value.length === 0;
}
var parse_default = parse2;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/json.js
var json_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 100,
  /**
   * Whether to allow "empty" files. This includes zero-byte files, as well as empty JSON objects.
   */
  allowEmpty: !0,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that match will be tried, in order, until one successfully parses the file.
   * Parsers that don't match will be skipped, UNLESS none of the parsers match, in which case
   * every parser will be tried.
   */
  canParse: ".json",
  /**
   * Allow JSON files with byte order marks (BOM)
   */
  allowBOM: !0,
  /**
   * Parses the given file as JSON
   */
  async parse(file) {
    let data = file.data;
    if (Buffer.isBuffer(data) && (data = data.toString()), typeof data == "string") {
      if (data.trim().length === 0)
        return;
      this.allowBOM && data.charCodeAt(0) === 65279 && (data = data.slice(1));
      try {
        return JSON.parse(data);
      } catch (e) {
        throw new ParserError(e.message, file.url);
      }
    } else
      return data;
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  let carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  let carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: !1,
    matchByTagPrefix: options.matchByTagPrefix ?? !1,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data == "string"
}), NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
], nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: !0,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => NULL_VALUES$1.indexOf(source) !== -1 ? null : NOT_RESOLVED,
  identify: (object) => object === null,
  represent: () => "null"
}), nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: !0,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => source === "null" || isExplicit && source === "" ? null : NOT_RESOLVED,
  identify: (object) => object === null,
  represent: () => "null"
}), NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
], nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: !0,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => NULL_VALUES.indexOf(source) !== -1 ? null : NOT_RESOLVED,
  identify: (object) => object === null,
  represent: () => "null"
}), TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
], FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
], boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: !0,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => TRUE_VALUES$2.indexOf(source) !== -1 ? !0 : FALSE_VALUES$2.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
}), TRUE_VALUES$1 = ["true"], FALSE_VALUES$1 = ["false"], boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: !0,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => TRUE_VALUES$1.indexOf(source) !== -1 ? !0 : FALSE_VALUES$1.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
}), TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
], FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
], boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: !0,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => TRUE_VALUES.indexOf(source) !== -1 ? !0 : FALSE_VALUES.indexOf(source) !== -1 ? !1 : NOT_RESOLVED,
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
}), YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$"), YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source, sign = 1;
  return (value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b") ? sign * parseInt(value.slice(2), 2) : value.startsWith("0o") ? sign * parseInt(value.slice(2), 8) : value.startsWith("0x") ? sign * parseInt(value.slice(2), 16) : sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: !0,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
}), YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$"), YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source, sign = 1;
  return (value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b") ? sign * parseInt(value.slice(2), 2) : value.startsWith("0o") ? sign * parseInt(value.slice(2), 8) : value.startsWith("0x") ? sign * parseInt(value.slice(2), 16) : sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: !0,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
}), YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, ""), sign = 1;
  if ((value[0] === "-" || value[0] === "+") && (value[0] === "-" && (sign = -1), value = value.slice(1)), value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (let part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  return value !== "0" && value[0] === "0" ? sign * parseInt(value, 8) : sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  let result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: !0,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
}), YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"), YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = sign * parseFloat(value);
  return Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source) ? result : NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: !0,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
}), YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$"), YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    let result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  let result = Number(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: !0,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
}), YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"), YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, ""), sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0]) && (value = value.slice(1)), value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (let part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  return Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source) ? result : NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  let result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: !0,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object == "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
}), mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: !0,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => source === "<<" || isExplicit && source === "" ? "<<" : NOT_RESOLVED,
  identify: () => !1
}), BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  let input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  let binary = atob(input), result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
}), YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"), YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  return date.setUTCFullYear(year, month, day), date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(source)), match === null) return NOT_RESOLVED;
  let year = +match[1], month = +match[2] - 1, day = +match[3];
  if (!match[4]) {
    let date2 = makeUtcDate(year, month, day);
    return date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day ? NOT_RESOLVED : date2;
  }
  let hour = +match[4], minute = +match[5], second = +match[6], fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    for (; value.length < 3; ) value += "0";
    fraction = +value;
  }
  let date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    let offsetHour = +match[10], offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    let offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: !0,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
}), seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data != "object" || Array.isArray(data)) return !1;
  let prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  let result = {};
  for (let key of keys) object[key] !== void 0 && (result[key] = object[key]);
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      let itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    return carrier.seen.has(key) ? "duplicate key in ordered map" : (carrier.seen.add(key), carrier.list.push(item), "");
  },
  finalize: (carrier) => carrier.list,
  identify: () => !1
}), pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map)
      return item.size !== 1 ? "cannot resolve a pairs item" : (container.push(item.entries().next().value), "");
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    let object = item, keys = Object.keys(object);
    return keys.length !== 1 ? "cannot resolve a pairs item" : (container.push([keys[0], object[keys[0]]]), "");
  },
  identify: () => !1
}), mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    let map = /* @__PURE__ */ new Map();
    for (let key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key == "object") return "object-based map does not support complex keys";
    let normalizedKey = String(key);
    return normalizedKey === "__proto__" ? Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: !0,
      configurable: !0,
      writable: !0
    }) : container[normalizedKey] = value, "";
  },
  has: (container, key) => key !== null && typeof key == "object" ? !1 : Object.prototype.hasOwnProperty.call(container, String(key)),
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    let normalizedKey = String(key);
    return Object.prototype.hasOwnProperty.call(container, normalizedKey) ? container[normalizedKey] : null;
  }
}), setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    let map = /* @__PURE__ */ new Map();
    for (let key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => value !== null ? "cannot resolve a set item" : (container.add(key), ""),
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  let result = [];
  for (let tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      let previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    let compiledTags = compileTags(tags), implicitScalarTags = [], exact = createTagDefinitionMap(), prefix = createTagDefinitionListMap();
    for (let tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          tag.matchByTagPrefix ? prefix.scalar.push(tag) : exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          tag.matchByTagPrefix ? prefix.sequence.push(tag) : exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          tag.matchByTagPrefix ? prefix.mapping.push(tag) : exact.mapping[tag.tagName] = tag;
      }
    }
    let implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null), keys = /* @__PURE__ */ new Set();
    for (let tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (let key of tag.implicitFirstChars) keys.add(key);
    let implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (let key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    let defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags, this.implicitScalarTags = implicitScalarTags, this.implicitScalarByFirstChar = implicitScalarByFirstChar, this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar, this.defaultScalarTag = defaultScalarTag, this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"], this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"], this.exact = exact, this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    let exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (let tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    let exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (let tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    let exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (let tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    let candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (let tag2 of candidates) {
      let value = tag2.resolve(source, !1, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    let tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, !1, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (let tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
}, FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]), JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]), CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]), YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]), DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    let result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    let result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}), realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => (container.set(key, value), ""),
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    let map = /* @__PURE__ */ new Map(), obj = data;
    for (let key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    let array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      typeof array[index] == "object" && Object.prototype.toString.call(array[index]) === "[object Object]" && (array[index] = "[object Object]");
    }
    return String(array);
  }
  return typeof key == "object" && Object.prototype.toString.call(key) === "[object Object]" ? "[object Object]" : String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    let map = /* @__PURE__ */ new Map();
    for (let key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    let normalizedKey = normalizeKey(key);
    return normalizedKey === null ? "nested arrays are not supported inside keys" : (normalizedKey === "__proto__" ? Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: !0,
      configurable: !0,
      writable: !0
    }) : container[normalizedKey] = value, "");
  },
  has: (container, key) => {
    let normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    let normalizedKey = String(key);
    return Object.prototype.hasOwnProperty.call(container, normalizedKey) ? container[normalizedKey] : null;
  }
}), DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  let opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  }, re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
  for (; match = re.exec(mark.buffer); )
    lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
  foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
  let result = "", lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length, maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore && !(foundLineNo - i < 0); i++) {
    let line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`, result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
    let line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  return exception.mark ? (exception.mark.name && (where += `in "${exception.mark.name}" `), where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`, !compact && exception.mark.snippet && (where += `

${exception.mark.snippet}`), `${exception.reason} ${where}`) : exception.reason;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super(), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace && Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0, lineStart = 0;
    for (let index = 0; index < position; index++) {
      let ch = source.charCodeAt(index);
      ch === 10 ? (line++, lineStart = index + 1) : ch === 13 && (line++, source.charCodeAt(index + 1) === 10 && index++, lineStart = index + 1);
    }
    let mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    throw mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
  }
}, EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
}, SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
}, COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
}, CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
}, NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return `
`;
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++)
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
function charFromCodepoint(c) {
  return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  return c >= 48 && c <= 57 ? c - 48 : (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  return c === 120 ? 2 : c === 117 ? 4 : 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 10)
      breaks++, position++;
    else if (ch === 13)
      breaks++, position++, input.charCodeAt(position) === 10 && position++;
    else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  return count === 1 ? " " : `
`.repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 39)
      result += input.slice(captureStart, position) + "'", position += 2, captureStart = captureEnd = position;
    else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "", position = start, captureStart = start, captureEnd = start;
  for (; position < end; ) {
    let ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position), position++;
      let escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped])
        result += simpleEscapeMap[escaped], position++;
      else {
        let hexLength = escapedHexLen$1(escaped), hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          let digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult), position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      let fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks), position = captureStart = captureEnd = fold.position;
    } else
      position++, ch !== 32 && ch !== 9 && (captureEnd = position);
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  let textIndent = indent < 0 ? 0 : indent, region = input.slice(start, end).replace(/\r\n?/g, `
`), lines = region === "" ? [] : (region.endsWith(`
`) ? region.slice(0, -1) : region).split(`
`), result = "", didReadContent = !1, emptyLines = 0, atMoreIndented = !1;
  for (let line of lines) {
    let column = 0;
    for (; column < textIndent && line.charCodeAt(column) === 32; ) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    let content = line.slice(textIndent), first = content.charCodeAt(0);
    folded ? first === 32 || first === 9 ? (atMoreIndented = !0, result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, result += `
`.repeat(emptyLines + 1)) : emptyLines === 0 ? didReadContent && (result += " ") : result += `
`.repeat(emptyLines) : result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines), result += content, didReadContent = !0, emptyLines = 0;
  }
  return chomping === CHOMPING_MODE.KEEP ? result += `
`.repeat(didReadContent ? 1 + emptyLines : emptyLines) : chomping !== CHOMPING_MODE.STRIP && didReadContent && (result += `
`), result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  let { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, !1);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, !0);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
}), TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()", TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "", index = 0;
  for (; index < source.length; ) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    if (index += 3, ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      for (ch &= (1 << 6 - remaining) - 1; remaining-- > 0; )
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63, index += 3;
    }
    ch < 65536 ? result += String.fromCharCode(ch) : (ch -= 65536, result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023));
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  let handleEnd = rawTag.indexOf("!", 1), handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1, MERGE_TAG_NAME = "tag:yaml.org,2002:merge", DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: !1,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  return "tagStart" in event && event.tagStart !== NO_RANGE$2 ? event.tagStart : "anchorStart" in event && event.anchorStart !== NO_RANGE$2 ? event.anchorStart : "valueStart" in event && event.valueStart !== NO_RANGE$2 ? event.valueStart : "start" in event ? event.start : 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  let source = getScalarValue(state.source, event), rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd), strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    let tagName = tagNameFull(rawTag, state.tagHandlers), scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      let result = scalarTag.resolve(source, !0, tagName);
      return result === NOT_RESOLVED && throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`), {
        value: result,
        tag: scalarTag
      };
    }
    let collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      source !== "" && throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      let carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  return event.style === SCALAR_STYLE.PLAIN ? state.schema.resolveImplicitScalarTag(source) : {
    value: strTag2.resolve(source, !1, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  let rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (let sourceKey of sourceTag.keys(source)) {
    if (chargeMergeWork(state), frame.tag.has(frame.value, sourceKey)) continue;
    let err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    err && throwError$1(state, err), frame.overridable ??= /* @__PURE__ */ new Set(), frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  if (state.position = frame.keyPosition, isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    source.length > 100 && throwError$1(state, "abnormal merge sequence size");
    for (let element of source) {
      let elementTag = state.nodeTags.get(element);
      elementTag || throwError$1(state, "cannot merge mappings; the provided source object is unacceptable"), mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  if (state.position = frame.keyPosition, frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  !state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key) && throwError$1(state, "duplicated mapping key");
  let err = frame.tag.addPair(frame.value, key, value);
  err && throwError$1(state, err), frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  let frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document")
    frame.value = value, frame.hasValue = !0;
  else if (frame.kind === "sequence") {
    isMappingTag(tag) && state.nodeTags.set(value, tag);
    let err = frame.tag.addItem(frame.value, value, frame.index++);
    err && throwError$1(state, err);
  } else if (frame.hasKey) {
    let key = frame.key;
    frame.key = void 0, frame.hasKey = !1, addMappingValue(state, frame, key, value, tag);
  } else
    frame.key = value, frame.keyPosition = state.position, frame.hasKey = !0, frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    let anchor = {
      value,
      tag,
      isValueFinal
    };
    return state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor), anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  let state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  for (; state.eventIndex < state.events.length; ) {
    let event = state.events[state.eventIndex++];
    switch (state.position = eventPosition$1(event), event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map(), state.nodeTags = /* @__PURE__ */ new Map(), state.aliasCount = 0, state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (let directive of event.directives) directive.kind === "tag" && (state.tagHandlers[directive.handle] = directive.prefix);
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: !1
        });
        break;
      case EVENT_ID.SCALAR: {
        let { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, !0), addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        let tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq"), tag = state.schema.lookupSequenceTag(tagName);
        tag || throwError$1(state, `unknown sequence tag !<${tagName}>`);
        let value = tag.create(tagName), anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        let tagName = collectionTagName(state, event, "tag:yaml.org,2002:map"), tag = state.schema.lookupMappingTag(tagName);
        tag || throwError$1(state, `unknown mapping tag !<${tagName}>`);
        let value = tag.create(tagName), anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: !1,
          keyIsMerge: !1,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases && throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        let name = state.source.slice(event.anchorStart, event.anchorEnd), anchor = state.anchors.get(name);
        anchor || throwError$1(state, `unidentified alias "${name}"`), anchor.isValueFinal || throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`), addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        let frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey && (state.position = frame.keyPosition, throwError$1(state, "incomplete mapping pair in event stream")), frame.kind === "document") state.documents.push(frame.value);
        else {
          let value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          frame.anchor && (frame.anchor.value = value, frame.anchor.isValueFinal = !0), addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1, HAS_OWN = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`, NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`, PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`), PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`), PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`), DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = !1) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  let lc = c | 32;
  return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
}
function escapedHexLen(c) {
  return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  state.input.charCodeAt(state.position) === 10 ? state.position++ : (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++), state.line++, state.lineStart = state.position, state.lineIndent = 0, state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0, ch = state.input.charCodeAt(state.position), hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  for (; ch !== 0; ) {
    for (; isWhiteSpace(ch); )
      hasSeparation = !0, ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    for (consumeLineBreak(state), lineBreaks++, hasSeparation = !0, ch = state.input.charCodeAt(state.position); ch === 32; )
      state.lineIndent++, ch = state.input.charCodeAt(++state.position);
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  let ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    let following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return !1;
}
function skipByteOrderMark(state) {
  state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279 && (state.position++, state.lineStart = state.position);
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return !1;
  if (testDocumentSeparator(state)) return !0;
  if (state.input.charCodeAt(state.position) !== 65279) return !1;
  let snapshot = snapshotState(state);
  skipByteOrderMark(state), skipSeparationSpace(state, !0);
  let ch = state.input.charCodeAt(state.position), result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  return restoreState(state, snapshot), result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  for (; ch !== 0 && !isEol(ch); ) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  let match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  match !== null && (state.position = start + match.index + match[0].length - 1, throwError(state, "the stream contains non-printable characters"));
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return !1;
  props.tagStart !== NO_RANGE$1 && throwError(state, "duplication of a tag property");
  let start = state.position, isVerbatim = !1, isNamed = !1, tagHandle = "!", ch = state.input.charCodeAt(++state.position);
  ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 && (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position));
  let suffixStart = state.position, tagName;
  if (isVerbatim) {
    for (; ch !== 0 && ch !== 62; ) ch = state.input.charCodeAt(++state.position);
    ch !== 62 && throwError(state, "unexpected end of the stream within a verbatim tag"), tagName = state.input.slice(suffixStart, state.position), state.position++;
  } else {
    for (; ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch)); )
      ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(suffixStart - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, suffixStart = state.position + 1)), ch = state.input.charCodeAt(++state.position);
    tagName = state.input.slice(suffixStart, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  return tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName)) && throwError(state, `tag name cannot contain such characters: ${tagName}`), !isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle) && throwError(state, `undeclared tag handle "${tagHandle}"`), props.tagStart = start, props.tagEnd = state.position, !0;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return !1;
  props.anchorStart !== NO_RANGE$1 && throwError(state, "duplication of an anchor property"), state.position++;
  let start = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position)); ) state.position++;
  return state.position === start && throwError(state, "name of an anchor node must contain at least one character"), props.anchorStart = start, props.anchorEnd = state.position, !0;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return !1;
  (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) && throwError(state, "alias node should not have any properties"), state.position++;
  let start = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position)); ) state.position++;
  return state.position === start && throwError(state, "name of an alias node must contain at least one character"), addAliasEvent(state, start, state.position), !0;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, !1), state.lineIndent < nodeIndent && throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return !1;
  state.position++;
  let start = state.position, simple = !0;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = !1, state.position += 2;
        continue;
      }
      let end = state.position;
      return state.position++, addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple), !0;
    }
    isEol(ch) ? (simple = !1, readFlowScalarBreak(state, nodeIndent)) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : ch !== 9 && ch < 32 ? throwError(state, "expected valid JSON character") : state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return !1;
  state.position++;
  let start = state.position, simple = !0;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      let end = state.position;
      return state.position++, addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple), !0;
    }
    if (ch === 92) {
      simple = !1;
      let escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        for (hexLength === 0 && throwError(state, "unknown escape sequence"); hexLength-- > 0; )
          state.position++, fromHexCode(state.input.charCodeAt(state.position)) < 0 && throwError(state, "expected hexadecimal character");
        state.position++;
      }
    } else isEol(ch) ? (simple = !1, readFlowScalarBreak(state, nodeIndent)) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : ch !== 9 && ch < 32 ? throwError(state, "expected valid JSON character") : state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  let ch = state.input.charCodeAt(state.position), chomping = CHOMPING_MODE.CLIP, indent = -1, detectedIndent = !1;
  if (ch !== 124 && ch !== 62) return !1;
  let style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  for (state.position++; state.input.charCodeAt(state.position) !== 0; ) {
    let current = state.input.charCodeAt(state.position), digit = fromDecimalCode(current);
    if (current === 43 || current === 45)
      chomping !== CHOMPING_MODE.CLIP && throwError(state, "repeat of a chomping mode identifier"), chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP, state.position++;
    else if (digit >= 0)
      digit === 0 && throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one"), detectedIndent && throwError(state, "repeat of an indentation width identifier"), indent = parentIndent + digit - 1, detectedIndent = !0, state.position++;
    else break;
  }
  let hadWhitespace = !1;
  for (; isWhiteSpace(state.input.charCodeAt(state.position)); )
    hadWhitespace = !0, state.position++;
  hadWhitespace && state.input.charCodeAt(state.position) === 35 && skipUntilLineEnd(state), isEol(state.input.charCodeAt(state.position)) ? consumeLineBreak(state) : state.input.charCodeAt(state.position) !== 0 && throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1, maxLeadingIndent = 0, valueStart = state.position, valueEnd = state.position;
  for (; state.input.charCodeAt(state.position) !== 0; ) {
    let linePosition = state.position, column = 0;
    for (; state.input.charCodeAt(linePosition + column) === 32; ) column++;
    let first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      contentIndent >= 0 ? column > contentIndent && (valueEnd = linePosition + column) : column > 0 && (valueEnd = linePosition + column);
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first) && (maxLeadingIndent = Math.max(maxLeadingIndent, column)), !detectedIndent && contentIndent === -1 && !isEol(first) && (first === 9 && column < parentIndent && (state.position = linePosition + column, throwError(state, "tab characters must not be used in indentation")), column >= parentIndent && column < maxLeadingIndent && (state.position = linePosition + column, throwError(state, "bad indentation of a mapping entry"))), contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column, state.position = linePosition + column;
      break;
    }
    !detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1 && (contentIndent = column);
    let requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column, state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state), valueEnd = state.position, isEol(state.input.charCodeAt(state.position)) && (consumeLineBreak(state), valueEnd = state.position);
  }
  return checkPrintable(state, valueStart, valueEnd), addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent), !0;
}
function canStartPlainScalar(state, nodeContext) {
  let ch = state.input.charCodeAt(state.position), inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return !1;
  if (ch === 63 || ch === 45) {
    let following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return !1;
  }
  return !0;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return !1;
  let start = state.position, end = state.position, ch = state.input.charCodeAt(state.position), inFlow = nodeContext === CONTEXT_FLOW_IN, multiline = !1;
  for (; ch !== 0 && !testDocumentBoundary(state); ) {
    if (ch === 58) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else {
      if (inFlow && isFlowIndicator(ch)) break;
      if (isEol(ch)) {
        let savedPosition = state.position, savedLine = state.line, savedLineStart = state.lineStart, savedLineIndent = state.lineIndent;
        if (skipSeparationSpace(state, !1), state.lineIndent >= nodeIndent) {
          multiline = !0, ch = state.input.charCodeAt(state.position);
          continue;
        }
        state.position = savedPosition, state.line = savedLine, state.lineStart = savedLineStart, state.lineIndent = savedLineIndent;
        break;
      }
    }
    isWhiteSpace(ch) || (end = state.position + 1), ch = state.input.charCodeAt(++state.position);
  }
  return end === start ? !1 : (checkPrintable(state, start, end), addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline), !0);
}
function skipFlowSeparationSpace(state, nodeIndent) {
  let startLine = state.line;
  skipSeparationSpace(state, !0), (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) && throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  let ch = state.input.charCodeAt(state.position), isMapping = ch === 123, start = state.position, readNext = !0;
  if (ch !== 91 && ch !== 123) return !1;
  let terminator = isMapping ? 125 : 93;
  for (isMapping ? addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW) : addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW), state.position++; state.input.charCodeAt(state.position) !== 0; ) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator)
      return state.position++, addPopEvent(state), !0;
    readNext ? ch2 === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries");
    let isPair = !1, isExplicitPair = !1;
    ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1)) && (isPair = isExplicitPair = !0, state.position += 1, skipFlowSeparationSpace(state, nodeIndent));
    let entryLine = state.line, entryStart = snapshotState(state), keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0);
    skipFlowSeparationSpace(state, nodeIndent), ch2 = state.input.charCodeAt(state.position), (isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58 ? (isPair = !0, state.position++, skipFlowSeparationSpace(state, nodeIndent), isMapping || insertFlowPairMappingEvent(state, entryStart), keyWasRead || addEmptyScalarEvent(state), parseNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0) || addEmptyScalarEvent(state), skipFlowSeparationSpace(state, nodeIndent), isMapping || addPopEvent(state)) : isMapping && isPair ? (keyWasRead || addEmptyScalarEvent(state), addEmptyScalarEvent(state)) : isMapping ? addEmptyScalarEvent(state) : isPair && (insertFlowPairMappingEvent(state, entryStart), keyWasRead || addEmptyScalarEvent(state), addEmptyScalarEvent(state), addPopEvent(state)), ch2 = state.input.charCodeAt(state.position), ch2 === 44 ? (readNext = !0, state.position++) : readNext = !1;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return !1;
  for (addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK); state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)); ) {
    state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
    let entryLine = state.line;
    state.position++;
    let hadBreak = skipSeparationSpace(state, !0) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)) && throwError(state, "bad indentation of a sequence entry"), hadBreak && state.lineIndent <= nodeIndent ? addEmptyScalarEvent(state) : parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), skipSeparationSpace(state, !0), state.lineIndent < nodeIndent || state.position >= state.length) break;
    state.lineIndent > nodeIndent && throwError(state, "bad indentation of a sequence entry"), state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1)) && throwError(state, "bad indentation of a sequence entry");
  }
  return addPopEvent(state), !0;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = !1, detected = !1, mappingOpened = !1, pendingExplicitKey = !1;
  if (state.firstTabInLine !== -1) return !1;
  let ch = state.input.charCodeAt(state.position);
  for (; ch !== 0; ) {
    !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
    let following = state.input.charCodeAt(state.position + 1), entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following))
      mappingOpened || (addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK), mappingOpened = !0), ch === 63 ? (atExplicitKey && addEmptyScalarEvent(state), detected = !0, atExplicitKey = !0) : (atExplicitKey || (addEmptyScalarEvent(state), detected = !0), atExplicitKey = !1), state.position += 1, pendingExplicitKey = !0;
    else {
      atExplicitKey && (addEmptyScalarEvent(state), atExplicitKey = !1);
      let beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0)) break;
      if (state.line === entryLine) {
        for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); ) ch = state.input.charCodeAt(++state.position);
        if (ch === 58)
          ch = state.input.charCodeAt(++state.position), isWsOrEolOrEnd(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), mappingOpened || (state.events.splice(beforeKey.eventsLength, 0, {
            type: EVENT_ID.MAPPING,
            start: beforeKey.position,
            anchorStart: props.anchorStart,
            anchorEnd: props.anchorEnd,
            tagStart: props.tagStart,
            tagEnd: props.tagEnd,
            style: COLLECTION_STYLE.BLOCK
          }), mappingOpened = !0), detected = !0, atExplicitKey = !1, pendingExplicitKey = !1;
        else if (detected) throwError(state, "expected ':' after a mapping key");
        else
          return props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 ? (restoreState(state, beforeKey), !1) : !0;
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else
        return props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 ? (restoreState(state, beforeKey), !1) : !0;
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, pendingExplicitKey) && (pendingExplicitKey = !1), atExplicitKey || pendingExplicitKey && (addEmptyScalarEvent(state), pendingExplicitKey = !1), skipSeparationSpace(state, !0), ch = state.input.charCodeAt(state.position), (state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  return detected ? (atExplicitKey && addEmptyScalarEvent(state), mappingOpened && addPopEvent(state), !0) : !1;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = !0) {
  state.depth >= state.maxDepth && throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`), state.depth++;
  let indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, props = emptyProperties(), allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN, allowBlockCollections = allowBlockScalars, allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, !0) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : indentStatus = -1), indentStatus === 1) for (; ; ) {
    let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      let fallbackState = snapshotState(state), flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING)
        return state.depth--, !0;
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1) || !readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : indentStatus = -1) : allowBlockCollections = !1;
  }
  if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    let flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1, blockIndent = state.position - state.lineStart;
    if (indentStatus === 1)
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = !0;
      else {
        let ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          let fallbackState = snapshotState(state), propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart), readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING ? hasContent = !0 : restoreState(state, fallbackState);
        }
        !hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props)) && (hasContent = !0);
      }
    else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props));
  }
  return allowBlockScalars = allowBlockScalars && !hasContent, !hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars) && (addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN), hasContent = !0), state.depth--, hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return !1;
  state.position++;
  let nameStart = state.position;
  for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)); ) state.position++;
  let name = state.input.slice(nameStart, state.position), args = [];
  for (name.length === 0 && throwError(state, "directive name must not be less than one character in length"); state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position)); ) {
    for (; isWhiteSpace(state.input.charCodeAt(state.position)); ) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    let start = state.position;
    for (; state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)); ) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position)) && consumeLineBreak(state), name === "YAML") {
    state.directives.some((directive) => directive.kind === "yaml") && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
    let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    match === null && throwError(state, "ill-formed argument of the YAML directive"), parseInt(match[1], 10) !== 1 && throwError(state, "unacceptable YAML version of the document"), state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
    let [handle, prefix] = args;
    PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), HAS_OWN.call(state.tagHandlers, handle) && throwError(state, `there is a previously declared suffix for "${handle}" tag handle`), PATTERN_TAG_PREFIX.test(prefix) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive"), state.tagHandlers[handle] = prefix, state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return !0;
}
function readDocument(state) {
  state.directives = [], state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = !1;
  for (skipSeparationSpace(state, !0); readDirective(state); )
    hasDirectives = !0, skipSeparationSpace(state, !0);
  let explicitStart = !1, explicitEnd = !1, allowCompact = !0;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = !0;
    let markerLine = state.line;
    state.position += 3, skipSeparationSpace(state, !0), allowCompact = state.line > markerLine;
  } else hasDirectives && throwError(state, "directives end mark is expected");
  let documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3, skipSeparationSpace(state, !0);
    return;
  }
  if (addDocumentEvent(state, explicitStart, !1), parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, allowCompact, allowCompact) || addEmptyScalarEvent(state), skipSeparationSpace(state, !0), state.position === state.lineStart && testDocumentSeparator(state) && (explicitEnd = state.input.charCodeAt(state.position) === 46, explicitEnd)) {
    let markerLine = state.line;
    state.position += 3, skipSeparationSpace(state, !0), state.line === markerLine && state.position < state.length && throwError(state, "end of the stream or a document separator is expected");
  }
  let documentEvent = state.events[documentEventIndex];
  documentEvent?.type === EVENT_ID.DOCUMENT && (documentEvent.explicitEnd = explicitEnd), addPopEvent(state), !explicitEnd && state.position < state.length && !testDocumentBoundary(state) && throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  let length = input.length, state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  }, nullpos = input.indexOf("\0");
  for (nullpos !== -1 && YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename); state.position < state.length && (skipByteOrderMark(state), skipSeparationSpace(state, !0), !(state.position >= state.length)); ) {
    let documentStart = state.position;
    readDocument(state), state.position === documentStart && throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  let opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  }, source = String(input), PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS), CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  typeof iteratorOrOptions == "function" ? iterator = iteratorOrOptions : iteratorOrOptions !== null && typeof iteratorOrOptions == "object" && (options = iteratorOrOptions);
  let documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (let document of documents) iterator(document);
}
function load(input, options) {
  let documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  return layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED) ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  layout.presenterOptions.quoteFlowKeys && (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN || (layout.style = SCALAR_STYLE.DOUBLE_QUOTED));
}
function doubleQuoteForInvisibles(layout) {
  layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value) && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
function doubleQuoteWhitespaceOnly(layout) {
  layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value) && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
function applyForceQuotesOption(layout) {
  layout.presenterOptions.forceQuotes && (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN || layout.node.tag === layout.presenterOptions.schema.defaultScalarTag.tagName && (layout.style = layout.node.value.includes(`
`) ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout)));
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  let value = layout.node.value, multiline = value.indexOf(`
`) !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    multiline && (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
    return;
  }
  let w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    multiline && (layout.style = SCALAR_STYLE.LITERAL_BLOCK);
    return;
  }
  let availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent), position = 0, shouldFold = !1;
  for (; position <= value.length; ) {
    let lineEnd = value.length, nextLineBreak = value.indexOf(`
`, position);
    nextLineBreak !== -1 && (lineEnd = nextLineBreak);
    let line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line) && (shouldFold = !0), nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  shouldFold ? layout.style = SCALAR_STYLE.FOLDED_BLOCK : multiline && (layout.style = SCALAR_STYLE.LITERAL_BLOCK);
}
function quoteInvalidPlain(layout) {
  layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN) && (layout.style = _preferredQuotedStyle(layout));
}
function fallbackToDoubleQuoted(layout) {
  hasBit(layout.allowedStylesMask, layout.style) || (layout.style = SCALAR_STYLE.DOUBLE_QUOTED);
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]", SRC_B_CHAR = "[\\n\\r]", SRC_C_BYTE_ORDER_MARK = "\\uFEFF", SRC_S_WHITE = "[ \\t]", SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`, SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`, SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]", SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]", SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]", SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR, SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`, SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`, SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`, SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`, SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`, SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`, SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`, SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`, SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`, SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT, SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`, SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`, SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`, NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u"), NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u"), NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u"), NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u"), NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u"), NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u"), BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: !1,
  seqInlineFirst: !0,
  lineWidth: 80,
  flowBracketPadding: !1,
  flowSkipCommaSpace: !1,
  flowSkipColonSpace: !1,
  quoteFlowKeys: !1,
  quoteStyle: "single",
  forceQuotes: !1,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: !1
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: !1,
  noRefs: !1,
  flowLevel: -1,
  sortKeys: !1,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT, EVENT_SEQUENCE = EVENT_ID.SEQUENCE, EVENT_MAPPING = EVENT_ID.MAPPING, EVENT_SCALAR = EVENT_ID.SCALAR, EVENT_ALIAS = EVENT_ID.ALIAS, EVENT_POP = EVENT_ID.POP, SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN, SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED, SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED, SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK, SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK, COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK, COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW, CHOMPING_CLIP = CHOMPING_MODE.CLIP, CHOMPING_STRIP = CHOMPING_MODE.STRIP, CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/yaml.js
var legacyDefaultSchema = CORE_SCHEMA.withTags(timestampTag, mergeTag, binaryTag, omapTag, pairsTag, setTag), yaml_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 200,
  /**
   * Whether to allow "empty" files. This includes zero-byte files, as well as empty JSON objects.
   */
  allowEmpty: !0,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that match will be tried, in order, until one successfully parses the file.
   * Parsers that don't match will be skipped, UNLESS none of the parsers match, in which case
   * every parser will be tried.
   */
  canParse: [".yaml", ".yml", ".json"],
  // JSON is valid YAML
  /**
   * Parses the given file as YAML
   *
   * @param file           - An object containing information about the referenced file
   * @param file.url       - The full URL of the referenced file
   * @param file.extension - The lowercased file extension (e.g. ".txt", ".html", etc.)
   * @param file.data      - The file contents. This will be whatever data type was returned by the resolver
   * @returns
   */
  async parse(file) {
    let data = file.data;
    if (Buffer.isBuffer(data) && (data = data.toString()), typeof data == "string")
      try {
        return load(data, { schema: CORE_SCHEMA });
      } catch {
        try {
          return load(data, { schema: legacyDefaultSchema });
        } catch (e) {
          try {
            if (loadAll(data, { schema: CORE_SCHEMA }).length === 0)
              return;
          } catch {
          }
          throw new ParserError(e?.message || "Parser Error", file.url);
        }
      }
    else
      return data;
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/text.js
var TEXT_REGEXP = /\.(txt|htm|html|md|xml|js|min|map|css|scss|less|svg)(?:[?#].*)?$/i, text_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 300,
  /**
   * Whether to allow "empty" files (zero bytes).
   */
  allowEmpty: !0,
  /**
   * The encoding that the text is expected to be in.
   */
  encoding: "utf8",
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that return true will be tried, in order, until one successfully parses the file.
   * Parsers that return false will be skipped, UNLESS all parsers returned false, in which case
   * every parser will be tried.
   */
  canParse(file) {
    return (typeof file.data == "string" || Buffer.isBuffer(file.data)) && TEXT_REGEXP.test(file.url);
  },
  /**
   * Parses the given file as text
   */
  parse(file) {
    if (typeof file.data == "string")
      return file.data;
    if (Buffer.isBuffer(file.data))
      return file.data.toString(this.encoding);
    throw new ParserError("data is not text", file.url);
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/binary.js
var BINARY_REGEXP = /\.(jpeg|jpg|gif|png|bmp|ico)(?:[?#].*)?$/i, binary_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 400,
  /**
   * Whether to allow "empty" files (zero bytes).
   */
  allowEmpty: !0,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that return true will be tried, in order, until one successfully parses the file.
   * Parsers that return false will be skipped, UNLESS all parsers returned false, in which case
   * every parser will be tried.
   */
  canParse(file) {
    return Buffer.isBuffer(file.data) && BINARY_REGEXP.test(file.url);
  },
  /**
   * Parses the given data as a Buffer (byte array).
   */
  parse(file) {
    return Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data);
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/file.js
var file_default = {
  /**
   * The order that this resolver will run, in relation to other resolvers.
   */
  order: 100,
  /**
   * Determines whether this resolver can read a given file reference.
   * Resolvers that return true will be tried, in order, until one successfully resolves the file.
   * Resolvers that return false will not be given a chance to resolve the file.
   */
  canRead(file) {
    return isFileSystemPath(file.url);
  },
  /**
   * Reads the given file and returns its raw contents as a Buffer.
   */
  async read(file) {
    let path, fs = await import("fs");
    try {
      path = toFileSystemPath(file.url);
    } catch (err) {
      let e = err;
      throw e.message = `Malformed URI: ${file.url}: ${e.message}`, new ResolverError(e, file.url);
    }
    (path.endsWith("/") || path.endsWith("\\")) && (path = path.slice(0, -1));
    try {
      return await fs.promises.readFile(path);
    } catch (err) {
      let e = err;
      throw e.message = `Error opening file ${path}: ${e.message}`, new ResolverError(e, path);
    }
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/http.js
var http_default = {
  /**
   * The order that this resolver will run, in relation to other resolvers.
   */
  order: 200,
  /**
   * HTTP headers to send when downloading files.
   *
   * @example:
   * {
   *   "User-Agent": "JSON Schema $Ref Parser",
   *   Accept: "application/json"
   * }
   */
  headers: null,
  /**
   * HTTP request timeout (in milliseconds).
   */
  timeout: 6e4,
  // 60 seconds
  /**
   * The maximum number of HTTP redirects to follow.
   * To disable automatic following of redirects, set this to zero.
   */
  redirects: 5,
  /**
   * The `withCredentials` option of XMLHttpRequest.
   * Set this to `true` if you're downloading files from a CORS-enabled server that requires authentication
   */
  withCredentials: !1,
  /**
   * Set this to `false` if you want to allow unsafe URLs (e.g., `127.0.0.1`, localhost, and other internal URLs).
   */
  safeUrlResolver: !0,
  /**
   * Determines whether this resolver can read a given file reference.
   * Resolvers that return true will be tried in order, until one successfully resolves the file.
   * Resolvers that return false will not be given a chance to resolve the file.
   */
  canRead(file) {
    return isHttp(file.url) && (!this.safeUrlResolver || !isUnsafeUrl(file.url));
  },
  /**
   * Reads the given URL and returns its raw contents as a Buffer.
   */
  read(file) {
    let u = parse(file.url);
    return typeof window < "u" && !u.protocol && (u.protocol = parse(location.href).protocol), download(u, this);
  }
};
async function download(u, httpOptions, _redirects) {
  u = parse(u);
  let redirects = _redirects || [];
  redirects.push(u.href);
  let pendingResponse;
  try {
    let resolvedAddresses;
    if (httpOptions.safeUrlResolver) {
      let safety = await resolveUrlSafety(u.href);
      if (safety.unsafe)
        throw new Error(`Unsafe URL blocked by safeUrlResolver: ${u.href}`);
      resolvedAddresses = safety.addresses;
    }
    pendingResponse = await get(u, httpOptions, resolvedAddresses);
    let res = pendingResponse.response;
    if (res.status >= 400) {
      let error = new Error(`HTTP ERROR ${res.status}`);
      throw error.status = res.status, error;
    } else if (res.status >= 300)
      if (!Number.isNaN(httpOptions.redirects) && redirects.length > httpOptions.redirects) {
        let error = new Error(`Error downloading ${redirects[0]}. 
Too many redirects: 
  ${redirects.join(` 
  `)}`);
        throw error.status = res.status, new ResolverError(error);
      } else {
        let location2 = getHeader(res, "location");
        if (!location2) {
          let error = new Error(`HTTP ${res.status} redirect with no location header`);
          throw error.status = res.status, error;
        }
        let redirectTo = resolve(u.href, location2), redirectOptions = parse(redirectTo).origin === u.origin ? httpOptions : withoutSensitiveHeaders(httpOptions);
        return download(redirectTo, redirectOptions, redirects);
      }
    else {
      if (res.body) {
        let buf = await res.arrayBuffer();
        return Buffer.from(buf);
      }
      return Buffer.alloc(0);
    }
  } catch (err) {
    let cause = err instanceof Error ? err : new Error(String(err)), wrappedError = new Error(`Error downloading ${u.href}: ${cause.message}`, { cause });
    throw "code" in cause && (wrappedError.code = cause.code), new ResolverError(wrappedError, u.href);
  } finally {
    pendingResponse?.cancelTimeout();
  }
}
async function get(u, httpOptions, resolvedAddresses) {
  let pinnedTransport = resolvedAddresses && resolvedAddresses.length > 0 ? await createPinnedTransport(u, resolvedAddresses) : void 0, dispatcher = pinnedTransport?.dispatcher, controller, timeoutId;
  if (httpOptions.timeout && typeof AbortController < "u") {
    let abortController = new AbortController();
    controller = abortController, timeoutId = setTimeout(() => abortController.abort(), httpOptions.timeout);
  }
  let cancelTimeout = () => {
    timeoutId !== void 0 && (clearTimeout(timeoutId), timeoutId = void 0), dispatcher && !dispatcher.destroyed && dispatcher.destroy().catch(() => {
    });
  };
  try {
    let requestOptions = {
      method: "GET",
      headers: httpOptions.headers || {},
      credentials: httpOptions.withCredentials ? "include" : "same-origin",
      redirect: "manual",
      signal: controller ? controller.signal : null
    };
    return dispatcher && (requestOptions.dispatcher = dispatcher), { response: pinnedTransport ? await pinnedTransport.fetch(u, requestOptions) : await fetch(u, requestOptions), cancelTimeout };
  } catch (error) {
    throw cancelTimeout(), error;
  }
}
async function createPinnedTransport(requestUrl, resolvedAddresses) {
  let undici = await import("undici"), expectedHostname = normalizeLookupHostname(requestUrl.hostname), pinnedAddresses = resolvedAddresses.map(({ address, family }) => ({ address, family })), lookup = (hostname, options, callback) => {
    let normalizedHostname = normalizeLookupHostname(hostname), requestedFamily = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family || 0, candidates = pinnedAddresses.filter(({ family }) => requestedFamily === 0 || family === requestedFamily);
    if (normalizedHostname !== expectedHostname || candidates.length === 0) {
      let error = new Error(`No validated address is available for ${hostname}`);
      error.code = "ENOTFOUND", callback(error, "", 0);
    } else if (options.all)
      callback(null, candidates);
    else {
      let selected = candidates[0];
      callback(null, selected.address, selected.family);
    }
  };
  return {
    dispatcher: new undici.Agent({
      connect: { lookup },
      autoSelectFamily: !0
    }),
    fetch: (input, init) => undici.fetch(input, init)
  };
}
function normalizeLookupHostname(hostname) {
  return hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "").toLowerCase();
}
function getHeader(response, name) {
  return response.headers.get(name);
}
function withoutSensitiveHeaders(httpOptions) {
  if (!httpOptions.headers)
    return httpOptions;
  let headers = new Headers(httpOptions.headers);
  return headers.delete("authorization"), headers.delete("proxy-authorization"), headers.delete("cookie"), { ...httpOptions, headers };
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/options.js
var getJsonSchemaRefParserDefaultOptions = () => ({
  /**
   * Determines how different types of files will be parsed.
   *
   * You can add additional parsers of your own, replace an existing one with
   * your own implementation, or disable any parser by setting it to false.
   */
  parse: {
    json: { ...json_default },
    yaml: { ...yaml_default },
    text: { ...text_default },
    binary: { ...binary_default }
  },
  /**
   * Determines how JSON References will be resolved.
   *
   * You can add additional resolvers of your own, replace an existing one with
   * your own implementation, or disable any resolver by setting it to false.
   */
  resolve: {
    file: { ...file_default },
    http: { ...http_default },
    /**
     * Determines whether external $ref pointers will be resolved.
     * If this option is disabled, then none of above resolvers will be called.
     * Instead, external $ref pointers will simply be ignored.
     *
     * @type {boolean}
     */
    external: !0
  },
  /**
   * By default, JSON Schema $Ref Parser throws the first error it encounters. Setting `continueOnError` to `true`
   * causes it to keep processing as much as possible and then throw a single error that contains all errors
   * that were encountered.
   */
  continueOnError: !1,
  /**
   * Determines the types of JSON references that are allowed.
   */
  bundle: {
    /**
     * A function, called for each path, which can return true to stop this path and all
     * subpaths from being processed further. This is useful in schemas where some
     * subpaths contain literal $ref keys that should not be changed.
     *
     * @type {function}
     */
    excludedPathMatcher: () => !1
  },
  /**
   * Determines the types of JSON references that are allowed.
   */
  dereference: {
    /**
     * Dereference circular (recursive) JSON references?
     * If false, then a {@link ReferenceError} will be thrown if a circular reference is found.
     * If "ignore", then circular references will not be dereferenced.
     *
     * @type {boolean|string}
     */
    circular: !0,
    /**
     * A function, called for each path, which can return true to stop this path and all
     * subpaths from being dereferenced further. This is useful in schemas where some
     * subpaths contain literal $ref keys that should not be dereferenced.
     *
     * @type {function}
     */
    excludedPathMatcher: () => !1,
    referenceResolution: "relative",
    mergeKeys: !0
  },
  mutateInputSchema: !0
}), getNewOptions = (options) => {
  let newOptions = getJsonSchemaRefParserDefaultOptions();
  return options && merge(newOptions, options), newOptions;
};
function merge(target, source) {
  if (isMergeable(source)) {
    let keys = Object.keys(source).filter((key) => !["__proto__", "constructor", "prototype"].includes(key));
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i], sourceSetting = source[key], targetSetting = target[key];
      isMergeable(sourceSetting) ? target[key] = merge(targetSetting || {}, sourceSetting) : sourceSetting !== void 0 && (target[key] = sourceSetting);
    }
  }
  return target;
}
function isMergeable(val) {
  return val && typeof val == "object" && !Array.isArray(val) && !(val instanceof RegExp) && !(val instanceof Date) && !(typeof Headers < "u" && val instanceof Headers);
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/normalize-args.js
function normalizeArgs(_args) {
  let path, schema, options, callback, args = Array.prototype.slice.call(_args);
  typeof args[args.length - 1] == "function" && (callback = args.pop()), typeof args[0] == "string" ? (path = args[0], typeof args[2] == "object" ? (schema = args[1], options = args[2]) : (schema = void 0, options = args[1])) : (path = "", schema = args[0], options = args[1]);
  try {
    options = getNewOptions(options);
  } catch (e) {
    console.error(`JSON Schema Ref Parser: Error normalizing options: ${e}`);
  }
  return !options.mutateInputSchema && typeof schema == "object" && (schema = JSON.parse(JSON.stringify(schema))), {
    path,
    schema,
    options,
    callback
  };
}
var normalize_args_default = normalizeArgs;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolve-external.js
function resolveExternal(parser, options) {
  if (!options.resolve?.external)
    return Promise.resolve();
  try {
    let rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path, promises = crawl(parser.schema, parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, parser.$refs, options);
    return Promise.all(promises);
  } catch (e) {
    return Promise.reject(e);
  }
}
function crawl(obj, path, scopeBase, dynamicIdScope, legacyIdScope, $refs, options, seen, external) {
  seen ||= /* @__PURE__ */ new Set();
  let promises = [];
  if (obj && typeof obj == "object" && !ArrayBuffer.isView(obj) && !seen.has(obj)) {
    seen.add(obj);
    let currentScopeBase = scopeBase;
    ref_default.isExternal$Ref(obj) && promises.push(resolve$Ref(obj, path, currentScopeBase, dynamicIdScope, $refs, options));
    let keys = Object.keys(obj);
    for (let key of keys) {
      let keyPath = pointer_default.join(path, key), value = obj[key], childLegacyIdScope = getSchemaIdMode(value, legacyIdScope), childScopeBase = dynamicIdScope && value && typeof value == "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
      promises = promises.concat(crawl(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, $refs, options, seen, external));
    }
  }
  return promises;
}
async function resolve$Ref($ref, path, scopeBase, dynamicIdScope, $refs, options) {
  let resolutionBase = options.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path, resolvedPath = resolve(resolutionBase, $ref.$ref), withoutHash = stripHash(resolvedPath), ref = $refs._get$Ref(withoutHash);
  if (ref)
    return Promise.resolve(ref.value);
  try {
    let reference = $ref.$ref, parseTarget = {
      url: resolvedPath,
      baseUrl: resolutionBase
    };
    typeof reference == "string" && (parseTarget.reference = reference);
    let result = await parse_default(parseTarget, $refs, options), parsedRef = $refs._get$Ref(withoutHash), parsedDynamicIdScope = parsedRef?.dynamicIdScope ?? !1, parsedLegacyIdScope = parsedRef?.legacyIdScope ?? !1, parsedScopeBase = parsedDynamicIdScope ? getSchemaBasePath(withoutHash, result, parsedLegacyIdScope) : withoutHash, promises = crawl(result, withoutHash + "#", parsedScopeBase, parsedDynamicIdScope, parsedLegacyIdScope, $refs, options, /* @__PURE__ */ new Set(), !0);
    return Promise.all(promises);
  } catch (err) {
    if (!options?.continueOnError || !isHandledError(err))
      throw err;
    return $refs._$refs[withoutHash] && (err.source = decodeURI(stripHash(path)), err.path = safePointerToPath(getHash(path))), [];
  }
}
var resolve_external_default = resolveExternal;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/bundle.js
function bundle(parser, options) {
  let rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path, inventory = [], embeddedResourcePaths = /* @__PURE__ */ new Set([stripHash(parser.$refs._root$Ref.path), stripHash(rootScopeBase)]);
  crawl2(parser, "schema", parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, !1, "#", 0, inventory, parser.$refs, options, embeddedResourcePaths, /* @__PURE__ */ new Set());
  let rootId = getSchemaId(parser.schema, parser.$refs._root$Ref.legacyIdScope);
  remap(inventory, options, rootId, rootScopeBase), (options.bundle || {}).optimizeInternalRefs !== !1 && fixRefsThroughRefs(inventory, parser.schema);
}
function crawl2(parent, key, path, scopeBase, dynamicIdScope, legacyIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
  let obj = key === null ? parent : parent[key], bundleOptions = options.bundle || {}, isExcludedPath = bundleOptions.excludedPathMatcher || (() => !1);
  if (obj && typeof obj == "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot) && !seen.has(obj)) {
    seen.add(obj);
    let currentScopeBase = scopeBase;
    if (ref_default.isAllowed$Ref(obj, options))
      inventory$Ref(parent, key, path, currentScopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen);
    else {
      let keys = Object.keys(obj).sort((a, b) => a === "definitions" || a === "$defs" ? -1 : b === "definitions" || b === "$defs" ? 1 : a.length - b.length);
      for (let key2 of keys) {
        let keyPath = pointer_default.join(path, key2), keyPathFromRoot = pointer_default.join(pathFromRoot, key2), value = obj[key2], childLegacyIdScope = getSchemaIdMode(value, legacyIdScope), childScopeBase = dynamicIdScope && value && typeof value == "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase, childHasSchemaIdentifier = dynamicIdScope && hasSchemaIdentifier(value, childLegacyIdScope), childNestedIdScope = nestedIdScope || childHasSchemaIdentifier, childEmbeddedResourcePaths = embeddedResourcePaths;
        childHasSchemaIdentifier && (childEmbeddedResourcePaths = new Set(embeddedResourcePaths), childEmbeddedResourcePaths.add(stripHash(childScopeBase))), ref_default.isAllowed$Ref(value, options) ? inventory$Ref(obj, key2, keyPath, childScopeBase, dynamicIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen) : crawl2(obj, key2, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen), value && typeof value == "object" && !Array.isArray(value) && "$ref" in value && bundleOptions?.onBundle?.(value.$ref, obj[key2], obj, key2);
      }
    }
  }
}
function inventory$Ref($refParent, $refKey, path, scopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
  let $ref = $refKey === null ? $refParent : $refParent[$refKey], resolutionBase = ref_default.isExternal$Ref($ref) && options.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path, $refPath = resolve(resolutionBase, $ref.$ref), pointer = $refs._resolve($refPath, pathFromRoot, options);
  if (pointer === null)
    return;
  let depth = pointer_default.parse(pathFromRoot).length, file = stripHash(pointer.path), hash = getHash(pointer.path), alias = $refs._aliases[file], aliasIsInRootSchema = !!(alias && containsObject($refs._root$Ref.value, pointer.$ref.value)), external = file !== $refs._root$Ref.path && !embeddedResourcePaths.has(file) && !aliasIsInRootSchema, nestedResource = !!alias && pointer.$ref.value !== $refs._root$Ref.value, targetResourceId = getSchemaId(pointer.$ref.value, pointer.$ref.legacyIdScope), targetResourceBase = alias ? pointer.$ref.path : pointer.$ref.dynamicIdScope ? getSchemaBasePath(pointer.$ref.path, pointer.$ref.value, pointer.$ref.legacyIdScope) : pointer.$ref.path, extended = ref_default.isExtended$Ref($ref);
  indirections += pointer.indirections;
  let existingEntry = findInInventory(inventory, $refParent, $refKey);
  if (existingEntry)
    if (depth < existingEntry.depth || indirections < existingEntry.indirections)
      removeFromInventory(inventory, existingEntry);
    else
      return;
  if (inventory.push({
    $ref,
    // The JSON Reference (e.g. {$ref: string})
    parent: $refParent,
    // The object that contains this $ref pointer
    key: $refKey,
    // The key in `parent` that is the $ref pointer
    pathFromRoot,
    // The path to the $ref pointer, from the JSON Schema root
    depth,
    // How far from the JSON Schema root is this $ref pointer?
    file,
    // The file that the $ref pointer resolves to
    hash,
    // The hash within `file` that the $ref pointer resolves to
    value: pointer.value,
    // The resolved value of the $ref pointer
    circular: pointer.circular,
    // Is this $ref pointer DIRECTLY circular? (i.e. it references itself)
    extended,
    // Does this $ref extend its resolved value? (i.e. it has extra properties, in addition to "$ref")
    external,
    // Does this $ref pointer point to a file other than the main JSON Schema file?
    nestedResource,
    // Does this $ref resolve to an embedded schema resource with its own $id?
    indirections,
    // The number of indirect references that were traversed to resolve the value
    scopeBase,
    // The active schema-resource base at the location of this $ref
    dynamicIdScope,
    // Whether this $ref uses nested JSON Schema $id scopes
    nestedIdScope,
    // Whether this $ref will remain inside a non-root $id scope after bundling
    targetResourceBase,
    // The canonical URI of the resource containing the target
    ...targetResourceId === void 0 ? {} : { targetResourceId }
  }), !existingEntry || external) {
    let resolvedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path, resolvedNestedIdScope = nestedIdScope || pointer.$ref.dynamicIdScope && hasSchemaIdentifier(pointer.value, pointer.legacyIdScope), resolvedEmbeddedResourcePaths = new Set(embeddedResourcePaths);
    pointer.value === pointer.$ref.value && hasSchemaIdentifier(pointer.$ref.value, pointer.$ref.legacyIdScope) && (resolvedEmbeddedResourcePaths.add(stripHash(pointer.$ref.path)), resolvedEmbeddedResourcePaths.add(stripHash(resolvedScopeBase))), crawl2(pointer.value, null, pointer.path, resolvedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, resolvedNestedIdScope, pathFromRoot, indirections + 1, inventory, $refs, options, resolvedEmbeddedResourcePaths, seen);
  }
}
function remap(inventory, options, rootId, rootScopeBase) {
  inventory.sort((a, b) => {
    if (a.file !== b.file)
      return a.file < b.file ? -1 : 1;
    if (a.hash !== b.hash)
      return a.hash < b.hash ? -1 : 1;
    if (a.circular !== b.circular)
      return a.circular ? -1 : 1;
    if (a.extended !== b.extended)
      return a.extended ? 1 : -1;
    if (a.indirections !== b.indirections)
      return a.indirections - b.indirections;
    if (a.depth !== b.depth)
      return a.depth - b.depth;
    {
      let aDefinitionsIndex = Math.max(a.pathFromRoot.lastIndexOf("/definitions"), a.pathFromRoot.lastIndexOf("/$defs")), bDefinitionsIndex = Math.max(b.pathFromRoot.lastIndexOf("/definitions"), b.pathFromRoot.lastIndexOf("/$defs"));
      return aDefinitionsIndex !== bDefinitionsIndex ? bDefinitionsIndex - aDefinitionsIndex : a.pathFromRoot.length - b.pathFromRoot.length;
    }
  });
  let file, hash, pathFromRoot;
  for (let entry of inventory) {
    let bundleOpts = options.bundle || {};
    if (entry.external)
      if (entry.file === file && entry.hash === hash)
        entry.$ref.$ref = qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase);
      else if (entry.file === file && entry.hash.indexOf(hash + "/") === 0) {
        let subPath = pointer_default.join(pathFromRoot, pointer_default.parse(entry.hash.replace(hash, "#")));
        entry.$ref.$ref = qualifyPathFromRoot(entry, subPath, rootId, rootScopeBase);
      } else
        file = entry.file, hash = entry.hash, pathFromRoot = entry.pathFromRoot, entry.$ref = entry.parent[entry.key] = ref_default.dereference(entry.$ref, entry.value, options), entry.circular && (entry.$ref.$ref = entry.pathFromRoot);
    else if (bundleOpts.optimizeInternalRefs !== !1) {
      let targetResourceBase = stripHash(entry.targetResourceBase), locationResourceBase = stripHash(entry.scopeBase);
      targetResourceBase !== locationResourceBase ? entry.$ref.$ref = referenceToResource(entry) : entry.nestedResource || (entry.$ref.$ref = entry.hash);
    }
  }
}
function findInInventory(inventory, $refParent, $refKey) {
  for (let existingEntry of inventory)
    if (existingEntry && existingEntry.parent === $refParent && existingEntry.key === $refKey)
      return existingEntry;
}
function removeFromInventory(inventory, entry) {
  let index = inventory.indexOf(entry);
  inventory.splice(index, 1);
}
function fixRefsThroughRefs(inventory, schema) {
  for (let entry of inventory) {
    if (!entry.$ref || typeof entry.$ref != "object" || !("$ref" in entry.$ref))
      continue;
    let refValue = entry.$ref.$ref;
    if (typeof refValue != "string" || !refValue.startsWith("#/"))
      continue;
    let fixedPath = resolvePathThroughRefs(schema, refValue);
    fixedPath !== refValue && (entry.$ref.$ref = fixedPath);
  }
}
function resolvePathThroughRefs(schema, refPath) {
  if (!refPath.startsWith("#/"))
    return refPath;
  let segments = refPath.slice(2).split("/"), current = schema, resolvedSegments = [];
  for (let seg of segments) {
    if (current == null || typeof current != "object")
      return refPath;
    let decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!Object.prototype.hasOwnProperty.call(current, decoded) && "$ref" in current && typeof current.$ref == "string" && current.$ref.startsWith("#/")) {
      let targetSegments = current.$ref.slice(2).split("/");
      if (resolvedSegments.length = 0, resolvedSegments.push(...targetSegments), current = walkPath(schema, current.$ref), current == null || typeof current != "object")
        return refPath;
    }
    let idx = Array.isArray(current) ? parseInt(decoded) : decoded;
    current = current[idx], resolvedSegments.push(seg);
  }
  return "#/" + resolvedSegments.join("/");
}
function walkPath(schema, path) {
  if (!path.startsWith("#/"))
    return;
  let segments = path.slice(2).split("/"), current = schema;
  for (let seg of segments) {
    if (current == null || typeof current != "object")
      return;
    let decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~"), idx = Array.isArray(current) ? parseInt(decoded) : decoded;
    current = current[idx];
  }
  return current;
}
function qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase) {
  if (!entry.dynamicIdScope || !entry.nestedIdScope || !rootScopeBase)
    return pathFromRoot;
  let rootResource = rootScopeBase;
  return rootId && stripHash(resolve(entry.scopeBase, rootId)) === stripHash(rootScopeBase) && (rootResource = rootId), stripHash(rootResource) + pathFromRoot;
}
function referenceToResource(entry) {
  let resourceReference = stripHash(entry.targetResourceBase);
  return typeof entry.$ref.$ref == "string" && stripHash(resolve(entry.scopeBase, entry.$ref.$ref)) === resourceReference ? entry.$ref.$ref : (entry.targetResourceId && stripHash(resolve(entry.scopeBase, entry.targetResourceId)) === resourceReference && (resourceReference = entry.targetResourceId), entry.hash === "#" ? resourceReference : resourceReference + entry.hash);
}
function hasSchemaIdentifier(value, legacyIdScope = !1) {
  return getSchemaId(value, legacyIdScope) !== void 0;
}
function containsObject(root, target) {
  if (!target || typeof target != "object")
    return !1;
  let seen = /* @__PURE__ */ new Set(), visit = (value) => value === target ? !0 : !value || typeof value != "object" || ArrayBuffer.isView(value) || seen.has(value) ? !1 : (seen.add(value), Object.keys(value).some((key) => visit(value[key])));
  return visit(root);
}
var bundle_default = bundle;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/dereference.js
var dereference_default = dereference;
function dereference(parser, options) {
  let start = Date.now(), rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path, dereferenced = crawl3(parser.schema, parser.$refs._root$Ref.path, rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, "#", /* @__PURE__ */ new Set(), /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), parser.$refs, options, start, 0);
  parser.$refs.circular = dereferenced.circular, parser.schema = dereferenced.value;
}
function crawl3(obj, path, scopeBase, dynamicIdScope, legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
  let dereferenced, result = {
    value: obj,
    circular: !1
  };
  checkDereferenceTimeout(startTime, options);
  let derefOptions = options.dereference || {}, maxDepth = derefOptions.maxDepth ?? 500;
  if (depth > maxDepth)
    throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pathFromRoot}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
  let isExcludedPath = derefOptions.excludedPathMatcher || (() => !1);
  if ((derefOptions?.circular === "ignore" || !processedObjects.has(obj)) && obj && typeof obj == "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot)) {
    parents.add(obj), processedObjects.add(obj);
    let currentScopeBase = scopeBase;
    if (ref_default.isAllowed$Ref(obj, options))
      dereferenced = dereference$Ref(obj, path, currentScopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth), result.circular = dereferenced.circular, result.value = dereferenced.value;
    else
      for (let key of Object.keys(obj)) {
        checkDereferenceTimeout(startTime, options);
        let keyPath = pointer_default.join(path, key), keyPathFromRoot = pointer_default.join(pathFromRoot, key);
        if (isExcludedPath(keyPathFromRoot))
          continue;
        let value = obj[key], childLegacyIdScope = getSchemaIdMode(value, legacyIdScope), childScopeBase = dynamicIdScope && value && typeof value == "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase, circular;
        if (ref_default.isAllowed$Ref(value, options)) {
          if (dereferenced = dereference$Ref(value, keyPath, childScopeBase, dynamicIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth), circular = dereferenced.circular, obj[key] !== dereferenced.value) {
            let preserved = /* @__PURE__ */ new Map();
            derefOptions?.preservedProperties && typeof obj[key] == "object" && !Array.isArray(obj[key]) && derefOptions?.preservedProperties.forEach((prop) => {
              prop in obj[key] && preserved.set(prop, obj[key][prop]);
            });
            let assignedValue = dereferenced.value;
            derefOptions?.cloneReferences && !circular && assignedValue && typeof assignedValue == "object" && (assignedValue = structuredClone(assignedValue)), obj[key] = assignedValue, derefOptions?.preservedProperties && preserved.size && typeof obj[key] == "object" && !Array.isArray(obj[key]) && preserved.forEach((value2, prop) => {
              obj[key][prop] = value2;
            }), derefOptions?.onDereference?.(value.$ref, obj[key], obj, key);
          }
        } else
          parents.has(value) ? circular = foundCircularReference(keyPath, $refs, options) : (dereferenced = crawl3(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1), circular = dereferenced.circular, obj[key] !== dereferenced.value && (obj[key] = dereferenced.value));
        result.circular = result.circular || circular;
      }
    parents.delete(obj);
  }
  return result;
}
function dereference$Ref($ref, path, scopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
  let resolutionBase = ref_default.isExternal$Ref($ref) && options?.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path, $refPath = resolve(resolutionBase, $ref.$ref), cache = dereferencedCache.get($refPath);
  if (cache) {
    if (cache.circular)
      if (typeof cache.value == "object" && "$ref" in cache.value && "$ref" in $ref) {
        if (cache.value.$ref === $ref.$ref)
          return foundCircularReference(path, $refs, options), cache;
      } else
        return foundCircularReference(path, $refs, options), cache;
    else if (!ref_default.isExtended$Ref($ref))
      return cache;
  }
  let pointer = $refs._resolve($refPath, path, options);
  if (pointer === null)
    return {
      circular: !1,
      value: null
    };
  let directCircular = pointer.circular, circular = directCircular || pointer.chainCircular || parents.has(pointer.value);
  circular && foundCircularReference(path, $refs, options);
  let dereferencedValue = ref_default.dereference($ref, pointer.value, options);
  if (!circular) {
    let dereferencedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path, dereferenced = crawl3(dereferencedValue, pointer.path, dereferencedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1);
    circular = dereferenced.circular, dereferencedValue = dereferenced.value;
  }
  circular && !directCircular && options.dereference?.circular === "ignore" && (dereferencedValue = $ref), directCircular && dereferencedValue !== $ref && (dereferencedValue.$ref = pathFromRoot);
  let dereferencedObject = {
    circular,
    value: dereferencedValue
  };
  return Object.keys($ref).length === 1 && dereferencedCache.set($refPath, dereferencedObject), dereferencedObject;
}
function checkDereferenceTimeout(startTime, options) {
  if (options && options.timeoutMs && Date.now() - startTime > options.timeoutMs)
    throw new TimeoutError(options.timeoutMs);
}
function foundCircularReference(keyPath, $refs, options) {
  if ($refs.circular = !0, options?.dereference?.onCircular?.(keyPath), !options.dereference.circular)
    throw new ReferenceError(`Circular $ref pointer found at ${keyPath}`);
  return !0;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/next.js
function makeNext() {
  return typeof process == "object" && typeof process.nextTick == "function" ? process.nextTick : typeof setImmediate == "function" ? setImmediate : function(f) {
    setTimeout(f, 0);
  };
}
var next_default = makeNext();

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/maybe.js
function maybe(cb, promise) {
  if (cb) {
    promise.then(function(result) {
      next_default(function() {
        cb(null, result);
      });
    }, function(err) {
      next_default(function() {
        cb(err);
      });
    });
    return;
  } else
    return promise;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/index.js
var $RefParser = class _$RefParser {
  /**
   * The parsed (and possibly dereferenced) JSON schema object
   *
   * @type {object}
   * @readonly
   */
  schema = null;
  /**
   * The resolved JSON references
   *
   * @type {$Refs}
   * @readonly
   */
  $refs = new $Refs();
  async parse() {
    let args = normalize_args_default(arguments), promise, hasSchema = args.schema !== void 0 && args.schema !== null;
    if (!args.path && !hasSchema) {
      let err = new Error(`Expected a file path, URL, or object. Got ${args.path || args.schema}`);
      return maybe(args.callback, Promise.reject(err));
    }
    this.schema = null, this.$refs = new $Refs();
    let pathType = "http";
    if (isFileSystemPath(args.path) && (args.path = fromFileSystemPath(args.path), pathType = "file"), args.path = resolve(cwd(), args.path), hasSchema && (typeof args.schema == "object" || typeof args.schema == "boolean")) {
      let $ref = this.$refs._add(args.path);
      $ref.value = args.schema, $ref.pathType = pathType, $ref.dynamicIdScope = usesDynamicIdScope($ref.value), $ref.legacyIdScope = getSchemaIdMode($ref.value), registerSchemaResources(this.$refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope), promise = Promise.resolve(args.schema);
    } else
      promise = parse_default(args.path, this.$refs, args.options);
    try {
      let result = await promise;
      if (typeof result == "boolean" || result !== null && typeof result == "object" && !Buffer.isBuffer(result))
        return this.schema = result, maybe(args.callback, Promise.resolve(this.schema));
      if (args.options.continueOnError)
        return this.schema = null, maybe(args.callback, Promise.resolve(this.schema));
      throw new SyntaxError(`"${this.$refs._root$Ref.path || result}" is not a valid JSON Schema`);
    } catch (err) {
      return !args.options.continueOnError || !isHandledError(err) ? maybe(args.callback, Promise.reject(err)) : (this.$refs._$refs[stripHash(args.path)] && this.$refs._$refs[stripHash(args.path)].addError(err), maybe(args.callback, Promise.resolve(null)));
    }
  }
  static parse() {
    let parser = new _$RefParser();
    return parser.parse.apply(parser, arguments);
  }
  async resolve() {
    let args = normalize_args_default(arguments);
    try {
      return await this.parse(args.path, args.schema, args.options), await resolve_external_default(this, args.options), finalize(this), maybe(args.callback, Promise.resolve(this.$refs));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
  static resolve() {
    let instance = new _$RefParser();
    return instance.resolve.apply(instance, arguments);
  }
  static bundle() {
    let instance = new _$RefParser();
    return instance.bundle.apply(instance, arguments);
  }
  async bundle() {
    let args = normalize_args_default(arguments);
    try {
      return await this.resolve(args.path, args.schema, args.options), bundle_default(this, args.options), finalize(this), maybe(args.callback, Promise.resolve(this.schema));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
  static dereference() {
    let instance = new _$RefParser();
    return instance.dereference.apply(instance, arguments);
  }
  async dereference() {
    let args = normalize_args_default(arguments);
    try {
      return await this.resolve(args.path, args.schema, args.options), dereference_default(this, args.options), finalize(this), maybe(args.callback, Promise.resolve(this.schema));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
}, lib_default = $RefParser;
function finalize(parser) {
  if (JSONParserErrorGroup.getParserErrors(parser).length > 0)
    throw new JSONParserErrorGroup(parser);
}
var parse3 = $RefParser.parse, resolve2 = $RefParser.resolve, bundle2 = $RefParser.bundle, dereference2 = $RefParser.dereference;
export {
  $RefParser,
  $Refs,
  file_default as FileResolver,
  http_default as HTTPResolver,
  InvalidPointerError,
  JSONParserError,
  JSONParserErrorGroup,
  MissingPointerError,
  ParserError,
  ResolverError,
  UnmatchedParserError,
  UnmatchedResolverError,
  bundle2 as bundle,
  lib_default as default,
  dereference2 as dereference,
  dereference_default as dereferenceInternal,
  getJsonSchemaRefParserDefaultOptions,
  isHandledError,
  isUnsafeUrl,
  normalize_args_default as jsonSchemaParserNormalizeArgs,
  parse3 as parse,
  resolve2 as resolve
};
