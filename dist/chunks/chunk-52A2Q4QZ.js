import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/assess/contracts/detect.ts
import path from "node:path";
var PROTOBUF_NAME = /\.proto$/i, GRAPHQL_NAME = /\.(?:graphqls?|gql)$/i, OPENAPI_NAME = /(?:^|\/)(?:(?:openapi|swagger)\.(?:json|ya?ml)|[^/]*\.openapi\.(?:json|ya?ml))$/i, OAS_LIKE_NAME = /(?:^|\/)[^/]*oas[^/]*\.ya?ml$/i, JSON_OR_YAML = /\.(?:json|ya?ml)$/i, JSON_NAME = /\.json$/i, CONTRACT_FOLDER = /(?:^|\/)(?:apis?|specs?|openapi|swagger)\//i, YAML_OPENAPI_KEY = /^["']?(?:openapi|swagger)["']?\s*:/m, GRAPHQL_SNIFF = /^\s*(?:type|schema|extend|input|interface|union|enum|scalar|directive)\s+[\w@{]/m, PROTOBUF_SNIFF = /^\s*(?:syntax|edition)\s*=\s*["']|^\s*(?:message|service)\s+\w+\s*\{/m;
function toPosix(filePath) {
  return filePath.includes("\\") ? filePath.replaceAll("\\", "/") : filePath;
}
function looksLikeOpenApi(filePath, content) {
  if (!content.includes("openapi") && !content.includes("swagger")) return !1;
  if (JSON_NAME.test(filePath) || content.trimStart().startsWith("{"))
    try {
      let parsed = JSON.parse(content);
      return parsed === null || typeof parsed != "object" || Array.isArray(parsed) ? !1 : "openapi" in parsed || "swagger" in parsed;
    } catch {
    }
  return YAML_OPENAPI_KEY.test(content);
}
function kindByName(posixPath) {
  return PROTOBUF_NAME.test(posixPath) ? "protobuf" : GRAPHQL_NAME.test(posixPath) ? "graphql" : OPENAPI_NAME.test(posixPath) ? "openapi" : null;
}
function kindByContent(posixPath, content) {
  return JSON_OR_YAML.test(posixPath) ? looksLikeOpenApi(posixPath, content) ? "openapi" : null : PROTOBUF_SNIFF.test(content) ? "protobuf" : GRAPHQL_SNIFF.test(content) ? "graphql" : null;
}
var GLOB_SPECIAL = /[*?[\]{}!\\()+@]/, compiledGlobs = /* @__PURE__ */ new Map();
function compileGlob(glob) {
  let compiled = compiledGlobs.get(glob);
  if (!compiled) {
    let first = glob.search(GLOB_SPECIAL), last = -1;
    for (let i = glob.length - 1; i >= 0; i--)
      if (GLOB_SPECIAL.test(glob[i])) {
        last = i;
        break;
      }
    compiled = first < 0 ? { glob, prefix: glob, suffix: "" } : { glob, prefix: glob.slice(0, first), suffix: glob.slice(last + 1) }, compiledGlobs.size < 1e3 && compiledGlobs.set(glob, compiled);
  }
  return compiled;
}
function matchesAnyGlob(posixPath, globs) {
  for (let glob of globs) {
    let { prefix, suffix } = compileGlob(glob);
    if (!(!posixPath.startsWith(prefix) || !posixPath.endsWith(suffix)) && path.posix.matchesGlob(posixPath, glob))
      return !0;
  }
  return !1;
}
function detectContract(filePath, extraGlobs, content) {
  let posixPath = toPosix(filePath), byName = kindByName(posixPath);
  return byName || (OAS_LIKE_NAME.test(posixPath) && (content === void 0 || looksLikeOpenApi(posixPath, content)) ? "openapi" : extraGlobs.length > 0 && matchesAnyGlob(posixPath, extraGlobs) ? content !== void 0 ? kindByContent(posixPath, content) : JSON_OR_YAML.test(posixPath) ? "openapi" : null : content !== void 0 && JSON_OR_YAML.test(posixPath) && looksLikeOpenApi(posixPath, content) ? "openapi" : null);
}
function mightBeContract(filePath) {
  let posixPath = toPosix(filePath);
  return JSON_OR_YAML.test(posixPath) && CONTRACT_FOLDER.test(posixPath) && kindByName(posixPath) === null;
}

export {
  looksLikeOpenApi,
  detectContract,
  mightBeContract
};
