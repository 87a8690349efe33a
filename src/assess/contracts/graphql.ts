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
  type ContractFinding,
  type ContractInventory
} from './finding.js';

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
function completeSubgraph(graphql: GraphQL, document: DocumentNode): DocumentNode {
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
  const referenced = new Set<string>();
  graphql.visit(document, {
    NamedType(node) {
      referenced.add(node.name.value);
    }
  });
  for (const name of referenced) {
    if (defined.has(name) || BUILT_IN_SCALARS.has(name)) continue;
    definitions.push({
      kind: graphql.Kind.SCALAR_TYPE_DEFINITION,
      name: { kind: graphql.Kind.NAME, value: name }
    });
  }
  return { ...document, definitions };
}

function parseSdl(graphql: GraphQL, text: string, side: 'head' | 'base'): ParsedSdl {
  try {
    const document = graphql.parse(text);
    // Undefined directives (@key, @shareable, @link...) are fine: validation is what rejects them.
    const schema = graphql.buildASTSchema(completeSubgraph(graphql, document), {
      assumeValidSDL: true,
      assumeValid: true
    });
    return { document, schema };
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
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

function adviceFor(severity: ContractFinding['severity'], type: string, subject: string): string {
  if (severity === 'info') return INFO_ADVICE;
  if (severity === 'warning') return dangerAdvice(subject);
  return type.endsWith('_REMOVED') ? removalAdvice(subject) : changeAdvice(subject);
}

/** `.graphql` files also hold client queries and fragments: those declare no API. */
function declaresNoSchema(graphql: GraphQL, document: DocumentNode): boolean {
  return document.definitions.every((definition) => graphql.isExecutableDefinitionNode(definition));
}

export async function diffGraphql(head: string, base: string): Promise<ContractFinding[]> {
  const graphql = await import('graphql');
  const headSdl = parseSdl(graphql, head, 'head');
  const baseSdl = parseSdl(graphql, base, 'base');
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

  return changes.map((change) => {
    let severity = severityOf(change.criticality.level);
    const directive = /^@?([A-Za-z_]\w*)$/.exec(change.path ?? '')?.[1];
    const isDirectiveChange = change.type.startsWith('DIRECTIVE');
    // Schema annotations (federation @key, @tag, ...) are invisible to clients.
    if (isDirectiveChange && severity !== 'info' && !(directive && clientDirectives.has(directive)))
      severity = 'info';
    const subject = change.path ?? 'the schema';
    return {
      severity,
      line: lineOfPath(lines, change.path?.replace(/\.@.*$/, '')),
      detail: `On rollback to N-1: ${change.message}${change.path ? ` (${change.path})` : ''}.`,
      recommendation: adviceFor(severity, change.type, subject)
    };
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
