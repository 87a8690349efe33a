/**
 * Which changed files are API contracts. Runs over every path of a change set (20,000 in the
 * benchmark), so the name rules are a few precompiled regular expressions and content is only
 * looked at when the caller already has it.
 */
import path from 'node:path';

export type ContractKind = 'openapi' | 'graphql' | 'protobuf';

const PROTOBUF_NAME = /\.proto$/i;
const GRAPHQL_NAME = /\.(?:graphqls?|gql)$/i;
// Conventional OpenAPI file names: certain enough to skip the content sniff.
const OPENAPI_NAME = /(?:^|\/)(?:(?:openapi|swagger)\.(?:json|ya?ml)|[^/]*\.openapi\.(?:json|ya?ml))$/i;
// `*oas*.yaml` also matches words such as "toast.yaml", so with content at hand it must sniff as OpenAPI.
const OAS_LIKE_NAME = /(?:^|\/)[^/]*oas[^/]*\.ya?ml$/i;
const JSON_OR_YAML = /\.(?:json|ya?ml)$/i;
const JSON_NAME = /\.json$/i;
// Folders where API descriptions usually live under arbitrary names.
const CONTRACT_FOLDER = /(?:^|\/)(?:apis?|specs?|openapi|swagger)\//i;

// A top-level key starts in column 0 in YAML; quoted keys are legal too.
const YAML_OPENAPI_KEY = /^["']?(?:openapi|swagger)["']?\s*:/m;
const GRAPHQL_SNIFF = /^\s*(?:type|schema|extend|input|interface|union|enum|scalar|directive)\s+[\w@{]/m;
const PROTOBUF_SNIFF = /^\s*(?:syntax|edition)\s*=\s*["']|^\s*(?:message|service)\s+\w+\s*\{/m;

function toPosix(filePath: string): string {
  return filePath.includes('\\') ? filePath.replaceAll('\\', '/') : filePath;
}

/** True when the text (YAML or JSON) has a top-level `openapi` or `swagger` key. */
export function looksLikeOpenApi(filePath: string, content: string): boolean {
  if (!content.includes('openapi') && !content.includes('swagger')) return false;
  if (JSON_NAME.test(filePath) || content.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(content);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
      return 'openapi' in parsed || 'swagger' in parsed;
    } catch {
      // Not JSON after all (YAML flow mapping, or broken): fall through to the YAML check.
    }
  }
  return YAML_OPENAPI_KEY.test(content);
}

function kindByName(posixPath: string): ContractKind | null {
  if (PROTOBUF_NAME.test(posixPath)) return 'protobuf';
  if (GRAPHQL_NAME.test(posixPath)) return 'graphql';
  if (OPENAPI_NAME.test(posixPath)) return 'openapi';
  return null;
}

/** For a path the user declared a contract but whose name says nothing: infer the kind from content. */
function kindByContent(posixPath: string, content: string): ContractKind | null {
  if (JSON_OR_YAML.test(posixPath)) return looksLikeOpenApi(posixPath, content) ? 'openapi' : null;
  if (PROTOBUF_SNIFF.test(content)) return 'protobuf';
  if (GRAPHQL_SNIFF.test(content)) return 'graphql';
  return null;
}

interface CompiledGlob {
  glob: string;
  /** Literal text every match starts with, and ends with: a cheap necessary condition. */
  prefix: string;
  suffix: string;
}

const GLOB_SPECIAL = /[*?[\]{}!\\()+@]/;
const compiledGlobs = new Map<string, CompiledGlob>();

// `path.matchesGlob` builds a matcher on every call; most paths fail the literal prefix or suffix
// of a glob (`contracts/`, `.yaml`), so those are checked first and the matcher runs rarely.
function compileGlob(glob: string): CompiledGlob {
  let compiled = compiledGlobs.get(glob);
  if (!compiled) {
    const first = glob.search(GLOB_SPECIAL);
    let last = -1;
    for (let i = glob.length - 1; i >= 0; i--) {
      if (GLOB_SPECIAL.test(glob[i]!)) {
        last = i;
        break;
      }
    }
    compiled =
      first < 0
        ? { glob, prefix: glob, suffix: '' }
        : { glob, prefix: glob.slice(0, first), suffix: glob.slice(last + 1) };
    if (compiledGlobs.size < 1000) compiledGlobs.set(glob, compiled);
  }
  return compiled;
}

function matchesAnyGlob(posixPath: string, globs: readonly string[]): boolean {
  for (const glob of globs) {
    const { prefix, suffix } = compileGlob(glob);
    if (!posixPath.startsWith(prefix) || !posixPath.endsWith(suffix)) continue;
    if (path.posix.matchesGlob(posixPath, glob)) return true;
  }
  return false;
}

/**
 * The contract kind of a file, or null. Name rules first; user globs (`path.matchesGlob` syntax)
 * and the content sniff decide files whose names are not conventional.
 */
export function detectContract(
  filePath: string,
  extraGlobs: string[],
  content?: string
): ContractKind | null {
  const posixPath = toPosix(filePath);
  const byName = kindByName(posixPath);
  if (byName) return byName;

  if (OAS_LIKE_NAME.test(posixPath) && (content === undefined || looksLikeOpenApi(posixPath, content))) {
    return 'openapi';
  }
  if (extraGlobs.length > 0 && matchesAnyGlob(posixPath, extraGlobs)) {
    if (content !== undefined) return kindByContent(posixPath, content);
    // Declared a contract by the user: a JSON/YAML file is taken as OpenAPI, the only such kind.
    return JSON_OR_YAML.test(posixPath) ? 'openapi' : null;
  }
  if (content !== undefined && JSON_OR_YAML.test(posixPath) && looksLikeOpenApi(posixPath, content)) {
    return 'openapi';
  }
  return null;
}

/**
 * True for JSON/YAML files in API-ish folders that the name rules cannot decide: the caller reads
 * only these and asks `detectContract` again with their content.
 */
export function mightBeContract(filePath: string): boolean {
  const posixPath = toPosix(filePath);
  return JSON_OR_YAML.test(posixPath) && CONTRACT_FOLDER.test(posixPath) && kindByName(posixPath) === null;
}
