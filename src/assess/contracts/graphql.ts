/**
 * GraphQL SDL in the rollback direction, with @graphql-inspector/core doing the diff: its
 * criticality levels map straight onto severities. Subgraph schemas (Apollo Federation and the
 * like) use directives and types they never define, so the SDL is completed before it is built.
 */
import type { DefinitionNode, DocumentNode, GraphQLSchema, Location } from 'graphql';
import {
  changeAdvice,
  ContractParseError,
  dangerAdvice,
  errorMessage,
  INFO_ADVICE,
  removalAdvice,
  requirementAdvice,
  type ContractChange,
  type ContractFinding,
  type ContractInventory
} from './finding.js';
import { changedDefinitions } from './graphql-chunks.js';

type GraphQL = typeof import('graphql');

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

// Directives a client can write in a query; changes to any other directive only matter to tooling.
const EXECUTABLE_LOCATIONS = new Set([
  'QUERY',
  'MUTATION',
  'SUBSCRIPTION',
  'FIELD',
  'FRAGMENT_DEFINITION',
  'FRAGMENT_SPREAD',
  'INLINE_FRAGMENT',
  'VARIABLE_DEFINITION'
]);

const EXTENSION_TO_DEFINITION: Record<string, string> = {
  ObjectTypeExtension: 'ObjectTypeDefinition',
  InterfaceTypeExtension: 'InterfaceTypeDefinition',
  InputObjectTypeExtension: 'InputObjectTypeDefinition',
  EnumTypeExtension: 'EnumTypeDefinition',
  UnionTypeExtension: 'UnionTypeDefinition',
  ScalarTypeExtension: 'ScalarTypeDefinition'
};

interface ParsedSdl {
  document: DocumentNode;
  schema: GraphQLSchema;
}

function definedName(definition: DefinitionNode): string | null {
  return 'name' in definition && definition.name && !definition.kind.endsWith('Extension')
    ? definition.name.value
    : null;
}

/**
 * A subgraph may `extend type User` that another subgraph defines, and reference scalars such as
 * `_Any` or `link__Import` from its gateway: turn the first such extension into a definition and
 * declare missing named types as scalars, so the schema builds and the diff sees every field.
 */
function completeSubgraph(
  graphql: GraphQL,
  document: DocumentNode,
  alsoDeclare: ReadonlySet<string> = new Set()
): DocumentNode {
  const defined = new Set(
    document.definitions.map(definedName).filter((name): name is string => name !== null)
  );
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    const definitionKind = EXTENSION_TO_DEFINITION[definition.kind];
    if (definitionKind && 'name' in definition && definition.name && !defined.has(definition.name.value)) {
      defined.add(definition.name.value);
      definitions.push({ ...definition, kind: definitionKind } as unknown as DefinitionNode);
    } else {
      definitions.push(definition);
    }
  }
  for (const name of new Set([...referencedNames(graphql, document), ...alsoDeclare])) {
    if (defined.has(name) || BUILT_IN_SCALARS.has(name)) continue;
    definitions.push({
      kind: graphql.Kind.SCALAR_TYPE_DEFINITION,
      name: { kind: graphql.Kind.NAME, value: name }
    });
  }
  return { ...document, definitions };
}

function referencedNames(graphql: GraphQL, document: DocumentNode): Set<string> {
  const referenced = new Set<string>();
  graphql.visit(document, {
    NamedType(node) {
      referenced.add(node.name.value);
    }
  });
  return referenced;
}

function parseDocument(graphql: GraphQL, text: string, side: 'head' | 'base', reduced = false): DocumentNode {
  try {
    // A reduced side (changedDefinitions) may keep nothing: an empty schema, not a syntax error.
    // A whole file that is empty is one (graphql says so), and the finding says the file is empty.
    return reduced && text.trim() === ''
      ? { kind: graphql.Kind.DOCUMENT, definitions: [] }
      : graphql.parse(text);
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
}

function buildSdl(
  graphql: GraphQL,
  document: DocumentNode,
  side: 'head' | 'base',
  alsoDeclare?: ReadonlySet<string>
): ParsedSdl {
  try {
    // Undefined directives (@key, @shareable, @link...) are fine: validation is what rejects them.
    const schema = graphql.buildASTSchema(completeSubgraph(graphql, document, alsoDeclare), {
      assumeValidSDL: true,
      assumeValid: true
    });
    return { document, schema };
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
}

function parseSdl(graphql: GraphQL, text: string, side: 'head' | 'base'): ParsedSdl {
  return buildSdl(graphql, parseDocument(graphql, text, side), side);
}

/**
 * Reduced sides reference types that neither keeps (unchanged, so blanked on both): they are
 * declared on both sides alike, so that a reference one side dropped does not read as a change.
 */
function parseReduced(
  graphql: GraphQL,
  head: string,
  base: string
): { headSdl: ParsedSdl; baseSdl: ParsedSdl } {
  const headDoc = parseDocument(graphql, head, 'head', true);
  const baseDoc = parseDocument(graphql, base, 'base', true);
  const defined = new Set(
    [...headDoc.definitions, ...baseDoc.definitions]
      .map((definition) => ('name' in definition && definition.name ? definition.name.value : null))
      .filter((name): name is string => name !== null)
  );
  const standIns = new Set(
    [...referencedNames(graphql, headDoc), ...referencedNames(graphql, baseDoc)].filter(
      (name) => !defined.has(name) && !BUILT_IN_SCALARS.has(name)
    )
  );
  return {
    headSdl: buildSdl(graphql, headDoc, 'head', standIns),
    baseSdl: buildSdl(graphql, baseDoc, 'base', standIns)
  };
}

/**
 * Line of every element an inspector path can name: `Type`, `Type.field`, `Type.field.arg`, `@dir`.
 * Names, not nodes: a node's location starts at its description, lines above the element.
 */
function lineIndex(graphql: GraphQL, document: DocumentNode): Map<string, number> {
  const lines = new Map<string, number>();
  const remember = (key: string, loc: Location | undefined): void => {
    if (loc && !lines.has(key)) lines.set(key, loc.startToken.line);
  };
  for (const definition of document.definitions) {
    if (definition.kind === graphql.Kind.DIRECTIVE_DEFINITION) {
      remember(`@${definition.name.value}`, definition.name.loc);
      for (const arg of definition.arguments ?? [])
        remember(`@${definition.name.value}.${arg.name.value}`, arg.name.loc);
      continue;
    }
    if (!('name' in definition) || !definition.name) continue;
    const typeName = definition.name.value;
    remember(typeName, definition.name.loc);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        remember(`${typeName}.${field.name.value}`, field.name.loc);
        for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
          remember(`${typeName}.${field.name.value}.${arg.name.value}`, arg.name.loc);
        }
      }
    }
    if ('values' in definition) {
      for (const value of definition.values ?? [])
        remember(`${typeName}.${value.name.value}`, value.name.loc);
    }
  }
  return lines;
}

function lineOfPath(lines: Map<string, number>, path: string | undefined): number | null {
  if (!path) return null;
  const segments = path.split('.');
  while (segments.length > 0) {
    const found = lines.get(segments.join('.'));
    if (found !== undefined) return found;
    segments.pop();
  }
  return null;
}

function executableDirectives(graphql: GraphQL, document: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== graphql.Kind.DIRECTIVE_DEFINITION) continue;
    if (definition.locations.some((location) => EXECUTABLE_LOCATIONS.has(location.value)))
      names.add(definition.name.value);
  }
  return names;
}

function severityOf(level: string): ContractFinding['severity'] {
  if (level === 'BREAKING') return 'blocker';
  if (level === 'DANGEROUS') return 'warning';
  return 'info';
}

/** Inspector reports N to N-1: "removed" is what N added, "added" what N removed. */
const ADDED_BY_N = new Set([
  'TYPE_REMOVED',
  'FIELD_REMOVED',
  'INPUT_FIELD_REMOVED',
  'FIELD_ARGUMENT_REMOVED',
  'ENUM_VALUE_REMOVED',
  'UNION_MEMBER_REMOVED',
  'OBJECT_TYPE_INTERFACE_REMOVED',
  'DIRECTIVE_REMOVED'
]);
const REMOVED_BY_N = new Set([
  'TYPE_ADDED',
  'FIELD_ADDED',
  'INPUT_FIELD_ADDED',
  'FIELD_ARGUMENT_ADDED',
  'ENUM_VALUE_ADDED',
  'UNION_MEMBER_ADDED',
  'OBJECT_TYPE_INTERFACE_ADDED',
  'DIRECTIVE_ADDED'
]);
const TYPE_CHANGES = new Set([
  'FIELD_TYPE_CHANGED',
  'INPUT_FIELD_TYPE_CHANGED',
  'FIELD_ARGUMENT_TYPE_CHANGED'
]);
const ALWAYS_CHANGED = new Set([
  'TYPE_KIND_CHANGED',
  'SCHEMA_QUERY_TYPE_CHANGED',
  'SCHEMA_MUTATION_TYPE_CHANGED',
  'SCHEMA_SUBSCRIPTION_TYPE_CHANGED'
]);
/** Element families whose removal in one place and addition in another is a rename. */
const RENAME_FAMILY: Record<string, string> = {
  FIELD_REMOVED: 'field',
  FIELD_ADDED: 'field',
  INPUT_FIELD_REMOVED: 'input',
  INPUT_FIELD_ADDED: 'input',
  FIELD_ARGUMENT_REMOVED: 'argument',
  FIELD_ARGUMENT_ADDED: 'argument',
  ENUM_VALUE_REMOVED: 'enum',
  ENUM_VALUE_ADDED: 'enum'
};

interface Judged {
  severity: ContractFinding['severity'];
  change?: ContractChange;
  recommendation: string;
}

type Change = Awaited<ReturnType<typeof import('@graphql-inspector/core').diff>>[number];

/** `[User!]!` and `[User]` name the same type; only nullability differs. */
function namedTypeOf(typeString: string): string {
  return typeString.replace(/[[\]!]/g, '');
}

function parentOf(path: string | undefined): string {
  return path ? path.slice(0, path.lastIndexOf('.')) : '';
}

/**
 * The type an inspector path names (`Type.field`, `Input.field`, `Type.field.arg`) in one
 * schema, as SDL text; enum values have none, so every value of one enum pairs.
 */
function typeAt(graphql: GraphQL, schema: GraphQLSchema, path: string | undefined): string | null {
  const [typeName, fieldName, argName] = (path ?? '').split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !fieldName) return null;
  if (graphql.isEnumType(type)) return 'enum value';
  if (!('getFields' in type)) return null;
  const field = type.getFields()[fieldName];
  if (!field) return null;
  if (argName === undefined) return String(field.type);
  const arg = 'args' in field ? field.args.find((candidate) => candidate.name === argName) : undefined;
  return arg ? String(arg.type) : null;
}

/**
 * Pairs an element N added with one N removed in the same parent and of the same type (for enum
 * values: any two of one enum): N renamed or replaced it, so its clients moved in lockstep.
 */
function renames(
  graphql: GraphQL,
  changes: Change[],
  head: GraphQLSchema,
  base: GraphQLSchema
): Map<Change, Change> {
  const removedByN = new Map<string, Change[]>();
  for (const change of changes) {
    const family = RENAME_FAMILY[change.type];
    if (!family || !REMOVED_BY_N.has(change.type)) continue;
    const key = `${family}:${parentOf(change.path)}:${typeAt(graphql, base, change.path)}`;
    const list = removedByN.get(key);
    if (list) list.push(change);
    else removedByN.set(key, [change]);
  }
  const paired = new Map<Change, Change>();
  if (!removedByN.size) return paired;
  for (const change of changes) {
    const family = RENAME_FAMILY[change.type];
    if (!family || !ADDED_BY_N.has(change.type)) continue;
    const key = `${family}:${parentOf(change.path)}:${typeAt(graphql, head, change.path)}`;
    const partner = removedByN.get(key)?.shift();
    if (!partner) continue;
    paired.set(change, partner);
    paired.set(partner, change);
  }
  return paired;
}

/**
 * The rules of the rollback direction, over the inspector's criticality: what N added becomes a
 * warning, what N changed a blocker, what N removed info unless N-1 requires it of clients.
 */
function judge(change: Change, renamed: boolean, subject: string): Judged {
  const level = change.criticality.level;
  if (renamed) {
    return ADDED_BY_N.has(change.type)
      ? { severity: 'blocker', change: 'changed', recommendation: changeAdvice(subject) }
      : { severity: 'info', change: 'removed', recommendation: INFO_ADVICE };
  }
  if (ADDED_BY_N.has(change.type)) {
    return { severity: 'warning', change: 'added', recommendation: removalAdvice(subject) };
  }
  if (REMOVED_BY_N.has(change.type)) {
    // A required argument or input field of N-1 that N dropped: clients of N do not send it.
    const required =
      (change.type === 'FIELD_ARGUMENT_ADDED' || change.type === 'INPUT_FIELD_ADDED') && level === 'BREAKING';
    return required
      ? { severity: 'blocker', change: 'removed', recommendation: requirementAdvice(subject) }
      : { severity: 'info', change: 'removed', recommendation: INFO_ADVICE };
  }
  if (TYPE_CHANGES.has(change.type)) {
    if (level !== 'BREAKING') return { severity: 'info', recommendation: INFO_ADVICE };
    const meta = change.meta as Record<string, unknown>;
    const types = Object.entries(meta)
      .filter(([key, value]) => /^(old|new)\w*Type$/.test(key) && typeof value === 'string')
      .map(([, value]) => namedTypeOf(value as string));
    // Only nullability differs: N relaxed (or guaranteed) something a rollback takes back.
    if (types.length === 2 && types[0] === types[1])
      return {
        severity: 'warning',
        change: 'added',
        recommendation: removalAdvice(`the nullability N gave ${subject}`)
      };
    return { severity: 'blocker', change: 'changed', recommendation: changeAdvice(subject) };
  }
  if (ALWAYS_CHANGED.has(change.type))
    return { severity: 'blocker', change: 'changed', recommendation: changeAdvice(subject) };
  const severity = severityOf(level);
  if (severity === 'info') return { severity, recommendation: INFO_ADVICE };
  return { severity: 'warning', change: 'changed', recommendation: dangerAdvice(subject) };
}

/** `.graphql` files also hold client queries and fragments: those declare no API. */
function declaresNoSchema(graphql: GraphQL, document: DocumentNode): boolean {
  return document.definitions.every((definition) => graphql.isExecutableDefinitionNode(definition));
}

/**
 * Above this many characters (both sides), only the definitions whose text differs are parsed:
 * a 2 MB schema otherwise costs seconds to parse and build twice.
 */
const REDUCE_ABOVE_CHARS = 200_000;

/**
 * Both sides parsed, large ones reduced to the definitions that differ. A reduced text that does
 * not parse (an unusual layout the split misread) falls back to the whole text, whose parse
 * errors are then the real ones.
 */
function parseBoth(
  graphql: GraphQL,
  head: string,
  base: string,
  reduceAbove: number
): { headSdl: ParsedSdl; baseSdl: ParsedSdl } {
  if (head.length + base.length > reduceAbove) {
    const reduced = changedDefinitions(head, base);
    try {
      return parseReduced(graphql, reduced.head, reduced.base);
    } catch {
      // Fall through to the whole texts.
    }
  }
  return { headSdl: parseSdl(graphql, head, 'head'), baseSdl: parseSdl(graphql, base, 'base') };
}

export async function diffGraphql(
  head: string,
  base: string,
  options: { reduceAbove?: number } = {}
): Promise<ContractFinding[]> {
  const graphql = await import('graphql');
  const { headSdl, baseSdl } = parseBoth(graphql, head, base, options.reduceAbove ?? REDUCE_ABOVE_CHARS);
  // Reduced sides that differ only in comments or layout keep no definition at all.
  if (headSdl.document.definitions.length === 0 && baseSdl.document.definitions.length === 0) return [];
  if (declaresNoSchema(graphql, headSdl.document) && declaresNoSchema(graphql, baseSdl.document)) {
    return [
      {
        severity: 'info',
        line: null,
        detail: 'Client operations (queries, fragments), not a schema: nothing here that a rollback removes.',
        recommendation: INFO_ADVICE
      }
    ];
  }
  const { diff } = await import('@graphql-inspector/core');
  // Old = N, new = N-1: the rollback direction.
  const changes = await diff(headSdl.schema, baseSdl.schema);
  const lines = lineIndex(graphql, headSdl.document);
  const clientDirectives = executableDirectives(graphql, headSdl.document);
  const renamed = renames(graphql, changes, headSdl.schema, baseSdl.schema);

  return changes.map((change): ContractFinding => {
    const subject = change.path ?? 'the schema';
    const directive = /^@?([A-Za-z_]\w*)$/.exec(change.path ?? '')?.[1];
    // Schema annotations (federation @key, @tag, ...) are invisible to clients.
    const annotation = change.type.startsWith('DIRECTIVE') && !(directive && clientDirectives.has(directive));
    const partner = renamed.get(change);
    const judged: Judged = annotation
      ? { severity: 'info', recommendation: INFO_ADVICE }
      : judge(change, partner !== undefined, subject);
    const detail =
      partner && judged.severity === 'blocker'
        ? `On rollback to N-1: ${subject} of N becomes ${partner.path ?? 'another element'} again (N renamed or replaced it, so its clients use the new one).`
        : `On rollback to N-1: ${change.message}${change.path ? ` (${change.path})` : ''}.`;
    const finding: ContractFinding = {
      severity: judged.severity,
      line: lineOfPath(lines, change.path?.replace(/\.@.*$/, '')),
      detail,
      recommendation: judged.recommendation
    };
    if (judged.change) finding.change = judged.change;
    if (change.path) finding.subject = change.path;
    return finding;
  });
}

export async function inventoryGraphql(text: string): Promise<ContractInventory> {
  const graphql = await import('graphql');
  const { schema, document } = parseSdl(graphql, text, 'head');
  if (declaresNoSchema(graphql, document)) return { summary: 'client operations only', empty: true };
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && !BUILT_IN_SCALARS.has(type.name)
  );
  const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].reduce(
    (count, root) => count + (root ? Object.keys(root.getFields()).length : 0),
    0
  );
  return {
    summary: `${types.length} type${types.length === 1 ? '' : 's'} and ${rootFields} root field${rootFields === 1 ? '' : 's'}`,
    empty: types.length === 0
  };
}
