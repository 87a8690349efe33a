import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// node_modules/graphql/version.mjs
var version = "16.15.0", versionInfo = Object.freeze({
  major: 16,
  minor: 15,
  patch: 0,
  preReleaseTag: null
});

// node_modules/graphql/jsutils/devAssert.mjs
function devAssert(condition, message) {
  if (!!!condition)
    throw new Error(message);
}

// node_modules/graphql/jsutils/isPromise.mjs
function isPromise(value) {
  return typeof value?.then == "function";
}

// node_modules/graphql/jsutils/isObjectLike.mjs
function isObjectLike(value) {
  return typeof value == "object" && value !== null;
}

// node_modules/graphql/language/location.mjs
function getLocation(source, position) {
  let lineRegexp = /\r\n|[\n\r]/g, line = 1, column = position + 1, match;
  for (; (match = lineRegexp.exec(source.body)) && match.index < position; )
    line++, column = position + 1 - (match.index + match[0].length);
  return {
    line,
    column
  };
}
function getLocations(locations) {
  if (locations.length < 2)
    return locations.map(({ source, start }) => getLocation(source, start));
  let bySource = /* @__PURE__ */ new Map();
  locations.forEach(({ source, start }, index) => {
    let positions = bySource.get(source);
    positions === void 0 && (positions = [], bySource.set(source, positions)), positions.push({
      position: start,
      index
    });
  });
  let result = new Array(locations.length);
  for (let [source, positions] of bySource) {
    let lineRegexp = /\r\n|[\n\r]/g, match = lineRegexp.exec(source.body), line = 1, lastLineStart = 0;
    positions.sort((a, b) => a.position - b.position);
    for (let { position, index } of positions) {
      for (; match !== null && match.index < position; )
        lastLineStart = match.index + match[0].length, line++, match = lineRegexp.exec(source.body);
      result[index] = {
        line,
        column: position + 1 - lastLineStart
      };
    }
  }
  return result;
}

// node_modules/graphql/language/printLocation.mjs
function printLocation(location) {
  return printSourceLocation(
    location.source,
    getLocation(location.source, location.start)
  );
}
function printSourceLocation(source, sourceLocation) {
  let firstLineColumnOffset = source.locationOffset.column - 1, body = "".padStart(firstLineColumnOffset) + source.body, lineIndex = sourceLocation.line - 1, lineOffset = source.locationOffset.line - 1, lineNum = sourceLocation.line + lineOffset, columnOffset = sourceLocation.line === 1 ? firstLineColumnOffset : 0, columnNum = sourceLocation.column + columnOffset, locationStr = `${source.name}:${lineNum}:${columnNum}
`, lines = body.split(/\r\n|[\n\r]/g), locationLine = lines[lineIndex];
  if (locationLine.length > 120) {
    let subLineIndex = Math.floor(columnNum / 80), subLineColumnNum = columnNum % 80, subLines = [];
    for (let i = 0; i < locationLine.length; i += 80)
      subLines.push(locationLine.slice(i, i + 80));
    return locationStr + printPrefixedLines([
      [`${lineNum} |`, subLines[0]],
      ...subLines.slice(1, subLineIndex + 1).map((subLine) => ["|", subLine]),
      ["|", "^".padStart(subLineColumnNum)],
      ["|", subLines[subLineIndex + 1]]
    ]);
  }
  return locationStr + printPrefixedLines([
    // Lines specified like this: ["prefix", "string"],
    [`${lineNum - 1} |`, lines[lineIndex - 1]],
    [`${lineNum} |`, locationLine],
    ["|", "^".padStart(columnNum)],
    [`${lineNum + 1} |`, lines[lineIndex + 1]]
  ]);
}
function printPrefixedLines(lines) {
  let existingLines = lines.filter(([_, line]) => line !== void 0), padLen = Math.max(...existingLines.map(([prefix]) => prefix.length));
  return existingLines.map(([prefix, line]) => prefix.padStart(padLen) + (line ? " " + line : "")).join(`
`);
}

// node_modules/graphql/error/GraphQLError.mjs
function toNormalizedOptions(args) {
  let firstArg = args[0];
  return firstArg == null || "kind" in firstArg || "length" in firstArg ? {
    nodes: firstArg,
    source: args[1],
    positions: args[2],
    path: args[3],
    originalError: args[4],
    extensions: args[5]
  } : firstArg;
}
var GraphQLError = class _GraphQLError extends Error {
  /**
   * An array of `{ line, column }` locations within the source GraphQL document
   * which correspond to this error.
   *
   * Errors during validation often contain multiple locations, for example to
   * point out two things with the same name. Errors during execution include a
   * single location, the field which produced the error.
   *
   * Enumerable, and appears in the result of JSON.stringify().
   */
  /**
   * An array describing the JSON-path into the execution response which
   * corresponds to this error. Only included for errors during execution.
   *
   * Enumerable, and appears in the result of JSON.stringify().
   */
  /** An array of GraphQL AST Nodes corresponding to this error. */
  /**
   * The source GraphQL document for the first location of this error.
   *
   * Note that if this Error represents more than one node, the source may not
   * represent nodes after the first node.
   */
  /**
   * An array of character offsets within the source GraphQL document
   * which correspond to this error.
   */
  /** Original error that caused this GraphQLError, if one exists. */
  /** Extension fields to add to the formatted error. */
  /**
   * Creates a GraphQLError instance.
   * @param message - Human-readable error message.
   * @param options - Error metadata such as source locations, response path, original error, and extensions.
   * This positional-arguments constructor overload is deprecated. Use the
   * `GraphQLError(message, options)` overload instead.
   * @example
   * ```ts
   * import { Kind } from 'graphql/language';
   * import assert from 'node:assert/strict';
   * // Create an error from AST nodes and response metadata.
   * import { parse } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const document = parse('{ greeting }');
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const fieldNode = operation.selectionSet.selections[0];
   * const error = new GraphQLError('Cannot query this field.', {
   *   nodes: fieldNode,
   *   path: ['greeting'],
   *   extensions: { code: 'FORBIDDEN' },
   * });
   *
   * error.message; // => 'Cannot query this field.'
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.extensions; // => { code: 'FORBIDDEN' }
   * ```
   * @example
   * ```ts
   * // This variant derives locations from source positions and preserves the original error.
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const source = new Source('{ greeting }');
   * const originalError = new Error('Database unavailable.');
   * const error = new GraphQLError('Resolver failed.', {
   *   source,
   *   positions: [2],
   *   path: ['greeting'],
   *   originalError,
   * });
   *
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.originalError; // => originalError
   * ```
   */
  /**
   * Creates a GraphQLError instance using the legacy positional constructor.
   * This deprecated overload will be removed in v17. Prefer the
   * `GraphQLErrorOptions` object overload, which keeps optional error metadata
   * in a single options bag.
   * @param message - Human-readable error message.
   * @param nodes - AST node or nodes associated with this error.
   * @param source - Source document used to derive error locations.
   * @param positions - Character offsets in the source document associated with
   * this error.
   * @param path - Response path where this error occurred during execution.
   * @param originalError - Original error that caused this GraphQLError, if one
   * exists.
   * @param extensions - Extension fields to include in the formatted error.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const source = new Source('{ greeting }');
   * const originalError = new Error('Database unavailable.');
   * const error = new GraphQLError(
   *   'Resolver failed.',
   *   undefined,
   *   source,
   *   [2],
   *   ['greeting'],
   *   originalError,
   *   { code: 'INTERNAL' },
   * );
   *
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.originalError; // => originalError
   * error.extensions; // => { code: 'INTERNAL' }
   * ```
   * @deprecated Please use the `GraphQLErrorOptions` constructor overload instead.
   */
  constructor(message, ...rawArgs) {
    var _this$nodes, _nodeLocations$, _ref;
    let { nodes, source, positions, path, originalError, extensions } = toNormalizedOptions(rawArgs);
    super(message), this.name = "GraphQLError", this.path = path ?? void 0, this.originalError = originalError ?? void 0, this.nodes = undefinedIfEmpty(
      Array.isArray(nodes) ? nodes : nodes ? [nodes] : void 0
    );
    let nodeLocations = undefinedIfEmpty(
      (_this$nodes = this.nodes) === null || _this$nodes === void 0 ? void 0 : _this$nodes.map((node) => node.loc).filter((loc) => loc != null)
    );
    this.source = source ?? (nodeLocations == null || (_nodeLocations$ = nodeLocations[0]) === null || _nodeLocations$ === void 0 ? void 0 : _nodeLocations$.source), this.positions = positions ?? nodeLocations?.map((loc) => loc.start), this.locations = positions && source ? getLocations(
      positions.map((start) => ({
        source,
        start
      }))
    ) : nodeLocations && getLocations(nodeLocations);
    let originalExtensions = isObjectLike(
      originalError?.extensions
    ) ? originalError?.extensions : void 0;
    this.extensions = (_ref = extensions ?? originalExtensions) !== null && _ref !== void 0 ? _ref : /* @__PURE__ */ Object.create(null), Object.defineProperties(this, {
      message: {
        writable: !0,
        enumerable: !0
      },
      name: {
        enumerable: !1
      },
      nodes: {
        enumerable: !1
      },
      source: {
        enumerable: !1
      },
      positions: {
        enumerable: !1
      },
      originalError: {
        enumerable: !1
      }
    }), originalError != null && originalError.stack ? Object.defineProperty(this, "stack", {
      value: originalError.stack,
      writable: !0,
      configurable: !0
    }) : Error.captureStackTrace ? Error.captureStackTrace(this, _GraphQLError) : Object.defineProperty(this, "stack", {
      value: Error().stack,
      writable: !0,
      configurable: !0
    });
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLError";
  }
  /**
   * Returns this error as a human-readable message with source locations.
   * @returns The formatted error string.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const error = new GraphQLError('Cannot query field "name".', {
   *   source: new Source('{ name }'),
   *   positions: [2],
   * });
   *
   * error.toString(); // => 'Cannot query field "name".\n\nGraphQL request:1:3\n1 | { name }\n  |   ^'
   * ```
   */
  toString() {
    let output = this.message;
    if (this.nodes)
      for (let node of this.nodes)
        node.loc && (output += `

` + printLocation(node.loc));
    else if (this.source && this.locations)
      for (let location of this.locations)
        output += `

` + printSourceLocation(this.source, location);
    return output;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLError } from 'graphql/error';
   *
   * const error = new GraphQLError('Resolver failed.', {
   *   path: ['viewer', 'name'],
   *   extensions: { code: 'INTERNAL' },
   * });
   *
   * error.toJSON(); // => { message: 'Resolver failed.', path: ['viewer', 'name'], extensions: { code: 'INTERNAL' } }
   * ```
   */
  toJSON() {
    let formattedError = {
      message: this.message
    };
    return this.locations != null && (formattedError.locations = this.locations), this.path != null && (formattedError.path = this.path), this.extensions != null && Object.keys(this.extensions).length > 0 && (formattedError.extensions = this.extensions), formattedError;
  }
};
function undefinedIfEmpty(array) {
  return array === void 0 || array.length === 0 ? void 0 : array;
}
function printError(error) {
  return error.toString();
}
function formatError(error) {
  return error.toJSON();
}

// node_modules/graphql/error/syntaxError.mjs
function syntaxError(source, position, description) {
  return new GraphQLError(`Syntax Error: ${description}`, {
    source,
    positions: [position]
  });
}

// node_modules/graphql/language/ast.mjs
var Location = class {
  /** The character offset at which this Node begins. */
  /** The character offset at which this Node ends. */
  /** The Token at which this Node begins. */
  /** The Token at which this Node ends. */
  /** The Source document the AST represents. */
  /**
   * Creates a Location instance.
   * @param startToken - The start token.
   * @param endToken - The end token.
   * @param source - Source document used to derive error locations.
   * @example
   * ```ts
   * import { Location, Source, Token, TokenKind } from 'graphql/language';
   *
   * const source = new Source('{ hello }');
   * const startToken = new Token(TokenKind.BRACE_L, 0, 1, 1, 1);
   * const endToken = new Token(TokenKind.BRACE_R, 8, 9, 1, 9);
   * const location = new Location(startToken, endToken, source);
   *
   * location.start; // => 0
   * location.end; // => 9
   * location.source.body; // => '{ hello }'
   * ```
   */
  constructor(startToken, endToken, source) {
    this.start = startToken.start, this.end = endToken.end, this.startToken = startToken, this.endToken = endToken, this.source = source;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "Location";
  }
  /**
   * Returns a JSON representation of this location.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { parse } from 'graphql/language';
   *
   * const document = parse('{ hello }');
   * const location = document.loc?.toJSON(); // => { start: 0, end: 9 }
   * ```
   */
  toJSON() {
    return {
      start: this.start,
      end: this.end
    };
  }
}, Token = class {
  /** The kind of Token. */
  /** The character offset at which this Node begins. */
  /** The character offset at which this Node ends. */
  /** The 1-indexed line number on which this Token appears. */
  /** The 1-indexed column number at which this Token begins. */
  /**
   * For non-punctuation tokens, represents the interpreted value of the token.
   *
   * Note: is undefined for punctuation tokens, but typed as string for
   * convenience in the parser.
   */
  /**
   * Tokens exist as nodes in a double-linked-list amongst all tokens
   * including ignored tokens. <SOF> is always the first node and <EOF>
   * the last.
   */
  /** Next token in the token stream, including ignored tokens. */
  /**
   * Creates a Token instance.
   * @param kind - Token kind produced by lexical analysis.
   * @param start - Character offset where this token begins.
   * @param end - Character offset where this token ends.
   * @param line - One-indexed line number where this token begins.
   * @param column - One-indexed column number where this token begins.
   * @param value - Interpreted value for non-punctuation tokens.
   * @example
   * ```ts
   * import { Token, TokenKind } from 'graphql/language';
   *
   * const token = new Token(TokenKind.NAME, 2, 7, 1, 3, 'hello');
   *
   * token.kind; // => TokenKind.NAME
   * token.value; // => 'hello'
   * token.toJSON(); // => { kind: 'Name', value: 'hello', line: 1, column: 3 }
   * ```
   */
  constructor(kind, start, end, line, column, value) {
    this.kind = kind, this.start = start, this.end = end, this.line = line, this.column = column, this.value = value, this.prev = null, this.next = null;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "Token";
  }
  /**
   * Returns a JSON representation of this token.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.advance().toJSON(); // => { kind: '{', value: undefined, line: 1, column: 1 }
   * ```
   */
  toJSON() {
    return {
      kind: this.kind,
      value: this.value,
      line: this.line,
      column: this.column
    };
  }
}, QueryDocumentKeys = {
  Name: [],
  Document: ["definitions"],
  OperationDefinition: [
    "description",
    "name",
    "variableDefinitions",
    "directives",
    "selectionSet"
  ],
  VariableDefinition: [
    "description",
    "variable",
    "type",
    "defaultValue",
    "directives"
  ],
  Variable: ["name"],
  SelectionSet: ["selections"],
  Field: ["alias", "name", "arguments", "directives", "selectionSet"],
  Argument: ["name", "value"],
  FragmentSpread: ["name", "directives"],
  InlineFragment: ["typeCondition", "directives", "selectionSet"],
  FragmentDefinition: [
    "description",
    "name",
    // Note: fragment variable definitions are deprecated and will removed in v17.0.0
    "variableDefinitions",
    "typeCondition",
    "directives",
    "selectionSet"
  ],
  IntValue: [],
  FloatValue: [],
  StringValue: [],
  BooleanValue: [],
  NullValue: [],
  EnumValue: [],
  ListValue: ["values"],
  ObjectValue: ["fields"],
  ObjectField: ["name", "value"],
  Directive: ["name", "arguments"],
  NamedType: ["name"],
  ListType: ["type"],
  NonNullType: ["type"],
  SchemaDefinition: ["description", "directives", "operationTypes"],
  OperationTypeDefinition: ["type"],
  ScalarTypeDefinition: ["description", "name", "directives"],
  ObjectTypeDefinition: [
    "description",
    "name",
    "interfaces",
    "directives",
    "fields"
  ],
  FieldDefinition: ["description", "name", "arguments", "type", "directives"],
  InputValueDefinition: [
    "description",
    "name",
    "type",
    "defaultValue",
    "directives"
  ],
  InterfaceTypeDefinition: [
    "description",
    "name",
    "interfaces",
    "directives",
    "fields"
  ],
  UnionTypeDefinition: ["description", "name", "directives", "types"],
  EnumTypeDefinition: ["description", "name", "directives", "values"],
  EnumValueDefinition: ["description", "name", "directives"],
  InputObjectTypeDefinition: ["description", "name", "directives", "fields"],
  DirectiveDefinition: [
    "description",
    "name",
    "arguments",
    "directives",
    "locations"
  ],
  SchemaExtension: ["directives", "operationTypes"],
  DirectiveExtension: ["name", "directives"],
  ScalarTypeExtension: ["name", "directives"],
  ObjectTypeExtension: ["name", "interfaces", "directives", "fields"],
  InterfaceTypeExtension: ["name", "interfaces", "directives", "fields"],
  UnionTypeExtension: ["name", "directives", "types"],
  EnumTypeExtension: ["name", "directives", "values"],
  InputObjectTypeExtension: ["name", "directives", "fields"],
  TypeCoordinate: ["name"],
  MemberCoordinate: ["name", "memberName"],
  ArgumentCoordinate: ["name", "fieldName", "argumentName"],
  DirectiveCoordinate: ["name"],
  DirectiveArgumentCoordinate: ["name", "argumentName"]
}, kindValues = new Set(Object.keys(QueryDocumentKeys));
function isNode(maybeNode) {
  let maybeKind = maybeNode?.kind;
  return typeof maybeKind == "string" && kindValues.has(maybeKind);
}
var OperationTypeNode;
(function(OperationTypeNode2) {
  OperationTypeNode2.QUERY = "query", OperationTypeNode2.MUTATION = "mutation", OperationTypeNode2.SUBSCRIPTION = "subscription";
})(OperationTypeNode || (OperationTypeNode = {}));

// node_modules/graphql/language/directiveLocation.mjs
var DirectiveLocation;
(function(DirectiveLocation2) {
  DirectiveLocation2.QUERY = "QUERY", DirectiveLocation2.MUTATION = "MUTATION", DirectiveLocation2.SUBSCRIPTION = "SUBSCRIPTION", DirectiveLocation2.FIELD = "FIELD", DirectiveLocation2.FRAGMENT_DEFINITION = "FRAGMENT_DEFINITION", DirectiveLocation2.FRAGMENT_SPREAD = "FRAGMENT_SPREAD", DirectiveLocation2.INLINE_FRAGMENT = "INLINE_FRAGMENT", DirectiveLocation2.VARIABLE_DEFINITION = "VARIABLE_DEFINITION", DirectiveLocation2.SCHEMA = "SCHEMA", DirectiveLocation2.SCALAR = "SCALAR", DirectiveLocation2.OBJECT = "OBJECT", DirectiveLocation2.FIELD_DEFINITION = "FIELD_DEFINITION", DirectiveLocation2.ARGUMENT_DEFINITION = "ARGUMENT_DEFINITION", DirectiveLocation2.INTERFACE = "INTERFACE", DirectiveLocation2.UNION = "UNION", DirectiveLocation2.ENUM = "ENUM", DirectiveLocation2.ENUM_VALUE = "ENUM_VALUE", DirectiveLocation2.INPUT_OBJECT = "INPUT_OBJECT", DirectiveLocation2.INPUT_FIELD_DEFINITION = "INPUT_FIELD_DEFINITION", DirectiveLocation2.DIRECTIVE_DEFINITION = "DIRECTIVE_DEFINITION";
})(DirectiveLocation || (DirectiveLocation = {}));

// node_modules/graphql/language/kinds.mjs
var Kind;
(function(Kind2) {
  Kind2.NAME = "Name", Kind2.DOCUMENT = "Document", Kind2.OPERATION_DEFINITION = "OperationDefinition", Kind2.VARIABLE_DEFINITION = "VariableDefinition", Kind2.SELECTION_SET = "SelectionSet", Kind2.FIELD = "Field", Kind2.ARGUMENT = "Argument", Kind2.FRAGMENT_SPREAD = "FragmentSpread", Kind2.INLINE_FRAGMENT = "InlineFragment", Kind2.FRAGMENT_DEFINITION = "FragmentDefinition", Kind2.VARIABLE = "Variable", Kind2.INT = "IntValue", Kind2.FLOAT = "FloatValue", Kind2.STRING = "StringValue", Kind2.BOOLEAN = "BooleanValue", Kind2.NULL = "NullValue", Kind2.ENUM = "EnumValue", Kind2.LIST = "ListValue", Kind2.OBJECT = "ObjectValue", Kind2.OBJECT_FIELD = "ObjectField", Kind2.DIRECTIVE = "Directive", Kind2.NAMED_TYPE = "NamedType", Kind2.LIST_TYPE = "ListType", Kind2.NON_NULL_TYPE = "NonNullType", Kind2.SCHEMA_DEFINITION = "SchemaDefinition", Kind2.OPERATION_TYPE_DEFINITION = "OperationTypeDefinition", Kind2.SCALAR_TYPE_DEFINITION = "ScalarTypeDefinition", Kind2.OBJECT_TYPE_DEFINITION = "ObjectTypeDefinition", Kind2.FIELD_DEFINITION = "FieldDefinition", Kind2.INPUT_VALUE_DEFINITION = "InputValueDefinition", Kind2.INTERFACE_TYPE_DEFINITION = "InterfaceTypeDefinition", Kind2.UNION_TYPE_DEFINITION = "UnionTypeDefinition", Kind2.ENUM_TYPE_DEFINITION = "EnumTypeDefinition", Kind2.ENUM_VALUE_DEFINITION = "EnumValueDefinition", Kind2.INPUT_OBJECT_TYPE_DEFINITION = "InputObjectTypeDefinition", Kind2.DIRECTIVE_DEFINITION = "DirectiveDefinition", Kind2.SCHEMA_EXTENSION = "SchemaExtension", Kind2.DIRECTIVE_EXTENSION = "DirectiveExtension", Kind2.SCALAR_TYPE_EXTENSION = "ScalarTypeExtension", Kind2.OBJECT_TYPE_EXTENSION = "ObjectTypeExtension", Kind2.INTERFACE_TYPE_EXTENSION = "InterfaceTypeExtension", Kind2.UNION_TYPE_EXTENSION = "UnionTypeExtension", Kind2.ENUM_TYPE_EXTENSION = "EnumTypeExtension", Kind2.INPUT_OBJECT_TYPE_EXTENSION = "InputObjectTypeExtension", Kind2.TYPE_COORDINATE = "TypeCoordinate", Kind2.MEMBER_COORDINATE = "MemberCoordinate", Kind2.ARGUMENT_COORDINATE = "ArgumentCoordinate", Kind2.DIRECTIVE_COORDINATE = "DirectiveCoordinate", Kind2.DIRECTIVE_ARGUMENT_COORDINATE = "DirectiveArgumentCoordinate";
})(Kind || (Kind = {}));

// node_modules/graphql/language/characterClasses.mjs
function isWhiteSpace(code) {
  return code === 9 || code === 32;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isLetter(code) {
  return code >= 97 && code <= 122 || // A-Z
  code >= 65 && code <= 90;
}
function isNameStart(code) {
  return isLetter(code) || code === 95;
}
function isNameContinue(code) {
  return isLetter(code) || isDigit(code) || code === 95;
}

// node_modules/graphql/language/blockString.mjs
function dedentBlockStringLines(lines) {
  var _firstNonEmptyLine2;
  let commonIndent = Number.MAX_SAFE_INTEGER, firstNonEmptyLine = null, lastNonEmptyLine = -1;
  for (let i = 0; i < lines.length; ++i) {
    var _firstNonEmptyLine;
    let line = lines[i], indent = leadingWhitespace(line);
    indent !== line.length && (firstNonEmptyLine = (_firstNonEmptyLine = firstNonEmptyLine) !== null && _firstNonEmptyLine !== void 0 ? _firstNonEmptyLine : i, lastNonEmptyLine = i, i !== 0 && indent < commonIndent && (commonIndent = indent));
  }
  return lines.map((line, i) => i === 0 ? line : line.slice(commonIndent)).slice(
    (_firstNonEmptyLine2 = firstNonEmptyLine) !== null && _firstNonEmptyLine2 !== void 0 ? _firstNonEmptyLine2 : 0,
    lastNonEmptyLine + 1
  );
}
function leadingWhitespace(str) {
  let i = 0;
  for (; i < str.length && isWhiteSpace(str.charCodeAt(i)); )
    ++i;
  return i;
}
function isPrintableAsBlockString(value) {
  if (value === "")
    return !0;
  let isEmptyLine = !0, hasIndent = !1, hasCommonIndent = !0, seenNonEmptyLine = !1;
  for (let i = 0; i < value.length; ++i)
    switch (value.codePointAt(i)) {
      case 0:
      case 1:
      case 2:
      case 3:
      case 4:
      case 5:
      case 6:
      case 7:
      case 8:
      case 11:
      case 12:
      case 14:
      case 15:
        return !1;
      // Has non-printable characters
      case 13:
        return !1;
      // Has \r or \r\n which will be replaced as \n
      case 10:
        if (isEmptyLine && !seenNonEmptyLine)
          return !1;
        seenNonEmptyLine = !0, isEmptyLine = !0, hasIndent = !1;
        break;
      case 9:
      //   \t
      case 32:
        hasIndent || (hasIndent = isEmptyLine);
        break;
      default:
        hasCommonIndent && (hasCommonIndent = hasIndent), isEmptyLine = !1;
    }
  return !(isEmptyLine || hasCommonIndent && seenNonEmptyLine);
}
function printBlockString(value, options) {
  let escapedValue = value.replace(/"""/g, '\\"""'), lines = escapedValue.split(/\r\n|[\n\r]/g), isSingleLine = lines.length === 1, forceLeadingNewLine = lines.length > 1 && lines.slice(1).every((line) => line.length === 0 || isWhiteSpace(line.charCodeAt(0))), hasTrailingTripleQuotes = escapedValue.endsWith('\\"""'), hasTrailingQuote = value.endsWith('"') && !hasTrailingTripleQuotes, hasTrailingSlash = value.endsWith("\\"), forceTrailingNewline = hasTrailingQuote || hasTrailingSlash, printAsMultipleLines = !(options != null && options.minimize) && // add leading and trailing new lines only if it improves readability
  (!isSingleLine || value.length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes), result = "", skipLeadingNewLine = isSingleLine && isWhiteSpace(value.charCodeAt(0));
  return (printAsMultipleLines && !skipLeadingNewLine || forceLeadingNewLine) && (result += `
`), result += escapedValue, (printAsMultipleLines || forceTrailingNewline) && (result += `
`), '"""' + result + '"""';
}

// node_modules/graphql/language/tokenKind.mjs
var TokenKind;
(function(TokenKind2) {
  TokenKind2.SOF = "<SOF>", TokenKind2.EOF = "<EOF>", TokenKind2.BANG = "!", TokenKind2.DOLLAR = "$", TokenKind2.AMP = "&", TokenKind2.PAREN_L = "(", TokenKind2.PAREN_R = ")", TokenKind2.DOT = ".", TokenKind2.SPREAD = "...", TokenKind2.COLON = ":", TokenKind2.EQUALS = "=", TokenKind2.AT = "@", TokenKind2.BRACKET_L = "[", TokenKind2.BRACKET_R = "]", TokenKind2.BRACE_L = "{", TokenKind2.PIPE = "|", TokenKind2.BRACE_R = "}", TokenKind2.NAME = "Name", TokenKind2.INT = "Int", TokenKind2.FLOAT = "Float", TokenKind2.STRING = "String", TokenKind2.BLOCK_STRING = "BlockString", TokenKind2.COMMENT = "Comment";
})(TokenKind || (TokenKind = {}));

// node_modules/graphql/language/lexer.mjs
var Lexer = class {
  /** Source document used to derive error locations. */
  /** Most recent non-ignored token returned by the lexer. */
  /** Current non-ignored token at the lexer cursor. */
  /** The (1-indexed) line containing the current token. */
  /** Character offset where the current line starts. */
  /** @internal */
  /** @internal */
  /**
   * Creates a Lexer instance.
   * @param source - Source document used to derive error locations.
   * @example
   * ```ts
   * import { Lexer, Source, TokenKind } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   *
   * lexer.token.kind; // => TokenKind.SOF
   * lexer.advance().kind; // => TokenKind.BRACE_L
   * lexer.advance().value; // => 'hello'
   * lexer.advance().kind; // => TokenKind.BRACE_R
   * ```
   */
  constructor(source) {
    let startOfFileToken = new Token(TokenKind.SOF, 0, 0, 0, 0);
    this.source = source, this.lastToken = startOfFileToken, this.token = startOfFileToken, this.line = 1, this.lineStart = 0, this._maxComments = void 0, this._commentCount = 0;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "Lexer";
  }
  /**
   * Advances the token stream to the next non-ignored token.
   * @returns The next non-ignored token.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.advance();
   *
   * token.kind; // => '{'
   * lexer.token; // => token
   * ```
   */
  advance() {
    return this.lastToken = this.token, this.token = this.lookahead();
  }
  /**
   * Looks ahead and returns the next non-ignored token, but does not change
   * the state of Lexer.
   * @returns The next non-ignored token without advancing the lexer.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.lookahead();
   *
   * token.kind; // => '{'
   * lexer.token.kind; // => '<SOF>'
   * ```
   */
  lookahead() {
    let token = this.token;
    if (token.kind !== TokenKind.EOF)
      do
        if (token.next)
          token = token.next;
        else {
          let nextToken = readNextToken(this, token.end);
          token.next = nextToken, nextToken.prev = token, token = nextToken;
        }
      while (token.kind === TokenKind.COMMENT);
    return token;
  }
};
function isPunctuatorTokenKind(kind) {
  return kind === TokenKind.BANG || kind === TokenKind.DOLLAR || kind === TokenKind.AMP || kind === TokenKind.PAREN_L || kind === TokenKind.PAREN_R || kind === TokenKind.DOT || kind === TokenKind.SPREAD || kind === TokenKind.COLON || kind === TokenKind.EQUALS || kind === TokenKind.AT || kind === TokenKind.BRACKET_L || kind === TokenKind.BRACKET_R || kind === TokenKind.BRACE_L || kind === TokenKind.PIPE || kind === TokenKind.BRACE_R;
}
function isUnicodeScalarValue(code) {
  return code >= 0 && code <= 55295 || code >= 57344 && code <= 1114111;
}
function isSupplementaryCodePoint(body, location) {
  return isLeadingSurrogate(body.charCodeAt(location)) && isTrailingSurrogate(body.charCodeAt(location + 1));
}
function isLeadingSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isTrailingSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
function printCodePointAt(lexer, location) {
  let code = lexer.source.body.codePointAt(location);
  if (code === void 0)
    return TokenKind.EOF;
  if (code >= 32 && code <= 126) {
    let char = String.fromCodePoint(code);
    return char === '"' ? `'"'` : `"${char}"`;
  }
  return "U+" + code.toString(16).toUpperCase().padStart(4, "0");
}
function createToken(lexer, kind, start, end, value) {
  let line = lexer.line, col = 1 + start - lexer.lineStart;
  return new Token(kind, start, end, line, col, value);
}
function readNextToken(lexer, start) {
  let body = lexer.source.body, bodyLength = body.length, position = start;
  for (; position < bodyLength; ) {
    let code = body.charCodeAt(position);
    switch (code) {
      // Ignored ::
      //   - UnicodeBOM
      //   - WhiteSpace
      //   - LineTerminator
      //   - Comment
      //   - Comma
      //
      // UnicodeBOM :: "Byte Order Mark (U+FEFF)"
      //
      // WhiteSpace ::
      //   - "Horizontal Tab (U+0009)"
      //   - "Space (U+0020)"
      //
      // Comma :: ,
      case 65279:
      // <BOM>
      case 9:
      // \t
      case 32:
      // <space>
      case 44:
        ++position;
        continue;
      // LineTerminator ::
      //   - "New Line (U+000A)"
      //   - "Carriage Return (U+000D)" [lookahead != "New Line (U+000A)"]
      //   - "Carriage Return (U+000D)" "New Line (U+000A)"
      case 10:
        ++position, ++lexer.line, lexer.lineStart = position;
        continue;
      case 13:
        body.charCodeAt(position + 1) === 10 ? position += 2 : ++position, ++lexer.line, lexer.lineStart = position;
        continue;
      // Comment
      case 35:
        return readComment(lexer, position);
      // Token ::
      //   - Punctuator
      //   - Name
      //   - IntValue
      //   - FloatValue
      //   - StringValue
      //
      // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
      case 33:
        return createToken(lexer, TokenKind.BANG, position, position + 1);
      case 36:
        return createToken(lexer, TokenKind.DOLLAR, position, position + 1);
      case 38:
        return createToken(lexer, TokenKind.AMP, position, position + 1);
      case 40:
        return createToken(lexer, TokenKind.PAREN_L, position, position + 1);
      case 41:
        return createToken(lexer, TokenKind.PAREN_R, position, position + 1);
      case 46:
        if (body.charCodeAt(position + 1) === 46 && body.charCodeAt(position + 2) === 46)
          return createToken(lexer, TokenKind.SPREAD, position, position + 3);
        break;
      case 58:
        return createToken(lexer, TokenKind.COLON, position, position + 1);
      case 61:
        return createToken(lexer, TokenKind.EQUALS, position, position + 1);
      case 64:
        return createToken(lexer, TokenKind.AT, position, position + 1);
      case 91:
        return createToken(lexer, TokenKind.BRACKET_L, position, position + 1);
      case 93:
        return createToken(lexer, TokenKind.BRACKET_R, position, position + 1);
      case 123:
        return createToken(lexer, TokenKind.BRACE_L, position, position + 1);
      case 124:
        return createToken(lexer, TokenKind.PIPE, position, position + 1);
      case 125:
        return createToken(lexer, TokenKind.BRACE_R, position, position + 1);
      // StringValue
      case 34:
        return body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34 ? readBlockString(lexer, position) : readString(lexer, position);
    }
    if (isDigit(code) || code === 45)
      return readNumber(lexer, position, code);
    if (isNameStart(code))
      return readName(lexer, position);
    throw syntaxError(
      lexer.source,
      position,
      code === 39 ? `Unexpected single quote character ('), did you mean to use a double quote (")?` : isUnicodeScalarValue(code) || isSupplementaryCodePoint(body, position) ? `Unexpected character: ${printCodePointAt(lexer, position)}.` : `Invalid character: ${printCodePointAt(lexer, position)}.`
    );
  }
  return createToken(lexer, TokenKind.EOF, bodyLength, bodyLength);
}
function readComment(lexer, start) {
  let maxComments = lexer._maxComments;
  if (maxComments !== void 0) {
    let nextCommentCount = lexer._commentCount + 1;
    if (nextCommentCount > maxComments)
      throw syntaxError(
        lexer.source,
        start,
        `Document contains more than ${maxComments} comments. Parsing aborted.`
      );
    lexer._commentCount = nextCommentCount;
  }
  let body = lexer.source.body, bodyLength = body.length, position = start + 1;
  for (; position < bodyLength; ) {
    let code = body.charCodeAt(position);
    if (code === 10 || code === 13)
      break;
    if (isUnicodeScalarValue(code))
      ++position;
    else if (isSupplementaryCodePoint(body, position))
      position += 2;
    else
      break;
  }
  return createToken(
    lexer,
    TokenKind.COMMENT,
    start,
    position,
    body.slice(start + 1, position)
  );
}
function readNumber(lexer, start, firstCode) {
  let body = lexer.source.body, position = start, code = firstCode, isFloat = !1;
  if (code === 45 && (code = body.charCodeAt(++position)), code === 48) {
    if (code = body.charCodeAt(++position), isDigit(code))
      throw syntaxError(
        lexer.source,
        position,
        `Invalid number, unexpected digit after 0: ${printCodePointAt(
          lexer,
          position
        )}.`
      );
  } else
    position = readDigits(lexer, position, code), code = body.charCodeAt(position);
  if (code === 46 && (isFloat = !0, code = body.charCodeAt(++position), position = readDigits(lexer, position, code), code = body.charCodeAt(position)), (code === 69 || code === 101) && (isFloat = !0, code = body.charCodeAt(++position), (code === 43 || code === 45) && (code = body.charCodeAt(++position)), position = readDigits(lexer, position, code), code = body.charCodeAt(position)), code === 46 || isNameStart(code))
    throw syntaxError(
      lexer.source,
      position,
      `Invalid number, expected digit but got: ${printCodePointAt(
        lexer,
        position
      )}.`
    );
  return createToken(
    lexer,
    isFloat ? TokenKind.FLOAT : TokenKind.INT,
    start,
    position,
    body.slice(start, position)
  );
}
function readDigits(lexer, start, firstCode) {
  if (!isDigit(firstCode))
    throw syntaxError(
      lexer.source,
      start,
      `Invalid number, expected digit but got: ${printCodePointAt(
        lexer,
        start
      )}.`
    );
  let body = lexer.source.body, position = start + 1;
  for (; isDigit(body.charCodeAt(position)); )
    ++position;
  return position;
}
function readString(lexer, start) {
  let body = lexer.source.body, bodyLength = body.length, position = start + 1, chunkStart = position, value = "";
  for (; position < bodyLength; ) {
    let code = body.charCodeAt(position);
    if (code === 34)
      return value += body.slice(chunkStart, position), createToken(lexer, TokenKind.STRING, start, position + 1, value);
    if (code === 92) {
      value += body.slice(chunkStart, position);
      let escape = body.charCodeAt(position + 1) === 117 ? body.charCodeAt(position + 2) === 123 ? readEscapedUnicodeVariableWidth(lexer, position) : readEscapedUnicodeFixedWidth(lexer, position) : readEscapedCharacter(lexer, position);
      value += escape.value, position += escape.size, chunkStart = position;
      continue;
    }
    if (code === 10 || code === 13)
      break;
    if (isUnicodeScalarValue(code))
      ++position;
    else if (isSupplementaryCodePoint(body, position))
      position += 2;
    else
      throw syntaxError(
        lexer.source,
        position,
        `Invalid character within String: ${printCodePointAt(
          lexer,
          position
        )}.`
      );
  }
  throw syntaxError(lexer.source, position, "Unterminated string.");
}
function readEscapedUnicodeVariableWidth(lexer, position) {
  let body = lexer.source.body, point = 0, size = 3;
  for (; size < 12; ) {
    let code = body.charCodeAt(position + size++);
    if (code === 125) {
      if (size < 5 || !isUnicodeScalarValue(point))
        break;
      return {
        value: String.fromCodePoint(point),
        size
      };
    }
    if (point = point << 4 | readHexDigit(code), point < 0)
      break;
  }
  throw syntaxError(
    lexer.source,
    position,
    `Invalid Unicode escape sequence: "${body.slice(
      position,
      position + size
    )}".`
  );
}
function readEscapedUnicodeFixedWidth(lexer, position) {
  let body = lexer.source.body, code = read16BitHexCode(body, position + 2);
  if (isUnicodeScalarValue(code))
    return {
      value: String.fromCodePoint(code),
      size: 6
    };
  if (isLeadingSurrogate(code) && body.charCodeAt(position + 6) === 92 && body.charCodeAt(position + 7) === 117) {
    let trailingCode = read16BitHexCode(body, position + 8);
    if (isTrailingSurrogate(trailingCode))
      return {
        value: String.fromCodePoint(code, trailingCode),
        size: 12
      };
  }
  throw syntaxError(
    lexer.source,
    position,
    `Invalid Unicode escape sequence: "${body.slice(position, position + 6)}".`
  );
}
function read16BitHexCode(body, position) {
  return readHexDigit(body.charCodeAt(position)) << 12 | readHexDigit(body.charCodeAt(position + 1)) << 8 | readHexDigit(body.charCodeAt(position + 2)) << 4 | readHexDigit(body.charCodeAt(position + 3));
}
function readHexDigit(code) {
  return code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1;
}
function readEscapedCharacter(lexer, position) {
  let body = lexer.source.body;
  switch (body.charCodeAt(position + 1)) {
    case 34:
      return {
        value: '"',
        size: 2
      };
    case 92:
      return {
        value: "\\",
        size: 2
      };
    case 47:
      return {
        value: "/",
        size: 2
      };
    case 98:
      return {
        value: "\b",
        size: 2
      };
    case 102:
      return {
        value: "\f",
        size: 2
      };
    case 110:
      return {
        value: `
`,
        size: 2
      };
    case 114:
      return {
        value: "\r",
        size: 2
      };
    case 116:
      return {
        value: "	",
        size: 2
      };
  }
  throw syntaxError(
    lexer.source,
    position,
    `Invalid character escape sequence: "${body.slice(
      position,
      position + 2
    )}".`
  );
}
function readBlockString(lexer, start) {
  let body = lexer.source.body, bodyLength = body.length, lineStart = lexer.lineStart, position = start + 3, chunkStart = position, currentLine = "", blockLines = [];
  for (; position < bodyLength; ) {
    let code = body.charCodeAt(position);
    if (code === 34 && body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34) {
      currentLine += body.slice(chunkStart, position), blockLines.push(currentLine);
      let token = createToken(
        lexer,
        TokenKind.BLOCK_STRING,
        start,
        position + 3,
        // Return a string of the lines joined with U+000A.
        dedentBlockStringLines(blockLines).join(`
`)
      );
      return lexer.line += blockLines.length - 1, lexer.lineStart = lineStart, token;
    }
    if (code === 92 && body.charCodeAt(position + 1) === 34 && body.charCodeAt(position + 2) === 34 && body.charCodeAt(position + 3) === 34) {
      currentLine += body.slice(chunkStart, position), chunkStart = position + 1, position += 4;
      continue;
    }
    if (code === 10 || code === 13) {
      currentLine += body.slice(chunkStart, position), blockLines.push(currentLine), code === 13 && body.charCodeAt(position + 1) === 10 ? position += 2 : ++position, currentLine = "", chunkStart = position, lineStart = position;
      continue;
    }
    if (isUnicodeScalarValue(code))
      ++position;
    else if (isSupplementaryCodePoint(body, position))
      position += 2;
    else
      throw syntaxError(
        lexer.source,
        position,
        `Invalid character within String: ${printCodePointAt(
          lexer,
          position
        )}.`
      );
  }
  throw syntaxError(lexer.source, position, "Unterminated string.");
}
function readName(lexer, start) {
  let body = lexer.source.body, bodyLength = body.length, position = start + 1;
  for (; position < bodyLength; ) {
    let code = body.charCodeAt(position);
    if (isNameContinue(code))
      ++position;
    else
      break;
  }
  return createToken(
    lexer,
    TokenKind.NAME,
    start,
    position,
    body.slice(start, position)
  );
}

// node_modules/graphql/language/schemaCoordinateLexer.mjs
var SchemaCoordinateLexer = class {
  /** The previously focused non-ignored token. */
  /** The currently focused non-ignored token. */
  /**
   * The (1-indexed) line containing the current token.
   * Since a schema coordinate may not contain newline, this value is always 1.
   */
  line = 1;
  /**
   * The character offset at which the current line begins.
   * Since a schema coordinate may not contain newline, this value is always 0.
   */
  lineStart = 0;
  constructor(source) {
    let startOfFileToken = new Token(TokenKind.SOF, 0, 0, 0, 0);
    this.source = source, this.lastToken = startOfFileToken, this.token = startOfFileToken;
  }
  get [Symbol.toStringTag]() {
    return "SchemaCoordinateLexer";
  }
  /**
   * Advances the token stream to the next non-ignored token.
   *
   * @internal
   */
  advance() {
    return this.lastToken = this.token, this.token = this.lookahead();
  }
  /**
   * Looks ahead and returns the next non-ignored token, but does not change
   * the current Lexer token.
   *
   * @internal
   */
  lookahead() {
    let token = this.token;
    if (token.kind !== TokenKind.EOF) {
      let nextToken = readNextToken2(this, token.end);
      token.next = nextToken, nextToken.prev = token, token = nextToken;
    }
    return token;
  }
};
function readNextToken2(lexer, start) {
  let body = lexer.source.body, bodyLength = body.length, position = start;
  if (position < bodyLength) {
    let code = body.charCodeAt(position);
    switch (code) {
      case 46:
        return createToken(lexer, TokenKind.DOT, position, position + 1);
      case 40:
        return createToken(lexer, TokenKind.PAREN_L, position, position + 1);
      case 41:
        return createToken(lexer, TokenKind.PAREN_R, position, position + 1);
      case 58:
        return createToken(lexer, TokenKind.COLON, position, position + 1);
      case 64:
        return createToken(lexer, TokenKind.AT, position, position + 1);
    }
    if (isNameStart(code))
      return readName(lexer, position);
    throw syntaxError(
      lexer.source,
      position,
      `Invalid character: ${printCodePointAt(lexer, position)}.`
    );
  }
  return createToken(lexer, TokenKind.EOF, bodyLength, bodyLength);
}

// node_modules/graphql/jsutils/inspect.mjs
function inspect(value) {
  return formatValue(value, []);
}
function formatValue(value, seenValues) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "function":
      return value.name ? `[function ${value.name}]` : "[function]";
    case "object":
      return formatObjectValue(value, seenValues);
    default:
      return String(value);
  }
}
function formatObjectValue(value, previouslySeenValues) {
  if (value === null)
    return "null";
  if (previouslySeenValues.includes(value))
    return "[Circular]";
  let seenValues = [...previouslySeenValues, value];
  if (isJSONable(value)) {
    let jsonValue = value.toJSON();
    if (jsonValue !== value)
      return typeof jsonValue == "string" ? jsonValue : formatValue(jsonValue, seenValues);
  } else if (Array.isArray(value))
    return formatArray(value, seenValues);
  return formatObject(value, seenValues);
}
function isJSONable(value) {
  return typeof value.toJSON == "function";
}
function formatObject(object, seenValues) {
  let entries = Object.entries(object);
  return entries.length === 0 ? "{}" : seenValues.length > 2 ? "[" + getObjectTag(object) + "]" : "{ " + entries.map(
    ([key, value]) => key + ": " + formatValue(value, seenValues)
  ).join(", ") + " }";
}
function formatArray(array, seenValues) {
  if (array.length === 0)
    return "[]";
  if (seenValues.length > 2)
    return "[Array]";
  let len = Math.min(10, array.length), remaining = array.length - len, items = [];
  for (let i = 0; i < len; ++i)
    items.push(formatValue(array[i], seenValues));
  return remaining === 1 ? items.push("... 1 more item") : remaining > 1 && items.push(`... ${remaining} more items`), "[" + items.join(", ") + "]";
}
function getObjectTag(object) {
  let tag = Object.prototype.toString.call(object).replace(/^\[object /, "").replace(/]$/, "");
  if (tag === "Object" && typeof object.constructor == "function") {
    let name = object.constructor.name;
    if (typeof name == "string" && name !== "")
      return name;
  }
  return tag;
}

// node_modules/graphql/jsutils/instanceOf.mjs
var isProduction = globalThis.process && // eslint-disable-next-line no-undef
process.env.NODE_ENV === "production", instanceOf = (
  /* c8 ignore next 6 */
  // FIXME: https://github.com/graphql/graphql-js/issues/2317
  isProduction ? function(value, constructor) {
    return value instanceof constructor;
  } : function(value, constructor) {
    if (value instanceof constructor)
      return !0;
    if (typeof value == "object" && value !== null) {
      var _value$constructor;
      let className = constructor.prototype[Symbol.toStringTag], valueClassName = (
        // We still need to support constructor's name to detect conflicts with older versions of this library.
        Symbol.toStringTag in value ? value[Symbol.toStringTag] : (_value$constructor = value.constructor) === null || _value$constructor === void 0 ? void 0 : _value$constructor.name
      );
      if (className === valueClassName) {
        let stringifiedValue = inspect(value);
        throw new Error(`Cannot use ${className} "${stringifiedValue}" from another module or realm.

Ensure that there is only one instance of "graphql" in the node_modules
directory. If different versions of "graphql" are the dependencies of other
relied on modules, use "resolutions" to ensure only one version is installed.

https://yarnpkg.com/en/docs/selective-version-resolutions

Duplicate "graphql" modules cannot be used at the same time since different
versions may have different capabilities and behavior. The data from one
version used in the function from another could produce confusing and
spurious results.`);
      }
    }
    return !1;
  }
);

// node_modules/graphql/language/source.mjs
var Source = class {
  /** The GraphQL source text. */
  /** Name used in diagnostics for this source, such as a file path or request name. */
  /** One-indexed line and column where this source begins. */
  /**
   * Creates a Source instance.
   * @param body - The GraphQL source text.
   * @param name - Name used in diagnostics for this source.
   * @param locationOffset - One-indexed line and column where this source begins.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   *
   * const source = new Source('type Query { greeting: String }', 'schema.graphql', {
   *   line: 10,
   *   column: 1,
   * });
   *
   * source.body; // => 'type Query { greeting: String }'
   * source.name; // => 'schema.graphql'
   * source.locationOffset; // => { line: 10, column: 1 }
   * ```
   */
  constructor(body, name = "GraphQL request", locationOffset = {
    line: 1,
    column: 1
  }) {
    typeof body == "string" || devAssert(!1, `Body must be a string. Received: ${inspect(body)}.`), this.body = body, this.name = name, this.locationOffset = locationOffset, this.locationOffset.line > 0 || devAssert(
      !1,
      "line in locationOffset is 1-indexed and must be positive."
    ), this.locationOffset.column > 0 || devAssert(
      !1,
      "column in locationOffset is 1-indexed and must be positive."
    );
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "Source";
  }
};
function isSource(source) {
  return instanceOf(source, Source);
}

// node_modules/graphql/language/parser.mjs
function parse(source, options) {
  let parser = new Parser(source, options), document = parser.parseDocument();
  return Object.defineProperty(document, "tokenCount", {
    enumerable: !1,
    value: parser.tokenCount
  }), document;
}
function parseValue(source, options) {
  let parser = new Parser(source, options);
  parser.expectToken(TokenKind.SOF);
  let value = parser.parseValueLiteral(!1);
  return parser.expectToken(TokenKind.EOF), value;
}
function parseConstValue(source, options) {
  let parser = new Parser(source, options);
  parser.expectToken(TokenKind.SOF);
  let value = parser.parseConstValueLiteral();
  return parser.expectToken(TokenKind.EOF), value;
}
function parseType(source, options) {
  let parser = new Parser(source, options);
  parser.expectToken(TokenKind.SOF);
  let type = parser.parseTypeReference();
  return parser.expectToken(TokenKind.EOF), type;
}
function parseSchemaCoordinate(source) {
  let sourceObj = isSource(source) ? source : new Source(source), lexer = new SchemaCoordinateLexer(sourceObj), parser = new Parser(source, {
    lexer
  });
  parser.expectToken(TokenKind.SOF);
  let coordinate = parser.parseSchemaCoordinate();
  return parser.expectToken(TokenKind.EOF), coordinate;
}
var Parser = class {
  constructor(source, options = {}) {
    let { lexer, ..._options } = options;
    if (lexer)
      this._lexer = lexer;
    else {
      let sourceObj = isSource(source) ? source : new Source(source);
      this._lexer = new Lexer(sourceObj);
    }
    this._options = _options, this._tokenCounter = 0, this._lexer._maxComments = options?.maxComments, this._lexer._commentCount = 0;
    let maxSourceLength = options?.maxSourceLength;
    if (maxSourceLength !== void 0 && this._lexer.source.body.length > maxSourceLength)
      throw syntaxError(
        this._lexer.source,
        maxSourceLength,
        `Source contains more than ${maxSourceLength} UTF-16 code units. Parsing aborted.`
      );
  }
  get tokenCount() {
    return this._tokenCounter;
  }
  /**
   * Converts a name lex token into a name parse node.
   *
   * @internal
   */
  parseName() {
    let token = this.expectToken(TokenKind.NAME);
    return this.node(token, {
      kind: Kind.NAME,
      value: token.value
    });
  }
  // Implements the parsing rules in the Document section.
  /**
   * Document : Definition+
   *
   * @internal
   */
  parseDocument() {
    return this.node(this._lexer.token, {
      kind: Kind.DOCUMENT,
      definitions: this.many(
        TokenKind.SOF,
        this.parseDefinition,
        TokenKind.EOF
      )
    });
  }
  /**
   * Definition :
   *   - ExecutableDefinition
   *   - TypeSystemDefinition
   *   - TypeSystemExtension
   *
   * ExecutableDefinition :
   *   - OperationDefinition
   *   - FragmentDefinition
   *
   * TypeSystemDefinition :
   *   - SchemaDefinition
   *   - TypeDefinition
   *   - DirectiveDefinition
   *
   * TypeDefinition :
   *   - ScalarTypeDefinition
   *   - ObjectTypeDefinition
   *   - InterfaceTypeDefinition
   *   - UnionTypeDefinition
   *   - EnumTypeDefinition
   *   - InputObjectTypeDefinition
   *
   * @internal
   */
  parseDefinition() {
    if (this.peek(TokenKind.BRACE_L))
      return this.parseOperationDefinition();
    let hasDescription = this.peekDescription(), keywordToken = hasDescription ? this._lexer.lookahead() : this._lexer.token;
    if (hasDescription && keywordToken.kind === TokenKind.BRACE_L)
      throw syntaxError(
        this._lexer.source,
        this._lexer.token.start,
        "Unexpected description, descriptions are not supported on shorthand queries."
      );
    if (keywordToken.kind === TokenKind.NAME) {
      switch (keywordToken.value) {
        case "schema":
          return this.parseSchemaDefinition();
        case "scalar":
          return this.parseScalarTypeDefinition();
        case "type":
          return this.parseObjectTypeDefinition();
        case "interface":
          return this.parseInterfaceTypeDefinition();
        case "union":
          return this.parseUnionTypeDefinition();
        case "enum":
          return this.parseEnumTypeDefinition();
        case "input":
          return this.parseInputObjectTypeDefinition();
        case "directive":
          return this.parseDirectiveDefinition();
      }
      switch (keywordToken.value) {
        case "query":
        case "mutation":
        case "subscription":
          return this.parseOperationDefinition();
        case "fragment":
          return this.parseFragmentDefinition();
      }
      if (hasDescription)
        throw syntaxError(
          this._lexer.source,
          this._lexer.token.start,
          "Unexpected description, only GraphQL definitions support descriptions."
        );
      if (keywordToken.value === "extend")
        return this.parseTypeSystemExtension();
    }
    throw this.unexpected(keywordToken);
  }
  // Implements the parsing rules in the Operations section.
  /**
   * OperationDefinition :
   *  - SelectionSet
   *  - OperationType Name? VariableDefinitions? Directives? SelectionSet
   *
   * @internal
   */
  parseOperationDefinition() {
    let start = this._lexer.token;
    if (this.peek(TokenKind.BRACE_L))
      return this.node(start, {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        description: void 0,
        name: void 0,
        variableDefinitions: [],
        directives: [],
        selectionSet: this.parseSelectionSet()
      });
    let description = this.parseDescription(), operation = this.parseOperationType(), name;
    return this.peek(TokenKind.NAME) && (name = this.parseName()), this.node(start, {
      kind: Kind.OPERATION_DEFINITION,
      operation,
      description,
      name,
      variableDefinitions: this.parseVariableDefinitions(),
      directives: this.parseDirectives(!1),
      selectionSet: this.parseSelectionSet()
    });
  }
  /**
   * OperationType : one of query mutation subscription
   *
   * @internal
   */
  parseOperationType() {
    let operationToken = this.expectToken(TokenKind.NAME);
    switch (operationToken.value) {
      case "query":
        return OperationTypeNode.QUERY;
      case "mutation":
        return OperationTypeNode.MUTATION;
      case "subscription":
        return OperationTypeNode.SUBSCRIPTION;
    }
    throw this.unexpected(operationToken);
  }
  /**
   * VariableDefinitions : ( VariableDefinition+ )
   *
   * @internal
   */
  parseVariableDefinitions() {
    return this.optionalMany(
      TokenKind.PAREN_L,
      this.parseVariableDefinition,
      TokenKind.PAREN_R
    );
  }
  /**
   * VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
   *
   * @internal
   */
  parseVariableDefinition() {
    return this.node(this._lexer.token, {
      kind: Kind.VARIABLE_DEFINITION,
      description: this.parseDescription(),
      variable: this.parseVariable(),
      type: (this.expectToken(TokenKind.COLON), this.parseTypeReference()),
      defaultValue: this.expectOptionalToken(TokenKind.EQUALS) ? this.parseConstValueLiteral() : void 0,
      directives: this.parseConstDirectives()
    });
  }
  /**
   * Variable : $ Name
   *
   * @internal
   */
  parseVariable() {
    let start = this._lexer.token;
    return this.expectToken(TokenKind.DOLLAR), this.node(start, {
      kind: Kind.VARIABLE,
      name: this.parseName()
    });
  }
  /**
   * ```
   * SelectionSet : { Selection+ }
   * ```
   *
   * @internal
   */
  parseSelectionSet() {
    return this.node(this._lexer.token, {
      kind: Kind.SELECTION_SET,
      selections: this.many(
        TokenKind.BRACE_L,
        this.parseSelection,
        TokenKind.BRACE_R
      )
    });
  }
  /**
   * Selection :
   *   - Field
   *   - FragmentSpread
   *   - InlineFragment
   *
   * @internal
   */
  parseSelection() {
    return this.peek(TokenKind.SPREAD) ? this.parseFragment() : this.parseField();
  }
  /**
   * Field : Alias? Name Arguments? Directives? SelectionSet?
   *
   * Alias : Name :
   *
   * @internal
   */
  parseField() {
    let start = this._lexer.token, nameOrAlias = this.parseName(), alias, name;
    return this.expectOptionalToken(TokenKind.COLON) ? (alias = nameOrAlias, name = this.parseName()) : name = nameOrAlias, this.node(start, {
      kind: Kind.FIELD,
      alias,
      name,
      arguments: this.parseArguments(!1),
      directives: this.parseDirectives(!1),
      selectionSet: this.peek(TokenKind.BRACE_L) ? this.parseSelectionSet() : void 0
    });
  }
  /**
   * Arguments[Const] : ( Argument[?Const]+ )
   *
   * @internal
   */
  parseArguments(isConst) {
    let item = isConst ? this.parseConstArgument : this.parseArgument;
    return this.optionalMany(TokenKind.PAREN_L, item, TokenKind.PAREN_R);
  }
  /**
   * Argument[Const] : Name : Value[?Const]
   *
   * @internal
   */
  parseArgument(isConst = !1) {
    let start = this._lexer.token, name = this.parseName();
    return this.expectToken(TokenKind.COLON), this.node(start, {
      kind: Kind.ARGUMENT,
      name,
      value: this.parseValueLiteral(isConst)
    });
  }
  parseConstArgument() {
    return this.parseArgument(!0);
  }
  // Implements the parsing rules in the Fragments section.
  /**
   * Corresponds to both FragmentSpread and InlineFragment in the spec.
   *
   * FragmentSpread : ... FragmentName Directives?
   *
   * InlineFragment : ... TypeCondition? Directives? SelectionSet
   *
   * @internal
   */
  parseFragment() {
    let start = this._lexer.token;
    this.expectToken(TokenKind.SPREAD);
    let hasTypeCondition = this.expectOptionalKeyword("on");
    return !hasTypeCondition && this.peek(TokenKind.NAME) ? this.node(start, {
      kind: Kind.FRAGMENT_SPREAD,
      name: this.parseFragmentName(),
      directives: this.parseDirectives(!1)
    }) : this.node(start, {
      kind: Kind.INLINE_FRAGMENT,
      typeCondition: hasTypeCondition ? this.parseNamedType() : void 0,
      directives: this.parseDirectives(!1),
      selectionSet: this.parseSelectionSet()
    });
  }
  /**
   * FragmentDefinition :
   *   - fragment FragmentName on TypeCondition Directives? SelectionSet
   *
   * TypeCondition : NamedType
   *
   * @internal
   */
  parseFragmentDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    return this.expectKeyword("fragment"), this._options.allowLegacyFragmentVariables === !0 ? this.node(start, {
      kind: Kind.FRAGMENT_DEFINITION,
      description,
      name: this.parseFragmentName(),
      variableDefinitions: this.parseVariableDefinitions(),
      typeCondition: (this.expectKeyword("on"), this.parseNamedType()),
      directives: this.parseDirectives(!1),
      selectionSet: this.parseSelectionSet()
    }) : this.node(start, {
      kind: Kind.FRAGMENT_DEFINITION,
      description,
      name: this.parseFragmentName(),
      typeCondition: (this.expectKeyword("on"), this.parseNamedType()),
      directives: this.parseDirectives(!1),
      selectionSet: this.parseSelectionSet()
    });
  }
  /**
   * FragmentName : Name but not `on`
   *
   * @internal
   */
  parseFragmentName() {
    if (this._lexer.token.value === "on")
      throw this.unexpected();
    return this.parseName();
  }
  // Implements the parsing rules in the Values section.
  /**
   * Value[Const] :
   *   - [~Const] Variable
   *   - IntValue
   *   - FloatValue
   *   - StringValue
   *   - BooleanValue
   *   - NullValue
   *   - EnumValue
   *   - ListValue[?Const]
   *   - ObjectValue[?Const]
   *
   * BooleanValue : one of `true` `false`
   *
   * NullValue : `null`
   *
   * EnumValue : Name but not `true`, `false` or `null`
   *
   * @internal
   */
  parseValueLiteral(isConst) {
    let token = this._lexer.token;
    switch (token.kind) {
      case TokenKind.BRACKET_L:
        return this.parseList(isConst);
      case TokenKind.BRACE_L:
        return this.parseObject(isConst);
      case TokenKind.INT:
        return this.advanceLexer(), this.node(token, {
          kind: Kind.INT,
          value: token.value
        });
      case TokenKind.FLOAT:
        return this.advanceLexer(), this.node(token, {
          kind: Kind.FLOAT,
          value: token.value
        });
      case TokenKind.STRING:
      case TokenKind.BLOCK_STRING:
        return this.parseStringLiteral();
      case TokenKind.NAME:
        switch (this.advanceLexer(), token.value) {
          case "true":
            return this.node(token, {
              kind: Kind.BOOLEAN,
              value: !0
            });
          case "false":
            return this.node(token, {
              kind: Kind.BOOLEAN,
              value: !1
            });
          case "null":
            return this.node(token, {
              kind: Kind.NULL
            });
          default:
            return this.node(token, {
              kind: Kind.ENUM,
              value: token.value
            });
        }
      case TokenKind.DOLLAR:
        if (isConst)
          if (this.expectToken(TokenKind.DOLLAR), this._lexer.token.kind === TokenKind.NAME) {
            let varName = this._lexer.token.value;
            throw syntaxError(
              this._lexer.source,
              token.start,
              `Unexpected variable "$${varName}" in constant value.`
            );
          } else
            throw this.unexpected(token);
        return this.parseVariable();
      default:
        throw this.unexpected();
    }
  }
  parseConstValueLiteral() {
    return this.parseValueLiteral(!0);
  }
  parseStringLiteral() {
    let token = this._lexer.token;
    return this.advanceLexer(), this.node(token, {
      kind: Kind.STRING,
      value: token.value,
      block: token.kind === TokenKind.BLOCK_STRING
    });
  }
  /**
   * ListValue[Const] :
   *   - [ ]
   *   - [ Value[?Const]+ ]
   *
   * @internal
   */
  parseList(isConst) {
    let item = () => this.parseValueLiteral(isConst);
    return this.node(this._lexer.token, {
      kind: Kind.LIST,
      values: this.any(TokenKind.BRACKET_L, item, TokenKind.BRACKET_R)
    });
  }
  /**
   * ```
   * ObjectValue[Const] :
   *   - { }
   *   - { ObjectField[?Const]+ }
   * ```
   *
   * @internal
   */
  parseObject(isConst) {
    let item = () => this.parseObjectField(isConst);
    return this.node(this._lexer.token, {
      kind: Kind.OBJECT,
      fields: this.any(TokenKind.BRACE_L, item, TokenKind.BRACE_R)
    });
  }
  /**
   * ObjectField[Const] : Name : Value[?Const]
   *
   * @internal
   */
  parseObjectField(isConst) {
    let start = this._lexer.token, name = this.parseName();
    return this.expectToken(TokenKind.COLON), this.node(start, {
      kind: Kind.OBJECT_FIELD,
      name,
      value: this.parseValueLiteral(isConst)
    });
  }
  // Implements the parsing rules in the Directives section.
  /**
   * Directives[Const] : Directive[?Const]+
   *
   * @internal
   */
  parseDirectives(isConst) {
    let directives = [];
    for (; this.peek(TokenKind.AT); )
      directives.push(this.parseDirective(isConst));
    return directives;
  }
  parseConstDirectives() {
    return this.parseDirectives(!0);
  }
  /**
   * ```
   * Directive[Const] : @ Name Arguments[?Const]?
   * ```
   *
   * @internal
   */
  parseDirective(isConst) {
    let start = this._lexer.token;
    return this.expectToken(TokenKind.AT), this.node(start, {
      kind: Kind.DIRECTIVE,
      name: this.parseName(),
      arguments: this.parseArguments(isConst)
    });
  }
  // Implements the parsing rules in the Types section.
  /**
   * Type :
   *   - NamedType
   *   - ListType
   *   - NonNullType
   *
   * @internal
   */
  parseTypeReference() {
    let start = this._lexer.token, type;
    if (this.expectOptionalToken(TokenKind.BRACKET_L)) {
      let innerType = this.parseTypeReference();
      this.expectToken(TokenKind.BRACKET_R), type = this.node(start, {
        kind: Kind.LIST_TYPE,
        type: innerType
      });
    } else
      type = this.parseNamedType();
    return this.expectOptionalToken(TokenKind.BANG) ? this.node(start, {
      kind: Kind.NON_NULL_TYPE,
      type
    }) : type;
  }
  /**
   * NamedType : Name
   *
   * @internal
   */
  parseNamedType() {
    return this.node(this._lexer.token, {
      kind: Kind.NAMED_TYPE,
      name: this.parseName()
    });
  }
  // Implements the parsing rules in the Type Definition section.
  peekDescription() {
    return this.peek(TokenKind.STRING) || this.peek(TokenKind.BLOCK_STRING);
  }
  /**
   * Description : StringValue
   *
   * @internal
   */
  parseDescription() {
    if (this.peekDescription())
      return this.parseStringLiteral();
  }
  /**
   * ```
   * SchemaDefinition : Description? schema Directives[Const]? { OperationTypeDefinition+ }
   * ```
   *
   * @internal
   */
  parseSchemaDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("schema");
    let directives = this.parseConstDirectives(), operationTypes = this.many(
      TokenKind.BRACE_L,
      this.parseOperationTypeDefinition,
      TokenKind.BRACE_R
    );
    return this.node(start, {
      kind: Kind.SCHEMA_DEFINITION,
      description,
      directives,
      operationTypes
    });
  }
  /**
   * OperationTypeDefinition : OperationType : NamedType
   *
   * @internal
   */
  parseOperationTypeDefinition() {
    let start = this._lexer.token, operation = this.parseOperationType();
    this.expectToken(TokenKind.COLON);
    let type = this.parseNamedType();
    return this.node(start, {
      kind: Kind.OPERATION_TYPE_DEFINITION,
      operation,
      type
    });
  }
  /**
   * ScalarTypeDefinition : Description? scalar Name Directives[Const]?
   *
   * @internal
   */
  parseScalarTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("scalar");
    let name = this.parseName(), directives = this.parseConstDirectives();
    return this.node(start, {
      kind: Kind.SCALAR_TYPE_DEFINITION,
      description,
      name,
      directives
    });
  }
  /**
   * ObjectTypeDefinition :
   *   Description?
   *   type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
   *
   * @internal
   */
  parseObjectTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("type");
    let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
    return this.node(start, {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      description,
      name,
      interfaces,
      directives,
      fields
    });
  }
  /**
   * ImplementsInterfaces :
   *   - implements `&`? NamedType
   *   - ImplementsInterfaces & NamedType
   *
   * @internal
   */
  parseImplementsInterfaces() {
    return this.expectOptionalKeyword("implements") ? this.delimitedMany(TokenKind.AMP, this.parseNamedType) : [];
  }
  /**
   * ```
   * FieldsDefinition : { FieldDefinition+ }
   * ```
   *
   * @internal
   */
  parseFieldsDefinition() {
    return this.optionalMany(
      TokenKind.BRACE_L,
      this.parseFieldDefinition,
      TokenKind.BRACE_R
    );
  }
  /**
   * FieldDefinition :
   *   - Description? Name ArgumentsDefinition? : Type Directives[Const]?
   *
   * @internal
   */
  parseFieldDefinition() {
    let start = this._lexer.token, description = this.parseDescription(), name = this.parseName(), args = this.parseArgumentDefs();
    this.expectToken(TokenKind.COLON);
    let type = this.parseTypeReference(), directives = this.parseConstDirectives();
    return this.node(start, {
      kind: Kind.FIELD_DEFINITION,
      description,
      name,
      arguments: args,
      type,
      directives
    });
  }
  /**
   * ArgumentsDefinition : ( InputValueDefinition+ )
   *
   * @internal
   */
  parseArgumentDefs() {
    return this.optionalMany(
      TokenKind.PAREN_L,
      this.parseInputValueDef,
      TokenKind.PAREN_R
    );
  }
  /**
   * InputValueDefinition :
   *   - Description? Name : Type DefaultValue? Directives[Const]?
   *
   * @internal
   */
  parseInputValueDef() {
    let start = this._lexer.token, description = this.parseDescription(), name = this.parseName();
    this.expectToken(TokenKind.COLON);
    let type = this.parseTypeReference(), defaultValue;
    this.expectOptionalToken(TokenKind.EQUALS) && (defaultValue = this.parseConstValueLiteral());
    let directives = this.parseConstDirectives();
    return this.node(start, {
      kind: Kind.INPUT_VALUE_DEFINITION,
      description,
      name,
      type,
      defaultValue,
      directives
    });
  }
  /**
   * InterfaceTypeDefinition :
   *   - Description? interface Name Directives[Const]? FieldsDefinition?
   *
   * @internal
   */
  parseInterfaceTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("interface");
    let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
    return this.node(start, {
      kind: Kind.INTERFACE_TYPE_DEFINITION,
      description,
      name,
      interfaces,
      directives,
      fields
    });
  }
  /**
   * UnionTypeDefinition :
   *   - Description? union Name Directives[Const]? UnionMemberTypes?
   *
   * @internal
   */
  parseUnionTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("union");
    let name = this.parseName(), directives = this.parseConstDirectives(), types = this.parseUnionMemberTypes();
    return this.node(start, {
      kind: Kind.UNION_TYPE_DEFINITION,
      description,
      name,
      directives,
      types
    });
  }
  /**
   * UnionMemberTypes :
   *   - = `|`? NamedType
   *   - UnionMemberTypes | NamedType
   *
   * @internal
   */
  parseUnionMemberTypes() {
    return this.expectOptionalToken(TokenKind.EQUALS) ? this.delimitedMany(TokenKind.PIPE, this.parseNamedType) : [];
  }
  /**
   * EnumTypeDefinition :
   *   - Description? enum Name Directives[Const]? EnumValuesDefinition?
   *
   * @internal
   */
  parseEnumTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("enum");
    let name = this.parseName(), directives = this.parseConstDirectives(), values = this.parseEnumValuesDefinition();
    return this.node(start, {
      kind: Kind.ENUM_TYPE_DEFINITION,
      description,
      name,
      directives,
      values
    });
  }
  /**
   * ```
   * EnumValuesDefinition : { EnumValueDefinition+ }
   * ```
   *
   * @internal
   */
  parseEnumValuesDefinition() {
    return this.optionalMany(
      TokenKind.BRACE_L,
      this.parseEnumValueDefinition,
      TokenKind.BRACE_R
    );
  }
  /**
   * EnumValueDefinition : Description? EnumValue Directives[Const]?
   *
   * @internal
   */
  parseEnumValueDefinition() {
    let start = this._lexer.token, description = this.parseDescription(), name = this.parseEnumValueName(), directives = this.parseConstDirectives();
    return this.node(start, {
      kind: Kind.ENUM_VALUE_DEFINITION,
      description,
      name,
      directives
    });
  }
  /**
   * EnumValue : Name but not `true`, `false` or `null`
   *
   * @internal
   */
  parseEnumValueName() {
    if (this._lexer.token.value === "true" || this._lexer.token.value === "false" || this._lexer.token.value === "null")
      throw syntaxError(
        this._lexer.source,
        this._lexer.token.start,
        `${getTokenDesc(
          this._lexer.token
        )} is reserved and cannot be used for an enum value.`
      );
    return this.parseName();
  }
  /**
   * InputObjectTypeDefinition :
   *   - Description? input Name Directives[Const]? InputFieldsDefinition?
   *
   * @internal
   */
  parseInputObjectTypeDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("input");
    let name = this.parseName(), directives = this.parseConstDirectives(), fields = this.parseInputFieldsDefinition();
    return this.node(start, {
      kind: Kind.INPUT_OBJECT_TYPE_DEFINITION,
      description,
      name,
      directives,
      fields
    });
  }
  /**
   * ```
   * InputFieldsDefinition : { InputValueDefinition+ }
   * ```
   *
   * @internal
   */
  parseInputFieldsDefinition() {
    return this.optionalMany(
      TokenKind.BRACE_L,
      this.parseInputValueDef,
      TokenKind.BRACE_R
    );
  }
  /**
   * TypeSystemExtension :
   *   - SchemaExtension
   *   - TypeExtension
   *
   * TypeExtension :
   *   - ScalarTypeExtension
   *   - ObjectTypeExtension
   *   - InterfaceTypeExtension
   *   - UnionTypeExtension
   *   - EnumTypeExtension
   *   - InputObjectTypeDefinition
   *   - DirectiveDefinitionExtension
   *
   * @internal
   */
  parseTypeSystemExtension() {
    let keywordToken = this._lexer.lookahead();
    if (keywordToken.kind === TokenKind.NAME)
      switch (keywordToken.value) {
        case "schema":
          return this.parseSchemaExtension();
        case "scalar":
          return this.parseScalarTypeExtension();
        case "type":
          return this.parseObjectTypeExtension();
        case "interface":
          return this.parseInterfaceTypeExtension();
        case "union":
          return this.parseUnionTypeExtension();
        case "enum":
          return this.parseEnumTypeExtension();
        case "input":
          return this.parseInputObjectTypeExtension();
        case "directive":
          if (this._options.experimentalDirectivesOnDirectiveDefinitions)
            return this.parseDirectiveDefinitionExtension();
          break;
      }
    throw this.unexpected(keywordToken);
  }
  /**
   * ```
   * SchemaExtension :
   *  - extend schema Directives[Const]? { OperationTypeDefinition+ }
   *  - extend schema Directives[Const]
   * ```
   *
   * @internal
   */
  parseSchemaExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("schema");
    let directives = this.parseConstDirectives(), operationTypes = this.optionalMany(
      TokenKind.BRACE_L,
      this.parseOperationTypeDefinition,
      TokenKind.BRACE_R
    );
    if (directives.length === 0 && operationTypes.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.SCHEMA_EXTENSION,
      directives,
      operationTypes
    });
  }
  /**
   * ScalarTypeExtension :
   *   - extend scalar Name Directives[Const]
   *
   * @internal
   */
  parseScalarTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("scalar");
    let name = this.parseName(), directives = this.parseConstDirectives();
    if (directives.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.SCALAR_TYPE_EXTENSION,
      name,
      directives
    });
  }
  /**
   * ObjectTypeExtension :
   *  - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
   *  - extend type Name ImplementsInterfaces? Directives[Const]
   *  - extend type Name ImplementsInterfaces
   *
   * @internal
   */
  parseObjectTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("type");
    let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
    if (interfaces.length === 0 && directives.length === 0 && fields.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.OBJECT_TYPE_EXTENSION,
      name,
      interfaces,
      directives,
      fields
    });
  }
  /**
   * InterfaceTypeExtension :
   *  - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
   *  - extend interface Name ImplementsInterfaces? Directives[Const]
   *  - extend interface Name ImplementsInterfaces
   *
   * @internal
   */
  parseInterfaceTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("interface");
    let name = this.parseName(), interfaces = this.parseImplementsInterfaces(), directives = this.parseConstDirectives(), fields = this.parseFieldsDefinition();
    if (interfaces.length === 0 && directives.length === 0 && fields.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.INTERFACE_TYPE_EXTENSION,
      name,
      interfaces,
      directives,
      fields
    });
  }
  /**
   * UnionTypeExtension :
   *   - extend union Name Directives[Const]? UnionMemberTypes
   *   - extend union Name Directives[Const]
   *
   * @internal
   */
  parseUnionTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("union");
    let name = this.parseName(), directives = this.parseConstDirectives(), types = this.parseUnionMemberTypes();
    if (directives.length === 0 && types.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.UNION_TYPE_EXTENSION,
      name,
      directives,
      types
    });
  }
  /**
   * EnumTypeExtension :
   *   - extend enum Name Directives[Const]? EnumValuesDefinition
   *   - extend enum Name Directives[Const]
   *
   * @internal
   */
  parseEnumTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("enum");
    let name = this.parseName(), directives = this.parseConstDirectives(), values = this.parseEnumValuesDefinition();
    if (directives.length === 0 && values.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.ENUM_TYPE_EXTENSION,
      name,
      directives,
      values
    });
  }
  /**
   * InputObjectTypeExtension :
   *   - extend input Name Directives[Const]? InputFieldsDefinition
   *   - extend input Name Directives[Const]
   *
   * @internal
   */
  parseInputObjectTypeExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("input");
    let name = this.parseName(), directives = this.parseConstDirectives(), fields = this.parseInputFieldsDefinition();
    if (directives.length === 0 && fields.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.INPUT_OBJECT_TYPE_EXTENSION,
      name,
      directives,
      fields
    });
  }
  parseDirectiveDefinitionExtension() {
    let start = this._lexer.token;
    this.expectKeyword("extend"), this.expectKeyword("directive"), this.expectToken(TokenKind.AT);
    let name = this.parseName(), directives = this.parseConstDirectives();
    if (directives.length === 0)
      throw this.unexpected();
    return this.node(start, {
      kind: Kind.DIRECTIVE_EXTENSION,
      name,
      directives
    });
  }
  /**
   * ```
   * DirectiveDefinition :
   *   - Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
   * ```
   *
   * @internal
   */
  parseDirectiveDefinition() {
    let start = this._lexer.token, description = this.parseDescription();
    this.expectKeyword("directive"), this.expectToken(TokenKind.AT);
    let name = this.parseName(), args = this.parseArgumentDefs(), directives = this._options.experimentalDirectivesOnDirectiveDefinitions ? this.parseConstDirectives() : [], repeatable = this.expectOptionalKeyword("repeatable");
    this.expectKeyword("on");
    let locations = this.parseDirectiveLocations();
    return this.node(start, {
      kind: Kind.DIRECTIVE_DEFINITION,
      description,
      name,
      arguments: args,
      directives,
      repeatable,
      locations
    });
  }
  /**
   * DirectiveLocations :
   *   - `|`? DirectiveLocation
   *   - DirectiveLocations | DirectiveLocation
   *
   * @internal
   */
  parseDirectiveLocations() {
    return this.delimitedMany(TokenKind.PIPE, this.parseDirectiveLocation);
  }
  /*
   * DirectiveLocation :
   *   - ExecutableDirectiveLocation
   *   - TypeSystemDirectiveLocation
   *
   * ExecutableDirectiveLocation : one of
   *   `QUERY`
   *   `MUTATION`
   *   `SUBSCRIPTION`
   *   `FIELD`
   *   `FRAGMENT_DEFINITION`
   *   `FRAGMENT_SPREAD`
   *   `INLINE_FRAGMENT`
   *
   * TypeSystemDirectiveLocation : one of
   *   `SCHEMA`
   *   `SCALAR`
   *   `OBJECT`
   *   `FIELD_DEFINITION`
   *   `ARGUMENT_DEFINITION`
   *   `INTERFACE`
   *   `UNION`
   *   `ENUM`
   *   `ENUM_VALUE`
   *   `INPUT_OBJECT`
   *   `INPUT_FIELD_DEFINITION`
   *   `DIRECTIVE_DEFINITION`
   */
  parseDirectiveLocation() {
    let start = this._lexer.token, name = this.parseName();
    if (Object.prototype.hasOwnProperty.call(DirectiveLocation, name.value))
      return name;
    throw this.unexpected(start);
  }
  // Schema Coordinates
  /**
   * SchemaCoordinate :
   *   - Name
   *   - Name . Name
   *   - Name . Name ( Name : )
   *   - \@ Name
   *   - \@ Name ( Name : )
   * @returns Parsed schema coordinate AST.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { Kind, parseSchemaCoordinate } from 'graphql/language';
   *
   * const typeCoordinate = parseSchemaCoordinate('User.name');
   * const directiveCoordinate = parseSchemaCoordinate('@include(if:)');
   * assert(typeCoordinate.kind === Kind.MEMBER_COORDINATE);
   * assert(directiveCoordinate.kind === Kind.DIRECTIVE_ARGUMENT_COORDINATE);
   *
   * typeCoordinate.name.value; // => 'User'
   * typeCoordinate.memberName?.value; // => 'name'
   * directiveCoordinate.name.value; // => 'include'
   * directiveCoordinate.argumentName?.value; // => 'if'
   * ```
   */
  parseSchemaCoordinate() {
    let start = this._lexer.token, ofDirective = this.expectOptionalToken(TokenKind.AT), name = this.parseName(), memberName;
    !ofDirective && this.expectOptionalToken(TokenKind.DOT) && (memberName = this.parseName());
    let argumentName;
    return (ofDirective || memberName) && this.expectOptionalToken(TokenKind.PAREN_L) && (argumentName = this.parseName(), this.expectToken(TokenKind.COLON), this.expectToken(TokenKind.PAREN_R)), ofDirective ? argumentName ? this.node(start, {
      kind: Kind.DIRECTIVE_ARGUMENT_COORDINATE,
      name,
      argumentName
    }) : this.node(start, {
      kind: Kind.DIRECTIVE_COORDINATE,
      name
    }) : memberName ? argumentName ? this.node(start, {
      kind: Kind.ARGUMENT_COORDINATE,
      name,
      fieldName: memberName,
      argumentName
    }) : this.node(start, {
      kind: Kind.MEMBER_COORDINATE,
      name,
      memberName
    }) : this.node(start, {
      kind: Kind.TYPE_COORDINATE,
      name
    });
  }
  // Core parsing utility functions
  /**
   * Returns a node that, if configured to do so, sets a "loc" field as a
   * location object, used to identify the place in the source that created a
   * given parsed object.
   *
   * @internal
   */
  node(startToken, node) {
    return this._options.noLocation !== !0 && (node.loc = new Location(
      startToken,
      this._lexer.lastToken,
      this._lexer.source
    )), node;
  }
  /**
   * Determines if the next token is of a given kind
   *
   * @internal
   */
  peek(kind) {
    return this._lexer.token.kind === kind;
  }
  /**
   * If the next token is of the given kind, return that token after advancing the lexer.
   * Otherwise, do not change the parser state and throw an error.
   *
   * @internal
   */
  expectToken(kind) {
    let token = this._lexer.token;
    if (token.kind === kind)
      return this.advanceLexer(), token;
    throw syntaxError(
      this._lexer.source,
      token.start,
      `Expected ${getTokenKindDesc(kind)}, found ${getTokenDesc(token)}.`
    );
  }
  /**
   * If the next token is of the given kind, return "true" after advancing the lexer.
   * Otherwise, do not change the parser state and return "false".
   *
   * @internal
   */
  expectOptionalToken(kind) {
    return this._lexer.token.kind === kind ? (this.advanceLexer(), !0) : !1;
  }
  /**
   * If the next token is a given keyword, advance the lexer.
   * Otherwise, do not change the parser state and throw an error.
   *
   * @internal
   */
  expectKeyword(value) {
    let token = this._lexer.token;
    if (token.kind === TokenKind.NAME && token.value === value)
      this.advanceLexer();
    else
      throw syntaxError(
        this._lexer.source,
        token.start,
        `Expected "${value}", found ${getTokenDesc(token)}.`
      );
  }
  /**
   * If the next token is a given keyword, return "true" after advancing the lexer.
   * Otherwise, do not change the parser state and return "false".
   *
   * @internal
   */
  expectOptionalKeyword(value) {
    let token = this._lexer.token;
    return token.kind === TokenKind.NAME && token.value === value ? (this.advanceLexer(), !0) : !1;
  }
  /**
   * Helper function for creating an error when an unexpected lexed token is encountered.
   *
   * @internal
   */
  unexpected(atToken) {
    let token = atToken ?? this._lexer.token;
    return syntaxError(
      this._lexer.source,
      token.start,
      `Unexpected ${getTokenDesc(token)}.`
    );
  }
  /**
   * Returns a possibly empty list of parse nodes, determined by the parseFn.
   * This list begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */
  any(openKind, parseFn, closeKind) {
    this.expectToken(openKind);
    let nodes = [];
    for (; !this.expectOptionalToken(closeKind); )
      nodes.push(parseFn.call(this));
    return nodes;
  }
  /**
   * Returns a list of parse nodes, determined by the parseFn.
   * It can be empty only if open token is missing otherwise it will always return non-empty list
   * that begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */
  optionalMany(openKind, parseFn, closeKind) {
    if (this.expectOptionalToken(openKind)) {
      let nodes = [];
      do
        nodes.push(parseFn.call(this));
      while (!this.expectOptionalToken(closeKind));
      return nodes;
    }
    return [];
  }
  /**
   * Returns a non-empty list of parse nodes, determined by the parseFn.
   * This list begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */
  many(openKind, parseFn, closeKind) {
    this.expectToken(openKind);
    let nodes = [];
    do
      nodes.push(parseFn.call(this));
    while (!this.expectOptionalToken(closeKind));
    return nodes;
  }
  /**
   * Returns a non-empty list of parse nodes, determined by the parseFn.
   * This list may begin with a lex token of delimiterKind followed by items separated by lex tokens of tokenKind.
   * Advances the parser to the next lex token after last item in the list.
   *
   * @internal
   */
  delimitedMany(delimiterKind, parseFn) {
    this.expectOptionalToken(delimiterKind);
    let nodes = [];
    do
      nodes.push(parseFn.call(this));
    while (this.expectOptionalToken(delimiterKind));
    return nodes;
  }
  advanceLexer() {
    let { maxLexicalTokens = this._options.maxTokens } = this._options, token = this._lexer.advance();
    if (token.kind !== TokenKind.EOF && (++this._tokenCounter, maxLexicalTokens !== void 0 && this._tokenCounter > maxLexicalTokens))
      throw syntaxError(
        this._lexer.source,
        token.start,
        `Document contains more that ${maxLexicalTokens} tokens. Parsing aborted.`
      );
  }
};
function getTokenDesc(token) {
  let value = token.value;
  return getTokenKindDesc(token.kind) + (value != null ? ` "${value}"` : "");
}
function getTokenKindDesc(kind) {
  return isPunctuatorTokenKind(kind) ? `"${kind}"` : kind;
}

// node_modules/graphql/jsutils/didYouMean.mjs
function didYouMean(firstArg, secondArg) {
  let [subMessage, suggestionsArg] = secondArg ? [firstArg, secondArg] : [void 0, firstArg], message = " Did you mean ";
  subMessage && (message += subMessage + " ");
  let suggestions = suggestionsArg.map((x) => `"${x}"`);
  switch (suggestions.length) {
    case 0:
      return "";
    case 1:
      return message + suggestions[0] + "?";
    case 2:
      return message + suggestions[0] + " or " + suggestions[1] + "?";
  }
  let selected = suggestions.slice(0, 5), lastItem = selected.pop();
  return message + selected.join(", ") + ", or " + lastItem + "?";
}

// node_modules/graphql/jsutils/identityFunc.mjs
function identityFunc(x) {
  return x;
}

// node_modules/graphql/jsutils/keyMap.mjs
function keyMap(list, keyFn) {
  let result = /* @__PURE__ */ Object.create(null);
  for (let item of list)
    result[keyFn(item)] = item;
  return result;
}

// node_modules/graphql/jsutils/keyValMap.mjs
function keyValMap(list, keyFn, valFn) {
  let result = /* @__PURE__ */ Object.create(null);
  for (let item of list)
    result[keyFn(item)] = valFn(item);
  return result;
}

// node_modules/graphql/jsutils/mapValue.mjs
function mapValue(map, fn) {
  let result = /* @__PURE__ */ Object.create(null);
  for (let key of Object.keys(map))
    result[key] = fn(map[key], key);
  return result;
}

// node_modules/graphql/jsutils/naturalCompare.mjs
function naturalCompare(aStr, bStr) {
  let aIndex = 0, bIndex = 0;
  for (; aIndex < aStr.length && bIndex < bStr.length; ) {
    let aChar = aStr.charCodeAt(aIndex), bChar = bStr.charCodeAt(bIndex);
    if (isDigit2(aChar) && isDigit2(bChar)) {
      let aNum = 0;
      do
        ++aIndex, aNum = aNum * 10 + aChar - DIGIT_0, aChar = aStr.charCodeAt(aIndex);
      while (isDigit2(aChar) && aNum > 0);
      let bNum = 0;
      do
        ++bIndex, bNum = bNum * 10 + bChar - DIGIT_0, bChar = bStr.charCodeAt(bIndex);
      while (isDigit2(bChar) && bNum > 0);
      if (aNum < bNum)
        return -1;
      if (aNum > bNum)
        return 1;
    } else {
      if (aChar < bChar)
        return -1;
      if (aChar > bChar)
        return 1;
      ++aIndex, ++bIndex;
    }
  }
  return aStr.length - bStr.length;
}
var DIGIT_0 = 48, DIGIT_9 = 57;
function isDigit2(code) {
  return !isNaN(code) && DIGIT_0 <= code && code <= DIGIT_9;
}

// node_modules/graphql/jsutils/suggestionList.mjs
function suggestionList(input, options) {
  let optionsByDistance = /* @__PURE__ */ Object.create(null), lexicalDistance = new LexicalDistance(input), threshold = Math.floor(input.length * 0.4) + 1;
  for (let option of options) {
    let distance = lexicalDistance.measure(option, threshold);
    distance !== void 0 && (optionsByDistance[option] = distance);
  }
  return Object.keys(optionsByDistance).sort((a, b) => {
    let distanceDiff = optionsByDistance[a] - optionsByDistance[b];
    return distanceDiff !== 0 ? distanceDiff : naturalCompare(a, b);
  });
}
var LexicalDistance = class {
  constructor(input) {
    this._input = input, this._inputLowerCase = input.toLowerCase(), this._inputArray = stringToArray(this._inputLowerCase), this._rows = [
      new Array(input.length + 1).fill(0),
      new Array(input.length + 1).fill(0),
      new Array(input.length + 1).fill(0)
    ];
  }
  measure(option, threshold) {
    if (this._input === option)
      return 0;
    let optionLowerCase = option.toLowerCase();
    if (this._inputLowerCase === optionLowerCase)
      return 1;
    let a = stringToArray(optionLowerCase), b = this._inputArray;
    if (a.length < b.length) {
      let tmp = a;
      a = b, b = tmp;
    }
    let aLength = a.length, bLength = b.length;
    if (aLength - bLength > threshold)
      return;
    let rows = this._rows;
    for (let j = 0; j <= bLength; j++)
      rows[0][j] = j;
    for (let i = 1; i <= aLength; i++) {
      let upRow = rows[(i - 1) % 3], currentRow = rows[i % 3], smallestCell = currentRow[0] = i;
      for (let j = 1; j <= bLength; j++) {
        let cost = a[i - 1] === b[j - 1] ? 0 : 1, currentCell = Math.min(
          upRow[j] + 1,
          // delete
          currentRow[j - 1] + 1,
          // insert
          upRow[j - 1] + cost
          // substitute
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          let doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
          currentCell = Math.min(currentCell, doubleDiagonalCell + 1);
        }
        currentCell < smallestCell && (smallestCell = currentCell), currentRow[j] = currentCell;
      }
      if (smallestCell > threshold)
        return;
    }
    let distance = rows[aLength % 3][bLength];
    return distance <= threshold ? distance : void 0;
  }
};
function stringToArray(str) {
  let strLength = str.length, array = new Array(strLength);
  for (let i = 0; i < strLength; ++i)
    array[i] = str.charCodeAt(i);
  return array;
}

// node_modules/graphql/jsutils/toObjMap.mjs
function toObjMap(obj) {
  if (obj == null)
    return /* @__PURE__ */ Object.create(null);
  if (Object.getPrototypeOf(obj) === null)
    return obj;
  let map = /* @__PURE__ */ Object.create(null);
  for (let [key, value] of Object.entries(obj))
    map[key] = value;
  return map;
}

// node_modules/graphql/language/printString.mjs
function printString(str) {
  return `"${str.replace(escapedRegExp, escapedReplacer)}"`;
}
var escapedRegExp = /[\x00-\x1f\x22\x5c\x7f-\x9f]/g;
function escapedReplacer(str) {
  return escapeSequences[str.charCodeAt(0)];
}
var escapeSequences = [
  "\\u0000",
  "\\u0001",
  "\\u0002",
  "\\u0003",
  "\\u0004",
  "\\u0005",
  "\\u0006",
  "\\u0007",
  "\\b",
  "\\t",
  "\\n",
  "\\u000B",
  "\\f",
  "\\r",
  "\\u000E",
  "\\u000F",
  "\\u0010",
  "\\u0011",
  "\\u0012",
  "\\u0013",
  "\\u0014",
  "\\u0015",
  "\\u0016",
  "\\u0017",
  "\\u0018",
  "\\u0019",
  "\\u001A",
  "\\u001B",
  "\\u001C",
  "\\u001D",
  "\\u001E",
  "\\u001F",
  "",
  "",
  '\\"',
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  // 2F
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  // 3F
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  // 4F
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "\\\\",
  "",
  "",
  "",
  // 5F
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  // 6F
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "\\u007F",
  "\\u0080",
  "\\u0081",
  "\\u0082",
  "\\u0083",
  "\\u0084",
  "\\u0085",
  "\\u0086",
  "\\u0087",
  "\\u0088",
  "\\u0089",
  "\\u008A",
  "\\u008B",
  "\\u008C",
  "\\u008D",
  "\\u008E",
  "\\u008F",
  "\\u0090",
  "\\u0091",
  "\\u0092",
  "\\u0093",
  "\\u0094",
  "\\u0095",
  "\\u0096",
  "\\u0097",
  "\\u0098",
  "\\u0099",
  "\\u009A",
  "\\u009B",
  "\\u009C",
  "\\u009D",
  "\\u009E",
  "\\u009F"
];

// node_modules/graphql/language/reducer.mjs
function reduce(root, reducer) {
  let stack = [], frame = {
    parent: [root],
    keys: void 0,
    results: [],
    index: -1
  }, node;
  do {
    let kind;
    frame.index++;
    let length = frame.keys === void 0 ? frame.parent.length : frame.keys.length;
    if (frame.index === length)
      node = frame.results, kind = frame.keys === void 0 ? void 0 : frame.results.kind, frame = stack.pop();
    else {
      if (node = frame.keys === void 0 ? frame.parent[frame.index] : frame.parent[frame.keys[frame.index]], node == null && stack.length !== 0)
        continue;
      if (Array.isArray(node)) {
        if (node.length !== 0) {
          stack.push(frame), frame = {
            parent: node,
            keys: void 0,
            results: [],
            index: -1
          };
          continue;
        }
      } else {
        let parent = node;
        kind = parent?.kind;
        let keys = typeof kind == "string" ? QueryDocumentKeys[kind] : void 0;
        if (!Array.isArray(keys))
          throw new Error(`Invalid AST Node: ${inspect(node)}.`);
        if (keys.length !== 0) {
          stack.push(frame), frame = {
            parent,
            keys,
            results: { ...parent },
            index: -1
          };
          continue;
        }
      }
    }
    if (kind !== void 0) {
      let reduceNode = reducer[kind];
      node = reduceNode?.(node);
    }
    frame.keys === void 0 ? frame.results.push(node) : frame.results[frame.keys[frame.index]] = node;
  } while (stack.length !== 0);
  return node;
}

// node_modules/graphql/language/printer.mjs
function print(ast, options) {
  var _options$maxIndentDep;
  return render(
    reduce(ast, printDocASTReducer),
    (_options$maxIndentDep = options?.maxIndentDepth) !== null && _options$maxIndentDep !== void 0 ? _options$maxIndentDep : 1 / 0
  );
}
function printForError(ast) {
  return print(ast, {
    maxIndentDepth: 100
  });
}
var MAX_LINE_LENGTH = 80, PrintBuffer = class _PrintBuffer {
  next = void 0;
  tail = this;
  indentBefore = !1;
  dedentAfter = !1;
  constructor(value = "", isBlockString = !1) {
    this.length = value.length, this.lines = value.includes(`
`) ? value.split(`
`) : value, this.newlines = typeof this.lines == "string" ? 0 : this.lines.length - 1, this.isBlockString = isBlockString;
  }
  append(result) {
    if (result.length === 0)
      return this;
    let next = typeof result == "string" ? new _PrintBuffer(result) : result;
    return this.tail.next = next, this.tail = next.tail, this.length += next.length, this.newlines += next.newlines, this;
  }
  indent() {
    return this.length === 0 ? this : (this.indentBefore = !0, this.tail.dedentAfter = !0, this.length += 2 * (this.newlines + 1), this);
  }
}, EMPTY = new PrintBuffer();
function render(buffer, maxDepth) {
  let output = "", text = "", depth = 0, indentation = "", part = buffer;
  for (; part !== void 0; ) {
    let lines = part.lines;
    if (part.indentBefore && (depth < maxDepth && (indentation += "  ", text += "  "), depth++), typeof lines == "string")
      text += lines;
    else {
      text += lines[0];
      let newline = !part.isBlockString && depth >= maxDepth ? " " : `
` + indentation;
      for (let i = 1; i < lines.length; i++)
        output += text, text = newline + lines[i];
    }
    part.dedentAfter && (depth--, indentation = indentation.slice(0, depth * 2)), part = part.next;
  }
  return output + text;
}
var printDocASTReducer = {
  Name: (node) => new PrintBuffer(node.value),
  Variable: (node) => join(["$", node.name]),
  // Document
  Document: (node) => join(node.definitions, `

`),
  OperationDefinition(node) {
    let varDefs = hasMultilineItems(node.variableDefinitions) ? wrap(`(
`, join(node.variableDefinitions, `
`), `
)`) : wrap("(", join(node.variableDefinitions, ", "), ")"), prefix = join([
      wrap("", node.description, `
`),
      join(
        [
          node.operation,
          join([node.name, varDefs]),
          join(node.directives, " ")
        ],
        " "
      )
    ]);
    return join([
      node.operation === "query" && prefix.length === node.operation.length ? "" : join([prefix, " "]),
      node.selectionSet
    ]);
  },
  VariableDefinition: ({
    variable,
    type,
    defaultValue,
    directives,
    description
  }) => join([
    wrap("", description, `
`),
    variable,
    ": ",
    type,
    wrap(" = ", defaultValue),
    wrap(" ", join(directives, " "))
  ]),
  SelectionSet: ({ selections }) => block(selections),
  Field({ alias, name, arguments: args, directives, selectionSet }) {
    let prefix = join([wrap("", alias, ": "), name], "");
    return join([
      wrappedLineAndArgs(prefix, args),
      wrap(" ", join(directives, " ")),
      wrap(" ", selectionSet)
    ]);
  },
  Argument: ({ name, value }) => join([name, ": ", value]),
  // Fragments
  FragmentSpread: ({ name, directives }) => join(["...", name, wrap(" ", join(directives, " "))]),
  InlineFragment: ({ typeCondition, directives, selectionSet }) => join(
    ["...", wrap("on ", typeCondition), join(directives, " "), selectionSet],
    " "
  ),
  FragmentDefinition: ({
    name,
    typeCondition,
    variableDefinitions,
    directives,
    selectionSet,
    description
  }) => join([
    wrap("", description, `
`),
    // Note: fragment variable definitions are experimental and may be changed
    // or removed in the future.
    "fragment ",
    name,
    wrap("(", join(variableDefinitions, ", "), ")"),
    " on ",
    typeCondition,
    " ",
    wrap("", join(directives, " "), " "),
    selectionSet
  ]),
  // Value
  IntValue: ({ value }) => new PrintBuffer(value),
  FloatValue: ({ value }) => new PrintBuffer(value),
  StringValue: ({ value, block: isBlockString }) => new PrintBuffer(
    isBlockString === !0 ? printBlockString(value) : printString(value),
    isBlockString === !0
  ),
  BooleanValue: ({ value }) => new PrintBuffer(value ? "true" : "false"),
  NullValue: () => new PrintBuffer("null"),
  EnumValue: ({ value }) => new PrintBuffer(value),
  ListValue: ({ values }) => join(["[", join(values, ", "), "]"]),
  ObjectValue: ({ fields }) => join(["{", join(fields, ", "), "}"]),
  ObjectField: ({ name, value }) => join([name, ": ", value]),
  // Directive
  Directive: ({ name, arguments: args }) => join(["@", name, wrap("(", join(args, ", "), ")")]),
  // Type
  NamedType: ({ name }) => name,
  ListType: ({ type }) => join(["[", type, "]"]),
  NonNullType: ({ type }) => join([type, "!"]),
  // Type System Definitions
  SchemaDefinition: ({ description, directives, operationTypes }) => join([
    wrap("", description, `
`),
    join(["schema", join(directives, " "), block(operationTypes)], " ")
  ]),
  OperationTypeDefinition: ({ operation, type }) => join([operation, ": ", type]),
  ScalarTypeDefinition: ({ description, name, directives }) => join([
    wrap("", description, `
`),
    join(["scalar", name, join(directives, " ")], " ")
  ]),
  ObjectTypeDefinition: ({
    description,
    name,
    interfaces,
    directives,
    fields
  }) => join([
    wrap("", description, `
`),
    join(
      [
        "type",
        name,
        wrap("implements ", join(interfaces, " & ")),
        join(directives, " "),
        block(fields)
      ],
      " "
    )
  ]),
  FieldDefinition: ({ description, name, arguments: args, type, directives }) => join([
    wrap("", description, `
`),
    name,
    hasMultilineItems(args) ? wrap(`(
`, join(args, `
`).indent(), `
)`) : wrap("(", join(args, ", "), ")"),
    ": ",
    type,
    wrap(" ", join(directives, " "))
  ]),
  InputValueDefinition: ({
    description,
    name,
    type,
    defaultValue,
    directives
  }) => join([
    wrap("", description, `
`),
    name,
    ": ",
    type,
    wrap(" = ", defaultValue),
    wrap(" ", join(directives, " "))
  ]),
  InterfaceTypeDefinition: ({
    description,
    name,
    interfaces,
    directives,
    fields
  }) => join([
    wrap("", description, `
`),
    join(
      [
        "interface",
        name,
        wrap("implements ", join(interfaces, " & ")),
        join(directives, " "),
        block(fields)
      ],
      " "
    )
  ]),
  UnionTypeDefinition: ({ description, name, directives, types }) => join([
    wrap("", description, `
`),
    join(
      ["union", name, join(directives, " "), wrap("= ", join(types, " | "))],
      " "
    )
  ]),
  EnumTypeDefinition: ({ description, name, directives, values }) => join([
    wrap("", description, `
`),
    join(["enum", name, join(directives, " "), block(values)], " ")
  ]),
  EnumValueDefinition: ({ description, name, directives }) => join([
    wrap("", description, `
`),
    join([name, join(directives, " ")], " ")
  ]),
  InputObjectTypeDefinition: ({ description, name, directives, fields }) => join([
    wrap("", description, `
`),
    join(["input", name, join(directives, " "), block(fields)], " ")
  ]),
  DirectiveDefinition: ({
    description,
    name,
    arguments: args,
    directives,
    repeatable,
    locations
  }) => join([
    wrap("", description, `
`),
    "directive @",
    name,
    hasMultilineItems(args) ? wrap(`(
`, join(args, `
`).indent(), `
)`) : wrap("(", join(args, ", "), ")"),
    wrap(" ", join(directives, " ")),
    repeatable ? " repeatable" : "",
    " on ",
    join(locations, " | ")
  ]),
  SchemaExtension: ({ directives, operationTypes }) => join(["extend schema", join(directives, " "), block(operationTypes)], " "),
  ScalarTypeExtension: ({ name, directives }) => join(["extend scalar", name, join(directives, " ")], " "),
  ObjectTypeExtension: ({ name, interfaces, directives, fields }) => join(
    [
      "extend type",
      name,
      wrap("implements ", join(interfaces, " & ")),
      join(directives, " "),
      block(fields)
    ],
    " "
  ),
  InterfaceTypeExtension: ({ name, interfaces, directives, fields }) => join(
    [
      "extend interface",
      name,
      wrap("implements ", join(interfaces, " & ")),
      join(directives, " "),
      block(fields)
    ],
    " "
  ),
  UnionTypeExtension: ({ name, directives, types }) => join(
    [
      "extend union",
      name,
      join(directives, " "),
      wrap("= ", join(types, " | "))
    ],
    " "
  ),
  EnumTypeExtension: ({ name, directives, values }) => join(["extend enum", name, join(directives, " "), block(values)], " "),
  InputObjectTypeExtension: ({ name, directives, fields }) => join(["extend input", name, join(directives, " "), block(fields)], " "),
  DirectiveExtension: ({ name, directives }) => join([join(["extend directive @", name]), join(directives, " ")], " "),
  // Schema Coordinates
  TypeCoordinate: ({ name }) => name,
  MemberCoordinate: ({ name, memberName }) => join([name, wrap(".", memberName)]),
  ArgumentCoordinate: ({ name, fieldName, argumentName }) => join([name, wrap(".", fieldName), wrap("(", argumentName, ":)")]),
  DirectiveCoordinate: ({ name }) => join(["@", name]),
  DirectiveArgumentCoordinate: ({ name, argumentName }) => join(["@", name, wrap("(", argumentName, ":)")])
};
function join(maybeArray, separator = "") {
  if (maybeArray == null || maybeArray.length === 0)
    return EMPTY;
  let result = EMPTY;
  for (let item of maybeArray)
    item === void 0 || item.length === 0 || (result.length === 0 ? result = typeof item == "string" ? new PrintBuffer(item) : item : (separator !== "" && result.append(separator), result.append(item)));
  return result;
}
function joinedLength(array, separator) {
  let length = 0;
  for (let item of array)
    item.length !== 0 && (length += (length === 0 ? 0 : separator.length) + item.length);
  return length;
}
function block(array) {
  return wrap(`{
`, join(array, `
`).indent(), `
}`);
}
function wrap(start, maybeBuffer, end = "") {
  return maybeBuffer != null && maybeBuffer.length !== 0 ? start === "" ? maybeBuffer.append(end) : new PrintBuffer(start).append(maybeBuffer).append(end) : EMPTY;
}
function hasMultilineItems(maybeArray) {
  var _maybeArray$some;
  return (_maybeArray$some = maybeArray?.some((result) => result.newlines !== 0)) !== null && _maybeArray$some !== void 0 ? _maybeArray$some : !1;
}
function wrappedLineAndArgs(prefix, args) {
  return args == null || args.length === 0 ? prefix : join([
    prefix,
    prefix.length + joinedLength(args, ", ") + 2 > MAX_LINE_LENGTH ? wrap(`(
`, join(args, `
`).indent(), `
)`) : wrap("(", join(args, ", "), ")")
  ]);
}

// node_modules/graphql/utilities/valueFromASTUntyped.mjs
function valueFromASTUntyped(valueNode, variables) {
  switch (valueNode.kind) {
    case Kind.NULL:
      return null;
    case Kind.INT:
      return parseInt(valueNode.value, 10);
    case Kind.FLOAT:
      return parseFloat(valueNode.value);
    case Kind.STRING:
    case Kind.ENUM:
    case Kind.BOOLEAN:
      return valueNode.value;
    case Kind.LIST:
      return valueNode.values.map(
        (node) => valueFromASTUntyped(node, variables)
      );
    case Kind.OBJECT:
      return keyValMap(
        valueNode.fields,
        (field) => field.name.value,
        (field) => valueFromASTUntyped(field.value, variables)
      );
    case Kind.VARIABLE:
      return variables?.[valueNode.name.value];
  }
}

// node_modules/graphql/type/assertName.mjs
function assertName(name) {
  if (name != null || devAssert(!1, "Must provide name."), typeof name == "string" || devAssert(!1, "Expected name to be a string."), name.length === 0)
    throw new GraphQLError("Expected name to be a non-empty string.");
  for (let i = 1; i < name.length; ++i)
    if (!isNameContinue(name.charCodeAt(i)))
      throw new GraphQLError(
        `Names must only contain [_a-zA-Z0-9] but "${name}" does not.`
      );
  if (!isNameStart(name.charCodeAt(0)))
    throw new GraphQLError(
      `Names must start with [_a-zA-Z] but "${name}" does not.`
    );
  return name;
}
function assertEnumValueName(name) {
  if (name === "true" || name === "false" || name === "null")
    throw new GraphQLError(`Enum values cannot be named: ${name}`);
  return assertName(name);
}

// node_modules/graphql/type/definition.mjs
function isType(type) {
  return isScalarType(type) || isObjectType(type) || isInterfaceType(type) || isUnionType(type) || isEnumType(type) || isInputObjectType(type) || isListType(type) || isNonNullType(type);
}
function assertType(type) {
  if (!isType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL type.`);
  return type;
}
function isScalarType(type) {
  return instanceOf(type, GraphQLScalarType);
}
function assertScalarType(type) {
  if (!isScalarType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL Scalar type.`);
  return type;
}
function isObjectType(type) {
  return instanceOf(type, GraphQLObjectType);
}
function assertObjectType(type) {
  if (!isObjectType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL Object type.`);
  return type;
}
function isInterfaceType(type) {
  return instanceOf(type, GraphQLInterfaceType);
}
function assertInterfaceType(type) {
  if (!isInterfaceType(type))
    throw new Error(
      `Expected ${inspect(type)} to be a GraphQL Interface type.`
    );
  return type;
}
function isUnionType(type) {
  return instanceOf(type, GraphQLUnionType);
}
function assertUnionType(type) {
  if (!isUnionType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL Union type.`);
  return type;
}
function isEnumType(type) {
  return instanceOf(type, GraphQLEnumType);
}
function assertEnumType(type) {
  if (!isEnumType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL Enum type.`);
  return type;
}
function isInputObjectType(type) {
  return instanceOf(type, GraphQLInputObjectType);
}
function assertInputObjectType(type) {
  if (!isInputObjectType(type))
    throw new Error(
      `Expected ${inspect(type)} to be a GraphQL Input Object type.`
    );
  return type;
}
function isListType(type) {
  return instanceOf(type, GraphQLList);
}
function assertListType(type) {
  if (!isListType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL List type.`);
  return type;
}
function isNonNullType(type) {
  return instanceOf(type, GraphQLNonNull);
}
function assertNonNullType(type) {
  if (!isNonNullType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL Non-Null type.`);
  return type;
}
function isInputType(type) {
  return isScalarType(type) || isEnumType(type) || isInputObjectType(type) || isWrappingType(type) && isInputType(type.ofType);
}
function assertInputType(type) {
  if (!isInputType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL input type.`);
  return type;
}
function isOutputType(type) {
  return isScalarType(type) || isObjectType(type) || isInterfaceType(type) || isUnionType(type) || isEnumType(type) || isWrappingType(type) && isOutputType(type.ofType);
}
function assertOutputType(type) {
  if (!isOutputType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL output type.`);
  return type;
}
function isLeafType(type) {
  return isScalarType(type) || isEnumType(type);
}
function assertLeafType(type) {
  if (!isLeafType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL leaf type.`);
  return type;
}
function isCompositeType(type) {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}
function assertCompositeType(type) {
  if (!isCompositeType(type))
    throw new Error(
      `Expected ${inspect(type)} to be a GraphQL composite type.`
    );
  return type;
}
function isAbstractType(type) {
  return isInterfaceType(type) || isUnionType(type);
}
function assertAbstractType(type) {
  if (!isAbstractType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL abstract type.`);
  return type;
}
var GraphQLList = class {
  /** The type wrapped by this list or non-null type. */
  /**
   * Creates a GraphQLList instance.
   * @param ofType - The type to wrap.
   * @example
   * ```ts
   * import { GraphQLList, GraphQLString } from 'graphql/type';
   *
   * const stringList = new GraphQLList(GraphQLString);
   *
   * stringList.ofType; // => GraphQLString
   * String(stringList); // => '[String]'
   * ```
   */
  constructor(ofType) {
    isType(ofType) || devAssert(!1, `Expected ${inspect(ofType)} to be a GraphQL type.`), this.ofType = ofType;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLList";
  }
  /**
   * Returns this wrapping type as a GraphQL type-reference string.
   * @returns The GraphQL type-reference string.
   * @example
   * ```ts
   * import { GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql/type';
   *
   * const stringList = new GraphQLList(GraphQLString);
   * const requiredStringList = new GraphQLList(new GraphQLNonNull(GraphQLString));
   *
   * stringList.toString(); // => '[String]'
   * requiredStringList.toString(); // => '[String!]'
   * ```
   */
  toString() {
    return "[" + String(this.ofType) + "]";
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLList, GraphQLString } from 'graphql/type';
   *
   * const stringList = new GraphQLList(GraphQLString);
   *
   * stringList.toJSON(); // => '[String]'
   * JSON.stringify({ type: stringList }); // => '{"type":"[String]"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
}, GraphQLNonNull = class {
  /** The type wrapped by this list or non-null type. */
  /**
   * Creates a GraphQLNonNull instance.
   * @param ofType - The type to wrap.
   * @example
   * ```ts
   * import { GraphQLNonNull, GraphQLString } from 'graphql/type';
   *
   * const requiredString = new GraphQLNonNull(GraphQLString);
   *
   * requiredString.ofType; // => GraphQLString
   * String(requiredString); // => 'String!'
   * ```
   */
  constructor(ofType) {
    isNullableType(ofType) || devAssert(
      !1,
      `Expected ${inspect(ofType)} to be a GraphQL nullable type.`
    ), this.ofType = ofType;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLNonNull";
  }
  /**
   * Returns this wrapping type as a GraphQL type-reference string.
   * @returns The GraphQL type-reference string.
   * @example
   * ```ts
   * import { GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql/type';
   *
   * const requiredString = new GraphQLNonNull(GraphQLString);
   * const requiredStringList = new GraphQLNonNull(new GraphQLList(GraphQLString));
   *
   * requiredString.toString(); // => 'String!'
   * requiredStringList.toString(); // => '[String]!'
   * ```
   */
  toString() {
    return String(this.ofType) + "!";
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLNonNull, GraphQLString } from 'graphql/type';
   *
   * const requiredString = new GraphQLNonNull(GraphQLString);
   *
   * requiredString.toJSON(); // => 'String!'
   * JSON.stringify({ type: requiredString }); // => '{"type":"String!"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
};
function isWrappingType(type) {
  return isListType(type) || isNonNullType(type);
}
function assertWrappingType(type) {
  if (!isWrappingType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL wrapping type.`);
  return type;
}
function isNullableType(type) {
  return isType(type) && !isNonNullType(type);
}
function assertNullableType(type) {
  if (!isNullableType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL nullable type.`);
  return type;
}
function getNullableType(type) {
  if (type)
    return isNonNullType(type) ? type.ofType : type;
}
function isNamedType(type) {
  return isScalarType(type) || isObjectType(type) || isInterfaceType(type) || isUnionType(type) || isEnumType(type) || isInputObjectType(type);
}
function assertNamedType(type) {
  if (!isNamedType(type))
    throw new Error(`Expected ${inspect(type)} to be a GraphQL named type.`);
  return type;
}
function getNamedType(type) {
  if (type) {
    let unwrappedType = type;
    for (; isWrappingType(unwrappedType); )
      unwrappedType = unwrappedType.ofType;
    return unwrappedType;
  }
}
function resolveReadonlyArrayThunk(thunk) {
  return typeof thunk == "function" ? thunk() : thunk;
}
function resolveObjMapThunk(thunk) {
  return typeof thunk == "function" ? thunk() : thunk;
}
var GraphQLScalarType = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** URL identifying the behavior specified for this custom scalar. */
  /** Function that converts internal values to externally visible scalar values. */
  /** Function that converts variable input into this scalar's internal value. */
  /** Function that converts AST input literals into this scalar's internal value. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLScalarType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { Kind, parse } from 'graphql/language';
   * import { GraphQLScalarType } from 'graphql/type';
   *
   * const document = parse(`
   *   "Odd integer values."
   *   scalar Odd @specifiedBy(url: "https://example.com/odd")
   *
   *   extend scalar Odd @specifiedBy(url: "https://example.com/odd-v2")
   * `);
   * assert(document.definitions[0].kind === Kind.SCALAR_TYPE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.SCALAR_TYPE_EXTENSION);
   *
   * const ensureOdd = (value: unknown) => {
   *   if (
   *     typeof value !== 'number' ||
   *     !Number.isInteger(value) ||
   *     value % 2 === 0
   *   ) {
   *     throw new TypeError('Odd can only accept odd integers.');
   *   }
   *   return value;
   * };
   *
   * const Odd = new GraphQLScalarType({
   *   name: 'Odd',
   *   description: 'Odd integer values.',
   *   specifiedByURL: 'https://example.com/odd',
   *   serialize: ensureOdd,
   *   parseValue: ensureOdd,
   *   parseLiteral: (ast) => {
   *     if (ast.kind !== Kind.INT) {
   *       throw new TypeError('Odd can only parse integer literals.');
   *     }
   *     return ensureOdd(Number(ast.value));
   *   },
   *   extensions: { numeric: true },
   *   astNode: document.definitions[0],
   *   extensionASTNodes: [document.definitions[1]],
   * });
   *
   * Odd.description; // => 'Odd integer values.'
   * Odd.specifiedByURL; // => 'https://example.com/odd'
   * Odd.serialize(3); // => 3
   * Odd.parseValue(5); // => 5
   * Odd.parseValue(2); // throws an error
   * Odd.parseValue(1.5); // throws an error
   * Odd.extensions; // => { numeric: true }
   * ```
   */
  constructor(config) {
    var _config$parseValue, _config$serialize, _config$parseLiteral, _config$extensionASTN;
    let parseValue2 = (_config$parseValue = config.parseValue) !== null && _config$parseValue !== void 0 ? _config$parseValue : identityFunc;
    this.name = assertName(config.name), this.description = config.description, this.specifiedByURL = config.specifiedByURL, this.serialize = (_config$serialize = config.serialize) !== null && _config$serialize !== void 0 ? _config$serialize : identityFunc, this.parseValue = parseValue2, this.parseLiteral = (_config$parseLiteral = config.parseLiteral) !== null && _config$parseLiteral !== void 0 ? _config$parseLiteral : (node, variables) => parseValue2(valueFromASTUntyped(node, variables)), this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN = config.extensionASTNodes) !== null && _config$extensionASTN !== void 0 ? _config$extensionASTN : [], config.specifiedByURL == null || typeof config.specifiedByURL == "string" || devAssert(
      !1,
      `${this.name} must provide "specifiedByURL" as a string, but got: ${inspect(config.specifiedByURL)}.`
    ), config.serialize == null || typeof config.serialize == "function" || devAssert(
      !1,
      `${this.name} must provide "serialize" function. If this custom Scalar is also used as an input type, ensure "parseValue" and "parseLiteral" functions are also provided.`
    ), config.parseLiteral && (typeof config.parseValue == "function" && typeof config.parseLiteral == "function" || devAssert(
      !1,
      `${this.name} must provide both "parseValue" and "parseLiteral" functions.`
    ));
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLScalarType";
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { GraphQLScalarType } from 'graphql/type';
   *
   * const Url = new GraphQLScalarType({
   *   name: 'Url',
   *   description: 'An absolute URL string.',
   *   specifiedByURL: 'https://url.spec.whatwg.org/',
   * });
   *
   * const config = Url.toConfig();
   * const UrlCopy = new GraphQLScalarType(config);
   *
   * config.name; // => 'Url'
   * config.specifiedByURL; // => 'https://url.spec.whatwg.org/'
   * UrlCopy.name; // => Url.name
   * ```
   */
  toConfig() {
    return {
      name: this.name,
      description: this.description,
      specifiedByURL: this.specifiedByURL,
      serialize: this.serialize,
      parseValue: this.parseValue,
      parseLiteral: this.parseLiteral,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this scalar type.
   * @returns The schema coordinate for this scalar type.
   * @example
   * ```ts
   * import { GraphQLScalarType } from 'graphql/type';
   *
   * const DateTime = new GraphQLScalarType({ name: 'DateTime' });
   *
   * DateTime.toString(); // => 'DateTime'
   * String(DateTime); // => 'DateTime'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLScalarType } from 'graphql/type';
   *
   * const DateTime = new GraphQLScalarType({ name: 'DateTime' });
   *
   * DateTime.toJSON(); // => 'DateTime'
   * JSON.stringify({ type: DateTime }); // => '{"type":"DateTime"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
}, GraphQLObjectType = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Predicate used to determine whether a runtime value belongs to this object type. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLObjectType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * // Configure an object type with interfaces, fields, arguments, and metadata.
   * import { parse, Kind } from 'graphql/language';
   * import {
   *   GraphQLID,
   *   GraphQLInterfaceType,
   *   GraphQLNonNull,
   *   GraphQLObjectType,
   *   GraphQLString,
   * } from 'graphql/type';
   *
   * const document = parse(`
   *   type User implements Node {
   *     id: ID!
   *     name(format: String = "short"): String
   *   }
   *
   *   extend type User {
   *     displayName: String
   *   }
   * `);
   * assert(document.definitions[0].kind === Kind.OBJECT_TYPE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.OBJECT_TYPE_EXTENSION);
   * const definition = document.definitions[0];
   * const nameField = definition.fields?.[1];
   * const formatArg = nameField?.arguments?.[0];
   *
   * const Node = new GraphQLInterfaceType({
   *   name: 'Node',
   *   fields: {
   *     id: { type: new GraphQLNonNull(GraphQLID) },
   *   },
   * });
   *
   * const User = new GraphQLObjectType({
   *   name: 'User',
   *   description: 'A registered user.',
   *   interfaces: [Node],
   *   fields: {
   *     id: { type: new GraphQLNonNull(GraphQLID) },
   *     name: {
   *       description: 'The formatted user name.',
   *       type: GraphQLString,
   *       args: {
   *         format: {
   *           description: 'Controls the name format.',
   *           type: GraphQLString,
   *           defaultValue: 'short',
   *           deprecationReason: 'Use locale instead.',
   *           extensions: { public: true },
   *           astNode: formatArg,
   *         },
   *       },
   *       resolve: (user, { format }) => {
   *         return format === 'long' ? user.fullName : user.name;
   *       },
   *       deprecationReason: 'Use displayName.',
   *       extensions: { cacheSeconds: 60 },
   *       astNode: nameField,
   *     },
   *   },
   *   isTypeOf: (value) => {
   *     return typeof value === 'object' && value != null && 'id' in value;
   *   },
   *   extensions: { entity: 'User' },
   *   astNode: definition,
   *   extensionASTNodes: [document.definitions[1]],
   * });
   *
   * User.name; // => 'User'
   * User.getInterfaces(); // => [Node]
   * Object.keys(User.getFields()); // => ['id', 'name']
   * User.getFields().name.args[0].defaultValue; // => 'short'
   * User.extensions; // => { entity: 'User' }
   * ```
   * @example
   * ```ts
   * // This variant configures a subscription field with subscribe and resolve functions.
   * import { GraphQLObjectType, GraphQLString } from 'graphql/type';
   *
   * const Subscription = new GraphQLObjectType({
   *   name: 'Subscription',
   *   fields: {
   *     greeting: {
   *       type: GraphQLString,
   *       subscribe: async function* () {
   *         yield { greeting: 'Hello!' };
   *       },
   *       resolve: (event) => {
   *         return event.greeting;
   *       },
   *     },
   *   },
   * });
   *
   * typeof Subscription.getFields().greeting.subscribe; // => 'function'
   * ```
   */
  constructor(config) {
    var _config$extensionASTN2;
    this.name = assertName(config.name), this.description = config.description, this.isTypeOf = config.isTypeOf, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN2 = config.extensionASTNodes) !== null && _config$extensionASTN2 !== void 0 ? _config$extensionASTN2 : [], this._fields = () => defineFieldMap(config), this._interfaces = () => defineInterfaces(config), config.isTypeOf == null || typeof config.isTypeOf == "function" || devAssert(
      !1,
      `${this.name} must provide "isTypeOf" as a function, but got: ${inspect(config.isTypeOf)}.`
    );
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLObjectType";
  }
  /**
   * Returns the fields defined by this type.
   * @returns The fields keyed by field name.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   type User {
   *     id: ID!
   *     name: String
   *   }
   *
   *   type Query {
   *     viewer: User
   *   }
   * `);
   *
   * const User = assertObjectType(schema.getType('User'));
   * const fields = User.getFields();
   *
   * Object.keys(fields); // => ['id', 'name']
   * String(fields.id.type); // => 'ID!'
   * ```
   */
  getFields() {
    return typeof this._fields == "function" && (this._fields = this._fields()), this._fields;
  }
  /**
   * Returns the interfaces implemented by this type.
   * @returns The implemented interfaces.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   type User implements Node {
   *     id: ID!
   *   }
   *
   *   type Query {
   *     viewer: User
   *   }
   * `);
   *
   * const User = assertObjectType(schema.getType('User'));
   *
   * User.getInterfaces().map((type) => type.name); // => ['Node']
   * ```
   */
  getInterfaces() {
    return typeof this._interfaces == "function" && (this._interfaces = this._interfaces()), this._interfaces;
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { GraphQLObjectType, GraphQLString } from 'graphql/type';
   *
   * const User = new GraphQLObjectType({
   *   name: 'User',
   *   fields: {
   *     name: { type: GraphQLString },
   *   },
   * });
   *
   * const config = User.toConfig();
   * const UserCopy = new GraphQLObjectType(config);
   *
   * config.fields.name.type; // => GraphQLString
   * UserCopy.getFields().name.type; // => GraphQLString
   * ```
   */
  toConfig() {
    return {
      name: this.name,
      description: this.description,
      interfaces: this.getInterfaces(),
      fields: fieldsToFieldsConfig(this.getFields()),
      isTypeOf: this.isTypeOf,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this object type.
   * @returns The schema coordinate for this object type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   type User {
   *     name: String
   *   }
   *
   *   type Query {
   *     viewer: User
   *   }
   * `);
   *
   * const User = assertObjectType(schema.getType('User'));
   *
   * User.toString(); // => 'User'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLObjectType, GraphQLString } from 'graphql/type';
   *
   * const User = new GraphQLObjectType({
   *   name: 'User',
   *   fields: { name: { type: GraphQLString } },
   * });
   *
   * User.toJSON(); // => 'User'
   * JSON.stringify({ type: User }); // => '{"type":"User"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
};
function defineInterfaces(config) {
  var _config$interfaces;
  let interfaces = resolveReadonlyArrayThunk(
    (_config$interfaces = config.interfaces) !== null && _config$interfaces !== void 0 ? _config$interfaces : []
  );
  return Array.isArray(interfaces) || devAssert(
    !1,
    `${config.name} interfaces must be an Array or a function which returns an Array.`
  ), interfaces;
}
function defineFieldMap(config) {
  let fieldMap = resolveObjMapThunk(config.fields);
  return isPlainObj(fieldMap) || devAssert(
    !1,
    `${config.name} fields must be an object with field names as keys or a function which returns such an object.`
  ), mapValue(fieldMap, (fieldConfig, fieldName) => {
    var _fieldConfig$args;
    isPlainObj(fieldConfig) || devAssert(
      !1,
      `${config.name}.${fieldName} field config must be an object.`
    ), fieldConfig.resolve == null || typeof fieldConfig.resolve == "function" || devAssert(
      !1,
      `${config.name}.${fieldName} field resolver must be a function if provided, but got: ${inspect(fieldConfig.resolve)}.`
    );
    let argsConfig = (_fieldConfig$args = fieldConfig.args) !== null && _fieldConfig$args !== void 0 ? _fieldConfig$args : {};
    return isPlainObj(argsConfig) || devAssert(
      !1,
      `${config.name}.${fieldName} args must be an object with argument names as keys.`
    ), {
      name: assertName(fieldName),
      description: fieldConfig.description,
      type: fieldConfig.type,
      args: defineArguments(argsConfig),
      resolve: fieldConfig.resolve,
      subscribe: fieldConfig.subscribe,
      deprecationReason: fieldConfig.deprecationReason,
      extensions: toObjMap(fieldConfig.extensions),
      astNode: fieldConfig.astNode
    };
  });
}
function defineArguments(config) {
  return Object.entries(config).map(([argName, argConfig]) => ({
    name: assertName(argName),
    description: argConfig.description,
    type: argConfig.type,
    defaultValue: argConfig.defaultValue,
    deprecationReason: argConfig.deprecationReason,
    extensions: toObjMap(argConfig.extensions),
    astNode: argConfig.astNode
  }));
}
function isPlainObj(obj) {
  return isObjectLike(obj) && !Array.isArray(obj);
}
function fieldsToFieldsConfig(fields) {
  return mapValue(fields, (field) => ({
    description: field.description,
    type: field.type,
    args: argsToArgsConfig(field.args),
    resolve: field.resolve,
    subscribe: field.subscribe,
    deprecationReason: field.deprecationReason,
    extensions: field.extensions,
    astNode: field.astNode
  }));
}
function argsToArgsConfig(args) {
  return keyValMap(
    args,
    (arg) => arg.name,
    (arg) => ({
      description: arg.description,
      type: arg.type,
      defaultValue: arg.defaultValue,
      deprecationReason: arg.deprecationReason,
      extensions: arg.extensions,
      astNode: arg.astNode
    })
  );
}
function isRequiredArgument(arg) {
  return isNonNullType(arg.type) && arg.defaultValue === void 0;
}
var GraphQLInterfaceType = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Function that resolves the concrete object type for this abstract type. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLInterfaceType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import { GraphQLID, GraphQLInterfaceType, GraphQLNonNull } from 'graphql/type';
   *
   * const document = parse(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   interface Resource implements Node {
   *     id: ID!
   *   }
   *
   *   extend interface Resource {
   *     url: String
   *   }
   * `);
   * assert(document.definitions[1].kind === Kind.INTERFACE_TYPE_DEFINITION);
   * assert(document.definitions[2].kind === Kind.INTERFACE_TYPE_EXTENSION);
   *
   * const Node = new GraphQLInterfaceType({
   *   name: 'Node',
   *   fields: {
   *     id: { type: new GraphQLNonNull(GraphQLID) },
   *   },
   * });
   *
   * const Resource = new GraphQLInterfaceType({
   *   name: 'Resource',
   *   description: 'An addressable resource.',
   *   interfaces: [Node],
   *   fields: {
   *     id: { type: new GraphQLNonNull(GraphQLID) },
   *   },
   *   resolveType: (value) => {
   *     return typeof value === 'object' && value != null && 'url' in value
   *       ? 'WebPage'
   *       : undefined;
   *   },
   *   extensions: { abstract: true },
   *   astNode: document.definitions[1],
   *   extensionASTNodes: [document.definitions[2]],
   * });
   *
   * Resource.name; // => 'Resource'
   * Resource.getInterfaces(); // => [Node]
   * Object.keys(Resource.getFields()); // => ['id']
   * Resource.extensions; // => { abstract: true }
   * ```
   */
  constructor(config) {
    var _config$extensionASTN3;
    this.name = assertName(config.name), this.description = config.description, this.resolveType = config.resolveType, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN3 = config.extensionASTNodes) !== null && _config$extensionASTN3 !== void 0 ? _config$extensionASTN3 : [], this._fields = defineFieldMap.bind(void 0, config), this._interfaces = defineInterfaces.bind(void 0, config), config.resolveType == null || typeof config.resolveType == "function" || devAssert(
      !1,
      `${this.name} must provide "resolveType" as a function, but got: ${inspect(config.resolveType)}.`
    );
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLInterfaceType";
  }
  /**
   * Returns the fields defined by this type.
   * @returns The fields keyed by field name.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   type User implements Node {
   *     id: ID!
   *   }
   *
   *   type Query {
   *     node: Node
   *   }
   * `);
   *
   * const Node = assertInterfaceType(schema.getType('Node'));
   * const fields = Node.getFields();
   *
   * Object.keys(fields); // => ['id']
   * String(fields.id.type); // => 'ID!'
   * ```
   */
  getFields() {
    return typeof this._fields == "function" && (this._fields = this._fields()), this._fields;
  }
  /**
   * Returns the interfaces implemented by this type.
   * @returns The implemented interfaces.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Resource {
   *     url: String!
   *   }
   *
   *   interface Image implements Resource {
   *     url: String!
   *     width: Int
   *   }
   *
   *   type Photo implements Resource & Image {
   *     url: String!
   *     width: Int
   *   }
   *
   *   type Query {
   *     image: Image
   *   }
   * `);
   *
   * const Image = assertInterfaceType(schema.getType('Image'));
   *
   * Image.getInterfaces().map((type) => type.name); // => ['Resource']
   * ```
   */
  getInterfaces() {
    return typeof this._interfaces == "function" && (this._interfaces = this._interfaces()), this._interfaces;
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { GraphQLID, GraphQLInterfaceType, GraphQLNonNull } from 'graphql/type';
   *
   * const Node = new GraphQLInterfaceType({
   *   name: 'Node',
   *   fields: {
   *     id: { type: new GraphQLNonNull(GraphQLID) },
   *   },
   * });
   *
   * const config = Node.toConfig();
   * const NodeCopy = new GraphQLInterfaceType(config);
   *
   * String(config.fields.id.type); // => 'ID!'
   * String(NodeCopy.getFields().id.type); // => 'ID!'
   * ```
   */
  toConfig() {
    return {
      name: this.name,
      description: this.description,
      interfaces: this.getInterfaces(),
      fields: fieldsToFieldsConfig(this.getFields()),
      resolveType: this.resolveType,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this interface type.
   * @returns The schema coordinate for this interface type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   type User implements Node {
   *     id: ID!
   *   }
   *
   *   type Query {
   *     node: Node
   *   }
   * `);
   *
   * const Node = assertInterfaceType(schema.getType('Node'));
   *
   * Node.toString(); // => 'Node'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLInterfaceType, GraphQLString } from 'graphql/type';
   *
   * const Named = new GraphQLInterfaceType({
   *   name: 'Named',
   *   fields: { name: { type: GraphQLString } },
   * });
   *
   * Named.toJSON(); // => 'Named'
   * JSON.stringify({ type: Named }); // => '{"type":"Named"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
}, GraphQLUnionType = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Function that resolves the concrete object type for this abstract type. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLUnionType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import {
   *   GraphQLObjectType,
   *   GraphQLString,
   *   GraphQLUnionType,
   * } from 'graphql/type';
   *
   * const document = parse(`
   *   union Media = Photo | Video
   *
   *   extend union Media = Audio
   * `);
   * assert(document.definitions[0].kind === Kind.UNION_TYPE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.UNION_TYPE_EXTENSION);
   *
   * const Photo = new GraphQLObjectType({
   *   name: 'Photo',
   *   fields: { url: { type: GraphQLString } },
   * });
   * const Video = new GraphQLObjectType({
   *   name: 'Video',
   *   fields: { url: { type: GraphQLString } },
   * });
   *
   * const Media = new GraphQLUnionType({
   *   name: 'Media',
   *   description: 'Media that can appear in a search result.',
   *   types: [Photo, Video],
   *   resolveType: (value) => {
   *     return typeof value === 'object' && value != null && 'duration' in value
   *       ? 'Video'
   *       : 'Photo';
   *   },
   *   extensions: { searchable: true },
   *   astNode: document.definitions[0],
   *   extensionASTNodes: [document.definitions[1]],
   * });
   *
   * Media.description; // => 'Media that can appear in a search result.'
   * Media.getTypes().map((type) => type.name); // => ['Photo', 'Video']
   * Media.extensions; // => { searchable: true }
   * ```
   */
  constructor(config) {
    var _config$extensionASTN4;
    this.name = assertName(config.name), this.description = config.description, this.resolveType = config.resolveType, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN4 = config.extensionASTNodes) !== null && _config$extensionASTN4 !== void 0 ? _config$extensionASTN4 : [], this._types = defineTypes.bind(void 0, config), config.resolveType == null || typeof config.resolveType == "function" || devAssert(
      !1,
      `${this.name} must provide "resolveType" as a function, but got: ${inspect(config.resolveType)}.`
    );
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLUnionType";
  }
  /**
   * Returns the object types included in this union.
   * @returns The union member object types.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertUnionType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   type Photo {
   *     url: String!
   *   }
   *
   *   type Video {
   *     url: String!
   *   }
   *
   *   union Media = Photo | Video
   *
   *   type Query {
   *     media: [Media]
   *   }
   * `);
   *
   * const Media = assertUnionType(schema.getType('Media'));
   *
   * Media.getTypes().map((type) => type.name); // => ['Photo', 'Video']
   * ```
   */
  getTypes() {
    return typeof this._types == "function" && (this._types = this._types()), this._types;
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import {
   *   GraphQLObjectType,
   *   GraphQLString,
   *   GraphQLUnionType,
   * } from 'graphql/type';
   *
   * const Photo = new GraphQLObjectType({
   *   name: 'Photo',
   *   fields: { url: { type: GraphQLString } },
   * });
   * const Video = new GraphQLObjectType({
   *   name: 'Video',
   *   fields: { url: { type: GraphQLString } },
   * });
   * const Media = new GraphQLUnionType({
   *   name: 'Media',
   *   types: [Photo, Video],
   * });
   *
   * const config = Media.toConfig();
   * const MediaCopy = new GraphQLUnionType(config);
   *
   * MediaCopy.getTypes().map((type) => type.name); // => ['Photo', 'Video']
   * ```
   */
  toConfig() {
    return {
      name: this.name,
      description: this.description,
      types: this.getTypes(),
      resolveType: this.resolveType,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this union type.
   * @returns The schema coordinate for this union type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertUnionType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   type Photo {
   *     url: String!
   *   }
   *
   *   union SearchResult = Photo
   *
   *   type Query {
   *     search: [SearchResult]
   *   }
   * `);
   *
   * const SearchResult = assertUnionType(schema.getType('SearchResult'));
   *
   * SearchResult.toString(); // => 'SearchResult'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import {
   *   GraphQLObjectType,
   *   GraphQLString,
   *   GraphQLUnionType,
   * } from 'graphql/type';
   *
   * const Photo = new GraphQLObjectType({
   *   name: 'Photo',
   *   fields: { url: { type: GraphQLString } },
   * });
   * const SearchResult = new GraphQLUnionType({
   *   name: 'SearchResult',
   *   types: [Photo],
   * });
   *
   * SearchResult.toJSON(); // => 'SearchResult'
   * JSON.stringify({ type: SearchResult }); // => '{"type":"SearchResult"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
};
function defineTypes(config) {
  let types = resolveReadonlyArrayThunk(config.types);
  return Array.isArray(types) || devAssert(
    !1,
    `Must provide Array of types or a function which returns such an array for Union ${config.name}.`
  ), types;
}
var GraphQLEnumType = class {
  /* <T> */
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLEnumType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const document = parse(`
   *   enum Episode {
   *     NEW_HOPE
   *     EMPIRE
   *     JEDI
   *   }
   *
   *   extend enum Episode {
   *     FORCE_AWAKENS
   *   }
   * `);
   * assert(document.definitions[0].kind === Kind.ENUM_TYPE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.ENUM_TYPE_EXTENSION);
   * const definition = document.definitions[0];
   *
   * const Episode = new GraphQLEnumType({
   *   name: 'Episode',
   *   description: 'A Star Wars film episode.',
   *   values: {
   *     NEW_HOPE: {
   *       value: 4,
   *       description: 'Released in 1977.',
   *       extensions: { trilogy: 'original' },
   *       astNode: definition.values?.[0],
   *     },
   *     EMPIRE: { value: 5, astNode: definition.values?.[1] },
   *     JEDI: {
   *       value: 6,
   *       deprecationReason: 'Use RETURN_OF_THE_JEDI.',
   *       astNode: definition.values?.[2],
   *     },
   *   },
   *   extensions: { catalog: 'films' },
   *   astNode: definition,
   *   extensionASTNodes: [document.definitions[1]],
   * });
   *
   * Episode.description; // => 'A Star Wars film episode.'
   * Episode.serialize(5); // => 'EMPIRE'
   * Episode.parseValue('JEDI'); // => 6
   * Episode.getValue('JEDI')?.deprecationReason; // => 'Use RETURN_OF_THE_JEDI.'
   * Episode.extensions; // => { catalog: 'films' }
   * ```
   */
  constructor(config) {
    var _config$extensionASTN5;
    this.name = assertName(config.name), this.description = config.description, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN5 = config.extensionASTNodes) !== null && _config$extensionASTN5 !== void 0 ? _config$extensionASTN5 : [], this._values = typeof config.values == "function" ? config.values : defineEnumValues(this.name, config.values), this._valueLookup = null, this._nameLookup = null;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLEnumType";
  }
  /**
   * Returns the values defined by this enum type.
   * @returns Enum value definitions in schema order.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertEnumType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   enum Episode {
   *     NEW_HOPE
   *     EMPIRE
   *     JEDI
   *   }
   *
   *   type Query {
   *     episode: Episode
   *   }
   * `);
   *
   * const Episode = assertEnumType(schema.getType('Episode'));
   *
   * Episode.getValues().map((value) => value.name); // => ['NEW_HOPE', 'EMPIRE', 'JEDI']
   * ```
   */
  getValues() {
    return typeof this._values == "function" && (this._values = defineEnumValues(this.name, this._values())), this._values;
  }
  /**
   * Returns the enum value definition for a value name.
   * @param name - The GraphQL name to look up.
   * @returns The matching enum value definition, if it exists.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertEnumType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   enum Episode {
   *     NEW_HOPE
   *     EMPIRE
   *   }
   *
   *   type Query {
   *     episode: Episode
   *   }
   * `);
   *
   * const Episode = assertEnumType(schema.getType('Episode'));
   *
   * Episode.getValue('EMPIRE')?.name; // => 'EMPIRE'
   * Episode.getValue('JEDI'); // => undefined
   * ```
   */
  getValue(name) {
    return this._nameLookup === null && (this._nameLookup = keyMap(this.getValues(), (value) => value.name)), this._nameLookup[name];
  }
  /**
   * Serializes a runtime enum value as a GraphQL enum name.
   * @param outputValue - Runtime enum value to serialize.
   * @returns The GraphQL enum name for the runtime value.
   * @example
   * ```ts
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const RGB = new GraphQLEnumType({
   *   name: 'RGB',
   *   values: {
   *     RED: { value: 0 },
   *     GREEN: { value: 1 },
   *     BLUE: { value: 2 },
   *   },
   * });
   *
   * RGB.serialize(1); // => 'GREEN'
   * RGB.serialize(3); // throws an error
   * ```
   */
  serialize(outputValue) {
    this._valueLookup === null && (this._valueLookup = new Map(
      this.getValues().map((enumValue2) => [enumValue2.value, enumValue2])
    ));
    let enumValue = this._valueLookup.get(outputValue);
    if (enumValue === void 0)
      throw new GraphQLError(
        `Enum "${this.name}" cannot represent value: ${inspect(outputValue)}`
      );
    return enumValue.name;
  }
  /**
   * Parses a GraphQL enum name from variable input.
   * @param inputValue - Runtime input value to parse.
   * @param hideSuggestions - Omit suggestions from error messages.
   * @returns The internal enum value represented by the input name.
   * @example
   * ```ts
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const RGB = new GraphQLEnumType({
   *   name: 'RGB',
   *   values: {
   *     RED: { value: 0 },
   *     GREEN: { value: 1 },
   *     BLUE: { value: 2 },
   *   },
   * });
   *
   * RGB.parseValue('BLUE'); // => 2
   * RGB.parseValue('PURPLE'); // throws an error
   * RGB.parseValue(2); // throws an error
   * ```
   */
  parseValue(inputValue, hideSuggestions) {
    if (typeof inputValue != "string") {
      let valueStr = inspect(inputValue);
      throw new GraphQLError(
        `Enum "${this.name}" cannot represent non-string value: ${valueStr}.` + (hideSuggestions ? "" : didYouMeanEnumValue(this, valueStr))
      );
    }
    let enumValue = this.getValue(inputValue);
    if (enumValue == null)
      throw new GraphQLError(
        `Value "${inputValue}" does not exist in "${this.name}" enum.` + (hideSuggestions ? "" : didYouMeanEnumValue(this, inputValue))
      );
    return enumValue.value;
  }
  /**
   * Parses a GraphQL enum name from an AST value literal.
   * @param valueNode - AST value literal to parse.
   * @param _variables - Runtime variable values; ignored because enum literals cannot contain variables.
   * @param hideSuggestions - Omit suggestions from error messages.
   * @returns The internal enum value represented by the literal.
   * @example
   * ```ts
   * import { parseValue } from 'graphql/language';
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const RGB = new GraphQLEnumType({
   *   name: 'RGB',
   *   values: {
   *     RED: { value: 0 },
   *     GREEN: { value: 1 },
   *     BLUE: { value: 2 },
   *   },
   * });
   *
   * RGB.parseLiteral(parseValue('RED'), undefined); // => 0
   * RGB.parseLiteral(parseValue('"RED"'), undefined); // throws an error
   * ```
   */
  parseLiteral(valueNode, _variables, hideSuggestions) {
    if (valueNode.kind !== Kind.ENUM) {
      let valueStr = printForError(valueNode);
      throw new GraphQLError(
        `Enum "${this.name}" cannot represent non-enum value: ${valueStr}.` + (hideSuggestions ? "" : didYouMeanEnumValue(this, valueStr)),
        {
          nodes: valueNode
        }
      );
    }
    let enumValue = this.getValue(valueNode.value);
    if (enumValue == null) {
      let valueStr = printForError(valueNode);
      throw new GraphQLError(
        `Value "${valueStr}" does not exist in "${this.name}" enum.` + (hideSuggestions ? "" : didYouMeanEnumValue(this, valueStr)),
        {
          nodes: valueNode
        }
      );
    }
    return enumValue.value;
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const RGB = new GraphQLEnumType({
   *   name: 'RGB',
   *   values: {
   *     RED: { value: 0 },
   *     GREEN: { value: 1 },
   *     BLUE: { value: 2 },
   *   },
   * });
   *
   * const config = RGB.toConfig();
   * const RGBCopy = new GraphQLEnumType(config);
   *
   * config.values.GREEN.value; // => 1
   * RGBCopy.serialize(2); // => 'BLUE'
   * ```
   */
  toConfig() {
    let values = keyValMap(
      this.getValues(),
      (value) => value.name,
      (value) => ({
        description: value.description,
        value: value.value,
        deprecationReason: value.deprecationReason,
        extensions: value.extensions,
        astNode: value.astNode
      })
    );
    return {
      name: this.name,
      description: this.description,
      values,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this enum type.
   * @returns The schema coordinate for this enum type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertEnumType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   enum Episode {
   *     NEW_HOPE
   *   }
   *
   *   type Query {
   *     episode: Episode
   *   }
   * `);
   *
   * const Episode = assertEnumType(schema.getType('Episode'));
   *
   * Episode.toString(); // => 'Episode'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLEnumType } from 'graphql/type';
   *
   * const Episode = new GraphQLEnumType({
   *   name: 'Episode',
   *   values: {
   *     NEW_HOPE: {},
   *   },
   * });
   *
   * Episode.toJSON(); // => 'Episode'
   * JSON.stringify({ type: Episode }); // => '{"type":"Episode"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
};
function didYouMeanEnumValue(enumType, unknownValueStr) {
  let allNames = enumType.getValues().map((value) => value.name), suggestedValues = suggestionList(unknownValueStr, allNames);
  return didYouMean("the enum value", suggestedValues);
}
function defineEnumValues(typeName, valueMap) {
  return isPlainObj(valueMap) || devAssert(
    !1,
    `${typeName} values must be an object with value names as keys.`
  ), Object.entries(valueMap).map(([valueName, valueConfig]) => (isPlainObj(valueConfig) || devAssert(
    !1,
    `${typeName}.${valueName} must refer to an object with a "value" key representing an internal value but got: ${inspect(valueConfig)}.`
  ), {
    name: assertEnumValueName(valueName),
    description: valueConfig.description,
    value: valueConfig.value !== void 0 ? valueConfig.value : valueName,
    deprecationReason: valueConfig.deprecationReason,
    extensions: toObjMap(valueConfig.extensions),
    astNode: valueConfig.astNode
  }));
}
var GraphQLInputObjectType = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /** Whether this input object uses the experimental OneOf input object semantics. */
  /**
   * Creates a GraphQLInputObjectType instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import {
   *   GraphQLID,
   *   GraphQLInputObjectType,
   *   GraphQLInt,
   *   GraphQLNonNull,
   *   GraphQLString,
   * } from 'graphql/type';
   *
   * const document = parse(`
   *   input ReviewInput {
   *     stars: Int!
   *     commentary: String
   *   }
   *
   *   extend input ReviewInput {
   *     body: String
   *   }
   * `);
   * assert(document.definitions[0].kind === Kind.INPUT_OBJECT_TYPE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.INPUT_OBJECT_TYPE_EXTENSION);
   * const definition = document.definitions[0];
   *
   * const ReviewInput = new GraphQLInputObjectType({
   *   name: 'ReviewInput',
   *   description: 'Input collected when reviewing a product.',
   *   fields: {
   *     stars: {
   *       description: 'Star rating from one to five.',
   *       type: new GraphQLNonNull(GraphQLInt),
   *       extensions: { min: 1, max: 5 },
   *       astNode: definition.fields?.[0],
   *     },
   *     commentary: {
   *       type: GraphQLString,
   *       defaultValue: '',
   *       deprecationReason: 'Use body.',
   *       astNode: definition.fields?.[1],
   *     },
   *   },
   *   extensions: { form: 'review' },
   *   astNode: definition,
   *   extensionASTNodes: [document.definitions[1]],
   *   isOneOf: false,
   * });
   * const SearchBy = new GraphQLInputObjectType({
   *   name: 'SearchBy',
   *   fields: {
   *     id: { type: GraphQLID },
   *     slug: { type: GraphQLString },
   *   },
   *   isOneOf: true,
   * });
   *
   * const fields = ReviewInput.getFields();
   *
   * ReviewInput.description; // => 'Input collected when reviewing a product.'
   * String(fields.stars.type); // => 'Int!'
   * fields.stars.extensions; // => { min: 1, max: 5 }
   * fields.commentary.defaultValue; // => ''
   * fields.commentary.deprecationReason; // => 'Use body.'
   * ReviewInput.isOneOf; // => false
   * SearchBy.isOneOf; // => true
   * ```
   */
  constructor(config) {
    var _config$extensionASTN6, _config$isOneOf;
    this.name = assertName(config.name), this.description = config.description, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN6 = config.extensionASTNodes) !== null && _config$extensionASTN6 !== void 0 ? _config$extensionASTN6 : [], this.isOneOf = (_config$isOneOf = config.isOneOf) !== null && _config$isOneOf !== void 0 ? _config$isOneOf : !1, this._fields = defineInputFieldMap.bind(void 0, config);
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLInputObjectType";
  }
  /**
   * Returns the fields defined by this type.
   * @returns The fields keyed by field name.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInputObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   input ReviewInput {
   *     stars: Int!
   *     commentary: String = ""
   *   }
   *
   *   type Query {
   *     reviews(filter: ReviewInput): [String]
   *   }
   * `);
   *
   * const ReviewInput = assertInputObjectType(schema.getType('ReviewInput'));
   * const fields = ReviewInput.getFields();
   *
   * Object.keys(fields); // => ['stars', 'commentary']
   * fields.commentary.defaultValue; // => ''
   * ```
   */
  getFields() {
    return typeof this._fields == "function" && (this._fields = this._fields()), this._fields;
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import {
   *   GraphQLInputObjectType,
   *   GraphQLInt,
   *   GraphQLNonNull,
   * } from 'graphql/type';
   *
   * const ReviewInput = new GraphQLInputObjectType({
   *   name: 'ReviewInput',
   *   fields: {
   *     stars: { type: new GraphQLNonNull(GraphQLInt) },
   *   },
   * });
   *
   * const config = ReviewInput.toConfig();
   * const ReviewInputCopy = new GraphQLInputObjectType(config);
   *
   * String(config.fields.stars.type); // => 'Int!'
   * String(ReviewInputCopy.getFields().stars.type); // => 'Int!'
   * ```
   */
  toConfig() {
    let fields = mapValue(this.getFields(), (field) => ({
      description: field.description,
      type: field.type,
      defaultValue: field.defaultValue,
      deprecationReason: field.deprecationReason,
      extensions: field.extensions,
      astNode: field.astNode
    }));
    return {
      name: this.name,
      description: this.description,
      fields,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes,
      isOneOf: this.isOneOf
    };
  }
  /**
   * Returns the schema coordinate identifying this input object type.
   * @returns The schema coordinate for this input object type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInputObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   input ReviewInput {
   *     stars: Int!
   *   }
   *
   *   type Query {
   *     reviews(filter: ReviewInput): [String]
   *   }
   * `);
   *
   * const ReviewInput = assertInputObjectType(schema.getType('ReviewInput'));
   *
   * ReviewInput.toString(); // => 'ReviewInput'
   * ```
   */
  toString() {
    return this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLInputObjectType, GraphQLString } from 'graphql/type';
   *
   * const ReviewInput = new GraphQLInputObjectType({
   *   name: 'ReviewInput',
   *   fields: {
   *     commentary: { type: GraphQLString },
   *   },
   * });
   *
   * ReviewInput.toJSON(); // => 'ReviewInput'
   * JSON.stringify({ type: ReviewInput }); // => '{"type":"ReviewInput"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
};
function defineInputFieldMap(config) {
  let fieldMap = resolveObjMapThunk(config.fields);
  return isPlainObj(fieldMap) || devAssert(
    !1,
    `${config.name} fields must be an object with field names as keys or a function which returns such an object.`
  ), mapValue(fieldMap, (fieldConfig, fieldName) => (!("resolve" in fieldConfig) || devAssert(
    !1,
    `${config.name}.${fieldName} field has a resolve property, but Input Types cannot define resolvers.`
  ), {
    name: assertName(fieldName),
    description: fieldConfig.description,
    type: fieldConfig.type,
    defaultValue: fieldConfig.defaultValue,
    deprecationReason: fieldConfig.deprecationReason,
    extensions: toObjMap(fieldConfig.extensions),
    astNode: fieldConfig.astNode
  }));
}
function isRequiredInputField(field) {
  return isNonNullType(field.type) && field.defaultValue === void 0;
}

// node_modules/graphql/utilities/typeComparators.mjs
function isEqualType(typeA, typeB) {
  return typeA === typeB ? !0 : isNonNullType(typeA) && isNonNullType(typeB) || isListType(typeA) && isListType(typeB) ? isEqualType(typeA.ofType, typeB.ofType) : !1;
}
function isTypeSubTypeOf(schema, maybeSubType, superType) {
  return maybeSubType === superType ? !0 : isNonNullType(superType) ? isNonNullType(maybeSubType) ? isTypeSubTypeOf(schema, maybeSubType.ofType, superType.ofType) : !1 : isNonNullType(maybeSubType) ? isTypeSubTypeOf(schema, maybeSubType.ofType, superType) : isListType(superType) ? isListType(maybeSubType) ? isTypeSubTypeOf(schema, maybeSubType.ofType, superType.ofType) : !1 : isListType(maybeSubType) ? !1 : isAbstractType(superType) && (isInterfaceType(maybeSubType) || isObjectType(maybeSubType)) && schema.isSubType(superType, maybeSubType);
}
function doTypesOverlap(schema, typeA, typeB) {
  return typeA === typeB ? !0 : isAbstractType(typeA) ? isAbstractType(typeB) ? schema.getPossibleTypes(typeA).some((type) => schema.isSubType(typeB, type)) : schema.isSubType(typeA, typeB) : isAbstractType(typeB) ? schema.isSubType(typeB, typeA) : !1;
}

// node_modules/graphql/type/scalars.mjs
var GRAPHQL_MAX_INT = 2147483647, GRAPHQL_MIN_INT = -2147483648, GraphQLInt = new GraphQLScalarType({
  name: "Int",
  description: "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
  serialize(outputValue) {
    let coercedValue = serializeObject(outputValue);
    if (typeof coercedValue == "boolean")
      return coercedValue ? 1 : 0;
    let num = coercedValue;
    if (typeof coercedValue == "string" && coercedValue !== "" && (num = Number(coercedValue)), typeof num != "number" || !Number.isInteger(num))
      throw new GraphQLError(
        `Int cannot represent non-integer value: ${inspect(coercedValue)}`
      );
    if (num > GRAPHQL_MAX_INT || num < GRAPHQL_MIN_INT)
      throw new GraphQLError(
        "Int cannot represent non 32-bit signed integer value: " + inspect(coercedValue)
      );
    return num;
  },
  parseValue(inputValue) {
    if (typeof inputValue != "number" || !Number.isInteger(inputValue))
      throw new GraphQLError(
        `Int cannot represent non-integer value: ${inspect(inputValue)}`
      );
    if (inputValue > GRAPHQL_MAX_INT || inputValue < GRAPHQL_MIN_INT)
      throw new GraphQLError(
        `Int cannot represent non 32-bit signed integer value: ${inputValue}`
      );
    return inputValue;
  },
  parseLiteral(valueNode) {
    if (valueNode.kind !== Kind.INT)
      throw new GraphQLError(
        `Int cannot represent non-integer value: ${printForError(valueNode)}`,
        {
          nodes: valueNode
        }
      );
    let num = parseInt(valueNode.value, 10);
    if (num > GRAPHQL_MAX_INT || num < GRAPHQL_MIN_INT)
      throw new GraphQLError(
        `Int cannot represent non 32-bit signed integer value: ${valueNode.value}`,
        {
          nodes: valueNode
        }
      );
    return num;
  }
}), GraphQLFloat = new GraphQLScalarType({
  name: "Float",
  description: "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
  serialize(outputValue) {
    let coercedValue = serializeObject(outputValue);
    if (typeof coercedValue == "boolean")
      return coercedValue ? 1 : 0;
    let num = coercedValue;
    if (typeof coercedValue == "string" && coercedValue !== "" && (num = Number(coercedValue)), typeof num != "number" || !Number.isFinite(num))
      throw new GraphQLError(
        `Float cannot represent non numeric value: ${inspect(coercedValue)}`
      );
    return num;
  },
  parseValue(inputValue) {
    if (typeof inputValue != "number" || !Number.isFinite(inputValue))
      throw new GraphQLError(
        `Float cannot represent non numeric value: ${inspect(inputValue)}`
      );
    return inputValue;
  },
  parseLiteral(valueNode) {
    if (valueNode.kind !== Kind.FLOAT && valueNode.kind !== Kind.INT)
      throw new GraphQLError(
        `Float cannot represent non numeric value: ${printForError(valueNode)}`,
        valueNode
      );
    return parseFloat(valueNode.value);
  }
}), GraphQLString = new GraphQLScalarType({
  name: "String",
  description: "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
  serialize(outputValue) {
    let coercedValue = serializeObject(outputValue);
    if (typeof coercedValue == "string")
      return coercedValue;
    if (typeof coercedValue == "boolean")
      return coercedValue ? "true" : "false";
    if (typeof coercedValue == "number" && Number.isFinite(coercedValue))
      return coercedValue.toString();
    throw new GraphQLError(
      `String cannot represent value: ${inspect(outputValue)}`
    );
  },
  parseValue(inputValue) {
    if (typeof inputValue != "string")
      throw new GraphQLError(
        `String cannot represent a non string value: ${inspect(inputValue)}`
      );
    return inputValue;
  },
  parseLiteral(valueNode) {
    if (valueNode.kind !== Kind.STRING)
      throw new GraphQLError(
        `String cannot represent a non string value: ${printForError(valueNode)}`,
        {
          nodes: valueNode
        }
      );
    return valueNode.value;
  }
}), GraphQLBoolean = new GraphQLScalarType({
  name: "Boolean",
  description: "The `Boolean` scalar type represents `true` or `false`.",
  serialize(outputValue) {
    let coercedValue = serializeObject(outputValue);
    if (typeof coercedValue == "boolean")
      return coercedValue;
    if (Number.isFinite(coercedValue))
      return coercedValue !== 0;
    throw new GraphQLError(
      `Boolean cannot represent a non boolean value: ${inspect(coercedValue)}`
    );
  },
  parseValue(inputValue) {
    if (typeof inputValue != "boolean")
      throw new GraphQLError(
        `Boolean cannot represent a non boolean value: ${inspect(inputValue)}`
      );
    return inputValue;
  },
  parseLiteral(valueNode) {
    if (valueNode.kind !== Kind.BOOLEAN)
      throw new GraphQLError(
        `Boolean cannot represent a non boolean value: ${printForError(valueNode)}`,
        {
          nodes: valueNode
        }
      );
    return valueNode.value;
  }
}), GraphQLID = new GraphQLScalarType({
  name: "ID",
  description: 'The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID.',
  serialize(outputValue) {
    let coercedValue = serializeObject(outputValue);
    if (typeof coercedValue == "string")
      return coercedValue;
    if (Number.isInteger(coercedValue))
      return String(coercedValue);
    throw new GraphQLError(
      `ID cannot represent value: ${inspect(outputValue)}`
    );
  },
  parseValue(inputValue) {
    if (typeof inputValue == "string")
      return inputValue;
    if (typeof inputValue == "number" && Number.isInteger(inputValue))
      return inputValue.toString();
    throw new GraphQLError(`ID cannot represent value: ${inspect(inputValue)}`);
  },
  parseLiteral(valueNode) {
    if (valueNode.kind !== Kind.STRING && valueNode.kind !== Kind.INT)
      throw new GraphQLError(
        "ID cannot represent a non-string and non-integer value: " + printForError(valueNode),
        {
          nodes: valueNode
        }
      );
    return valueNode.value;
  }
}), specifiedScalarTypes = Object.freeze([
  GraphQLString,
  GraphQLInt,
  GraphQLFloat,
  GraphQLBoolean,
  GraphQLID
]);
function isSpecifiedScalarType(type) {
  return specifiedScalarTypes.some(({ name }) => type.name === name);
}
function serializeObject(outputValue) {
  if (isObjectLike(outputValue)) {
    if (typeof outputValue.valueOf == "function") {
      let valueOfResult = outputValue.valueOf();
      if (!isObjectLike(valueOfResult))
        return valueOfResult;
    }
    if (typeof outputValue.toJSON == "function")
      return outputValue.toJSON();
  }
  return outputValue;
}

// node_modules/graphql/type/directives.mjs
function isDirective(directive) {
  return instanceOf(directive, GraphQLDirective);
}
function assertDirective(directive) {
  if (!isDirective(directive))
    throw new Error(
      `Expected ${inspect(directive)} to be a GraphQL directive.`
    );
  return directive;
}
var GraphQLDirective = class {
  /** The GraphQL name for this schema element. */
  /** Human-readable description for this schema element, if provided. */
  /** Locations where this directive may be applied. */
  /** Arguments accepted by this field or directive. */
  /** Whether this directive may appear more than once at the same location. */
  /** Reason this element is deprecated, if one was provided. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Creates a GraphQLDirective instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { DirectiveLocation, parse, Kind } from 'graphql/language';
   * import {
   *   GraphQLBoolean,
   *   GraphQLDirective,
   *   GraphQLInt,
   *   GraphQLNonNull,
   * } from 'graphql/type';
   *
   * const document = parse(
   *   `
   *   directive @cacheControl(maxAge: Int) repeatable on FIELD_DEFINITION
   *   extend directive @cacheControl @tag
   * `,
   *   { experimentalDirectivesOnDirectiveDefinitions: true },
   * );
   * assert(document.definitions[0].kind === Kind.DIRECTIVE_DEFINITION);
   * assert(document.definitions[1].kind === Kind.DIRECTIVE_EXTENSION);
   * const definition = document.definitions[0];
   *
   * const cacheControl = new GraphQLDirective({
   *   name: 'cacheControl',
   *   description: 'Controls HTTP cache hints for a field.',
   *   locations: [DirectiveLocation.FIELD_DEFINITION],
   *   args: {
   *     inheritMaxAge: {
   *       description: 'Inherit the parent cache hint.',
   *       type: new GraphQLNonNull(GraphQLBoolean),
   *       defaultValue: false,
   *       deprecationReason: 'Use maxAge instead.',
   *       extensions: { scope: 'cache' },
   *     },
   *     maxAge: {
   *       type: GraphQLInt,
   *       astNode: definition.arguments?.[0],
   *     },
   *   },
   *   isRepeatable: true,
   *   deprecationReason: 'Use @cache instead.',
   *   extensions: { scope: 'cache' },
   *   astNode: definition,
   *   extensionASTNodes: [document.definitions[1]],
   * });
   *
   * cacheControl.name; // => 'cacheControl'
   * cacheControl.description; // => 'Controls HTTP cache hints for a field.'
   * cacheControl.args[0].name; // => 'inheritMaxAge'
   * cacheControl.args[0].defaultValue; // => false
   * cacheControl.isRepeatable; // => true
   * cacheControl.extensions; // => { scope: 'cache' }
   * ```
   */
  constructor(config) {
    var _config$isRepeatable, _config$extensionASTN, _config$args;
    this.name = assertName(config.name), this.description = config.description, this.locations = config.locations, this.isRepeatable = (_config$isRepeatable = config.isRepeatable) !== null && _config$isRepeatable !== void 0 ? _config$isRepeatable : !1, this.deprecationReason = config.deprecationReason, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN = config.extensionASTNodes) !== null && _config$extensionASTN !== void 0 ? _config$extensionASTN : [], Array.isArray(config.locations) || devAssert(!1, `@${config.name} locations must be an Array.`);
    let args = (_config$args = config.args) !== null && _config$args !== void 0 ? _config$args : {};
    isObjectLike(args) && !Array.isArray(args) || devAssert(
      !1,
      `@${config.name} args must be an object with argument names as keys.`
    ), this.args = defineArguments(args);
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLDirective";
  }
  /**
   * Returns a normalized configuration object for this object.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { DirectiveLocation } from 'graphql/language';
   * import { GraphQLDirective, GraphQLString } from 'graphql/type';
   *
   * const tag = new GraphQLDirective({
   *   name: 'tag',
   *   locations: [DirectiveLocation.FIELD_DEFINITION],
   *   args: {
   *     name: { type: GraphQLString },
   *   },
   * });
   *
   * const config = tag.toConfig();
   * const tagCopy = new GraphQLDirective(config);
   *
   * config.args.name.type; // => GraphQLString
   * tagCopy.args[0].name; // => 'name'
   * ```
   */
  toConfig() {
    return {
      name: this.name,
      description: this.description,
      locations: this.locations,
      args: argsToArgsConfig(this.args),
      isRepeatable: this.isRepeatable,
      deprecationReason: this.deprecationReason,
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes
    };
  }
  /**
   * Returns the schema coordinate identifying this directive.
   * @returns The directive schema coordinate.
   * @example
   * ```ts
   * import { DirectiveLocation } from 'graphql/language';
   * import { GraphQLDirective } from 'graphql/type';
   *
   * const tag = new GraphQLDirective({
   *   name: 'tag',
   *   locations: [DirectiveLocation.FIELD_DEFINITION],
   * });
   *
   * tag.toString(); // => '@tag'
   * ```
   */
  toString() {
    return "@" + this.name;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { DirectiveLocation } from 'graphql/language';
   * import { GraphQLDirective } from 'graphql/type';
   *
   * const tag = new GraphQLDirective({
   *   name: 'tag',
   *   locations: [DirectiveLocation.FIELD_DEFINITION],
   * });
   *
   * tag.toJSON(); // => '@tag'
   * JSON.stringify({ directive: tag }); // => '{"directive":"@tag"}'
   * ```
   */
  toJSON() {
    return this.toString();
  }
}, GraphQLIncludeDirective = new GraphQLDirective({
  name: "include",
  description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
  locations: [
    DirectiveLocation.FIELD,
    DirectiveLocation.FRAGMENT_SPREAD,
    DirectiveLocation.INLINE_FRAGMENT
  ],
  args: {
    if: {
      type: new GraphQLNonNull(GraphQLBoolean),
      description: "Included when true."
    }
  }
}), GraphQLSkipDirective = new GraphQLDirective({
  name: "skip",
  description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
  locations: [
    DirectiveLocation.FIELD,
    DirectiveLocation.FRAGMENT_SPREAD,
    DirectiveLocation.INLINE_FRAGMENT
  ],
  args: {
    if: {
      type: new GraphQLNonNull(GraphQLBoolean),
      description: "Skipped when true."
    }
  }
}), DEFAULT_DEPRECATION_REASON = "No longer supported", GraphQLDeprecatedDirective = new GraphQLDirective({
  name: "deprecated",
  description: "Marks an element of a GraphQL schema as no longer supported.",
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.ARGUMENT_DEFINITION,
    DirectiveLocation.INPUT_FIELD_DEFINITION,
    DirectiveLocation.ENUM_VALUE,
    DirectiveLocation.DIRECTIVE_DEFINITION
  ],
  args: {
    reason: {
      type: GraphQLString,
      description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
      defaultValue: DEFAULT_DEPRECATION_REASON
    }
  }
}), GraphQLSpecifiedByDirective = new GraphQLDirective({
  name: "specifiedBy",
  description: "Exposes a URL that specifies the behavior of this scalar.",
  locations: [DirectiveLocation.SCALAR],
  args: {
    url: {
      type: new GraphQLNonNull(GraphQLString),
      description: "The URL that specifies the behavior of this scalar."
    }
  }
}), GraphQLOneOfDirective = new GraphQLDirective({
  name: "oneOf",
  description: "Indicates exactly one field must be supplied and this field must not be `null`.",
  locations: [DirectiveLocation.INPUT_OBJECT],
  args: {}
}), specifiedDirectives = Object.freeze([
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  GraphQLDeprecatedDirective,
  GraphQLSpecifiedByDirective,
  GraphQLOneOfDirective
]);
function isSpecifiedDirective(directive) {
  return specifiedDirectives.some(({ name }) => name === directive.name);
}

// node_modules/graphql/jsutils/invariant.mjs
function invariant(condition, message) {
  if (!!!condition)
    throw new Error(
      message ?? "Unexpected invariant triggered."
    );
}

// node_modules/graphql/jsutils/isIterableObject.mjs
function isIterableObject(maybeIterable) {
  return typeof maybeIterable == "object" && typeof maybeIterable?.[Symbol.iterator] == "function";
}

// node_modules/graphql/utilities/astFromValue.mjs
function astFromValue(value, type) {
  if (isNonNullType(type)) {
    let astValue = astFromValue(value, type.ofType);
    return astValue?.kind === Kind.NULL ? null : astValue;
  }
  if (value === null)
    return {
      kind: Kind.NULL
    };
  if (value === void 0)
    return null;
  if (isListType(type)) {
    let itemType = type.ofType;
    if (isIterableObject(value)) {
      let valuesNodes = [];
      for (let item of value) {
        let itemNode = astFromValue(item, itemType);
        itemNode != null && valuesNodes.push(itemNode);
      }
      return {
        kind: Kind.LIST,
        values: valuesNodes
      };
    }
    return astFromValue(value, itemType);
  }
  if (isInputObjectType(type)) {
    if (!isObjectLike(value))
      return null;
    let fieldNodes = [];
    for (let field of Object.values(type.getFields())) {
      let fieldValue = astFromValue(value[field.name], field.type);
      fieldValue && fieldNodes.push({
        kind: Kind.OBJECT_FIELD,
        name: {
          kind: Kind.NAME,
          value: field.name
        },
        value: fieldValue
      });
    }
    return {
      kind: Kind.OBJECT,
      fields: fieldNodes
    };
  }
  if (isLeafType(type)) {
    let serialized = type.serialize(value);
    if (serialized == null)
      return null;
    if (typeof serialized == "boolean")
      return {
        kind: Kind.BOOLEAN,
        value: serialized
      };
    if (typeof serialized == "number" && Number.isFinite(serialized)) {
      let stringNum = String(serialized);
      return integerStringRegExp.test(stringNum) ? {
        kind: Kind.INT,
        value: stringNum
      } : {
        kind: Kind.FLOAT,
        value: stringNum
      };
    }
    if (typeof serialized == "string")
      return isEnumType(type) ? {
        kind: Kind.ENUM,
        value: serialized
      } : type === GraphQLID && integerStringRegExp.test(serialized) ? {
        kind: Kind.INT,
        value: serialized
      } : {
        kind: Kind.STRING,
        value: serialized
      };
    throw new TypeError(`Cannot convert value to AST: ${inspect(serialized)}.`);
  }
  invariant(!1, "Unexpected input type: " + inspect(type));
}
var integerStringRegExp = /^-?(?:0|[1-9][0-9]*)$/;

// node_modules/graphql/type/introspection.mjs
var __Schema = new GraphQLObjectType({
  name: "__Schema",
  description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
  fields: () => ({
    description: {
      type: GraphQLString,
      resolve: (schema) => schema.description
    },
    types: {
      description: "A list of all types supported by this server.",
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(__Type))),
      resolve(schema) {
        return Object.values(schema.getTypeMap());
      }
    },
    queryType: {
      description: "The type that query operations will be rooted at.",
      type: new GraphQLNonNull(__Type),
      resolve: (schema) => schema.getQueryType()
    },
    mutationType: {
      description: "If this server supports mutation, the type that mutation operations will be rooted at.",
      type: __Type,
      resolve: (schema) => schema.getMutationType()
    },
    subscriptionType: {
      description: "If this server support subscription, the type that subscription operations will be rooted at.",
      type: __Type,
      resolve: (schema) => schema.getSubscriptionType()
    },
    directives: {
      description: "A list of all directives supported by this server.",
      type: new GraphQLNonNull(
        new GraphQLList(new GraphQLNonNull(__Directive))
      ),
      args: {
        includeDeprecated: {
          type: new GraphQLNonNull(GraphQLBoolean),
          defaultValue: !1
        }
      },
      resolve: (schema, { includeDeprecated }) => includeDeprecated ? schema.getDirectives() : schema.getDirectives().filter((directive) => directive.deprecationReason == null)
    }
  })
}), __Directive = new GraphQLObjectType({
  name: "__Directive",
  description: `A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.`,
  fields: () => ({
    name: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: (directive) => directive.name
    },
    description: {
      type: GraphQLString,
      resolve: (directive) => directive.description
    },
    isRepeatable: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (directive) => directive.isRepeatable
    },
    locations: {
      type: new GraphQLNonNull(
        new GraphQLList(new GraphQLNonNull(__DirectiveLocation))
      ),
      resolve: (directive) => directive.locations
    },
    args: {
      type: new GraphQLNonNull(
        new GraphQLList(new GraphQLNonNull(__InputValue))
      ),
      args: {
        includeDeprecated: {
          type: GraphQLBoolean,
          defaultValue: !1
        }
      },
      resolve(field, { includeDeprecated }) {
        return includeDeprecated ? field.args : field.args.filter((arg) => arg.deprecationReason == null);
      }
    },
    isDeprecated: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (directive) => directive.deprecationReason != null
    },
    deprecationReason: {
      type: GraphQLString,
      resolve: (directive) => directive.deprecationReason
    }
  })
}), __DirectiveLocation = new GraphQLEnumType({
  name: "__DirectiveLocation",
  description: "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
  values: {
    QUERY: {
      value: DirectiveLocation.QUERY,
      description: "Location adjacent to a query operation."
    },
    MUTATION: {
      value: DirectiveLocation.MUTATION,
      description: "Location adjacent to a mutation operation."
    },
    SUBSCRIPTION: {
      value: DirectiveLocation.SUBSCRIPTION,
      description: "Location adjacent to a subscription operation."
    },
    FIELD: {
      value: DirectiveLocation.FIELD,
      description: "Location adjacent to a field."
    },
    FRAGMENT_DEFINITION: {
      value: DirectiveLocation.FRAGMENT_DEFINITION,
      description: "Location adjacent to a fragment definition."
    },
    FRAGMENT_SPREAD: {
      value: DirectiveLocation.FRAGMENT_SPREAD,
      description: "Location adjacent to a fragment spread."
    },
    INLINE_FRAGMENT: {
      value: DirectiveLocation.INLINE_FRAGMENT,
      description: "Location adjacent to an inline fragment."
    },
    VARIABLE_DEFINITION: {
      value: DirectiveLocation.VARIABLE_DEFINITION,
      description: "Location adjacent to a variable definition."
    },
    SCHEMA: {
      value: DirectiveLocation.SCHEMA,
      description: "Location adjacent to a schema definition."
    },
    SCALAR: {
      value: DirectiveLocation.SCALAR,
      description: "Location adjacent to a scalar definition."
    },
    OBJECT: {
      value: DirectiveLocation.OBJECT,
      description: "Location adjacent to an object type definition."
    },
    FIELD_DEFINITION: {
      value: DirectiveLocation.FIELD_DEFINITION,
      description: "Location adjacent to a field definition."
    },
    ARGUMENT_DEFINITION: {
      value: DirectiveLocation.ARGUMENT_DEFINITION,
      description: "Location adjacent to an argument definition."
    },
    INTERFACE: {
      value: DirectiveLocation.INTERFACE,
      description: "Location adjacent to an interface definition."
    },
    UNION: {
      value: DirectiveLocation.UNION,
      description: "Location adjacent to a union definition."
    },
    ENUM: {
      value: DirectiveLocation.ENUM,
      description: "Location adjacent to an enum definition."
    },
    ENUM_VALUE: {
      value: DirectiveLocation.ENUM_VALUE,
      description: "Location adjacent to an enum value definition."
    },
    INPUT_OBJECT: {
      value: DirectiveLocation.INPUT_OBJECT,
      description: "Location adjacent to an input object type definition."
    },
    INPUT_FIELD_DEFINITION: {
      value: DirectiveLocation.INPUT_FIELD_DEFINITION,
      description: "Location adjacent to an input object field definition."
    },
    DIRECTIVE_DEFINITION: {
      value: DirectiveLocation.DIRECTIVE_DEFINITION,
      description: "Location adjacent to a directive definition."
    }
  }
}), __Type = new GraphQLObjectType({
  name: "__Type",
  description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
  fields: () => ({
    kind: {
      type: new GraphQLNonNull(__TypeKind),
      resolve(type) {
        if (isScalarType(type))
          return TypeKind.SCALAR;
        if (isObjectType(type))
          return TypeKind.OBJECT;
        if (isInterfaceType(type))
          return TypeKind.INTERFACE;
        if (isUnionType(type))
          return TypeKind.UNION;
        if (isEnumType(type))
          return TypeKind.ENUM;
        if (isInputObjectType(type))
          return TypeKind.INPUT_OBJECT;
        if (isListType(type))
          return TypeKind.LIST;
        if (isNonNullType(type))
          return TypeKind.NON_NULL;
        invariant(!1, `Unexpected type: "${inspect(type)}".`);
      }
    },
    name: {
      type: GraphQLString,
      resolve: (type) => "name" in type ? type.name : void 0
    },
    description: {
      type: GraphQLString,
      resolve: (type) => (
        /* c8 ignore next */
        "description" in type ? type.description : void 0
      )
    },
    specifiedByURL: {
      type: GraphQLString,
      resolve: (obj) => "specifiedByURL" in obj ? obj.specifiedByURL : void 0
    },
    fields: {
      type: new GraphQLList(new GraphQLNonNull(__Field)),
      args: {
        includeDeprecated: {
          type: GraphQLBoolean,
          defaultValue: !1
        }
      },
      resolve(type, { includeDeprecated }) {
        if (isObjectType(type) || isInterfaceType(type)) {
          let fields = Object.values(type.getFields());
          return includeDeprecated ? fields : fields.filter((field) => field.deprecationReason == null);
        }
      }
    },
    interfaces: {
      type: new GraphQLList(new GraphQLNonNull(__Type)),
      resolve(type) {
        if (isObjectType(type) || isInterfaceType(type))
          return type.getInterfaces();
      }
    },
    possibleTypes: {
      type: new GraphQLList(new GraphQLNonNull(__Type)),
      resolve(type, _args, _context, { schema }) {
        if (isAbstractType(type))
          return schema.getPossibleTypes(type);
      }
    },
    enumValues: {
      type: new GraphQLList(new GraphQLNonNull(__EnumValue)),
      args: {
        includeDeprecated: {
          type: GraphQLBoolean,
          defaultValue: !1
        }
      },
      resolve(type, { includeDeprecated }) {
        if (isEnumType(type)) {
          let values = type.getValues();
          return includeDeprecated ? values : values.filter((field) => field.deprecationReason == null);
        }
      }
    },
    inputFields: {
      type: new GraphQLList(new GraphQLNonNull(__InputValue)),
      args: {
        includeDeprecated: {
          type: GraphQLBoolean,
          defaultValue: !1
        }
      },
      resolve(type, { includeDeprecated }) {
        if (isInputObjectType(type)) {
          let values = Object.values(type.getFields());
          return includeDeprecated ? values : values.filter((field) => field.deprecationReason == null);
        }
      }
    },
    ofType: {
      type: __Type,
      resolve: (type) => "ofType" in type ? type.ofType : void 0
    },
    isOneOf: {
      type: GraphQLBoolean,
      resolve: (type) => {
        if (isInputObjectType(type))
          return type.isOneOf;
      }
    }
  })
}), __Field = new GraphQLObjectType({
  name: "__Field",
  description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
  fields: () => ({
    name: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: (field) => field.name
    },
    description: {
      type: GraphQLString,
      resolve: (field) => field.description
    },
    args: {
      type: new GraphQLNonNull(
        new GraphQLList(new GraphQLNonNull(__InputValue))
      ),
      args: {
        includeDeprecated: {
          type: GraphQLBoolean,
          defaultValue: !1
        }
      },
      resolve(field, { includeDeprecated }) {
        return includeDeprecated ? field.args : field.args.filter((arg) => arg.deprecationReason == null);
      }
    },
    type: {
      type: new GraphQLNonNull(__Type),
      resolve: (field) => field.type
    },
    isDeprecated: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (field) => field.deprecationReason != null
    },
    deprecationReason: {
      type: GraphQLString,
      resolve: (field) => field.deprecationReason
    }
  })
}), __InputValue = new GraphQLObjectType({
  name: "__InputValue",
  description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
  fields: () => ({
    name: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: (inputValue) => inputValue.name
    },
    description: {
      type: GraphQLString,
      resolve: (inputValue) => inputValue.description
    },
    type: {
      type: new GraphQLNonNull(__Type),
      resolve: (inputValue) => inputValue.type
    },
    defaultValue: {
      type: GraphQLString,
      description: "A GraphQL-formatted string representing the default value for this input value.",
      resolve(inputValue) {
        let { type, defaultValue } = inputValue, valueAST = astFromValue(defaultValue, type);
        return valueAST ? print(valueAST) : null;
      }
    },
    isDeprecated: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (field) => field.deprecationReason != null
    },
    deprecationReason: {
      type: GraphQLString,
      resolve: (obj) => obj.deprecationReason
    }
  })
}), __EnumValue = new GraphQLObjectType({
  name: "__EnumValue",
  description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
  fields: () => ({
    name: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: (enumValue) => enumValue.name
    },
    description: {
      type: GraphQLString,
      resolve: (enumValue) => enumValue.description
    },
    isDeprecated: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (enumValue) => enumValue.deprecationReason != null
    },
    deprecationReason: {
      type: GraphQLString,
      resolve: (enumValue) => enumValue.deprecationReason
    }
  })
}), TypeKind;
(function(TypeKind2) {
  TypeKind2.SCALAR = "SCALAR", TypeKind2.OBJECT = "OBJECT", TypeKind2.INTERFACE = "INTERFACE", TypeKind2.UNION = "UNION", TypeKind2.ENUM = "ENUM", TypeKind2.INPUT_OBJECT = "INPUT_OBJECT", TypeKind2.LIST = "LIST", TypeKind2.NON_NULL = "NON_NULL";
})(TypeKind || (TypeKind = {}));
var __TypeKind = new GraphQLEnumType({
  name: "__TypeKind",
  description: "An enum describing what kind of type a given `__Type` is.",
  values: {
    SCALAR: {
      value: TypeKind.SCALAR,
      description: "Indicates this type is a scalar."
    },
    OBJECT: {
      value: TypeKind.OBJECT,
      description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."
    },
    INTERFACE: {
      value: TypeKind.INTERFACE,
      description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
    },
    UNION: {
      value: TypeKind.UNION,
      description: "Indicates this type is a union. `possibleTypes` is a valid field."
    },
    ENUM: {
      value: TypeKind.ENUM,
      description: "Indicates this type is an enum. `enumValues` is a valid field."
    },
    INPUT_OBJECT: {
      value: TypeKind.INPUT_OBJECT,
      description: "Indicates this type is an input object. `inputFields` is a valid field."
    },
    LIST: {
      value: TypeKind.LIST,
      description: "Indicates this type is a list. `ofType` is a valid field."
    },
    NON_NULL: {
      value: TypeKind.NON_NULL,
      description: "Indicates this type is a non-null. `ofType` is a valid field."
    }
  }
}), SchemaMetaFieldDef = {
  name: "__schema",
  type: new GraphQLNonNull(__Schema),
  description: "Access the current type schema of this server.",
  args: [],
  resolve: (_source, _args, _context, { schema }) => schema,
  deprecationReason: void 0,
  extensions: /* @__PURE__ */ Object.create(null),
  astNode: void 0
}, TypeMetaFieldDef = {
  name: "__type",
  type: __Type,
  description: "Request the type information of a single type.",
  args: [
    {
      name: "name",
      description: void 0,
      type: new GraphQLNonNull(GraphQLString),
      defaultValue: void 0,
      deprecationReason: void 0,
      extensions: /* @__PURE__ */ Object.create(null),
      astNode: void 0
    }
  ],
  resolve: (_source, { name }, _context, { schema }) => schema.getType(name),
  deprecationReason: void 0,
  extensions: /* @__PURE__ */ Object.create(null),
  astNode: void 0
}, TypeNameMetaFieldDef = {
  name: "__typename",
  type: new GraphQLNonNull(GraphQLString),
  description: "The name of the current Object type at runtime.",
  args: [],
  resolve: (_source, _args, _context, { parentType }) => parentType.name,
  deprecationReason: void 0,
  extensions: /* @__PURE__ */ Object.create(null),
  astNode: void 0
}, introspectionTypes = Object.freeze([
  __Schema,
  __Directive,
  __DirectiveLocation,
  __Type,
  __Field,
  __InputValue,
  __EnumValue,
  __TypeKind
]);
function isIntrospectionType(type) {
  return introspectionTypes.some(({ name }) => type.name === name);
}

// node_modules/graphql/type/schema.mjs
function isSchema(schema) {
  return instanceOf(schema, GraphQLSchema);
}
function assertSchema(schema) {
  if (!isSchema(schema))
    throw new Error(`Expected ${inspect(schema)} to be a GraphQL schema.`);
  return schema;
}
var GraphQLSchema = class {
  /** Human-readable description for this schema element, if provided. */
  /** Custom extension fields reserved for users. */
  /** AST node from which this schema element was built, if available. */
  /** AST extension nodes applied to this schema element. */
  /**
   * Cached schema validation errors, if validation has already run.
   * @internal
   */
  /**
   * Creates a GraphQLSchema instance.
   * @param config - Configuration describing this object.
   * @example
   * ```ts
   * // Create a schema with the required query root.
   * import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql/type';
   *
   * const Query = new GraphQLObjectType({
   *   name: 'Query',
   *   fields: {
   *     greeting: {
   *       type: GraphQLString,
   *       resolve: () => 'Hello',
   *     },
   *   },
   * });
   *
   * const schema = new GraphQLSchema({
   *   description: 'The application schema.',
   *   query: Query,
   * });
   *
   * schema.getQueryType(); // => Query
   * schema.description; // => 'The application schema.'
   * ```
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * // This variant configures every schema option, including directives and extensions.
   * import { DirectiveLocation, parse, Kind } from 'graphql/language';
   * import {
   *   GraphQLBoolean,
   *   GraphQLDirective,
   *   GraphQLObjectType,
   *   GraphQLSchema,
   *   GraphQLString,
   * } from 'graphql/type';
   *
   * const Query = new GraphQLObjectType({
   *   name: 'Query',
   *   fields: { greeting: { type: GraphQLString } },
   * });
   * const Mutation = new GraphQLObjectType({
   *   name: 'Mutation',
   *   fields: { setGreeting: { type: GraphQLString } },
   * });
   * const Subscription = new GraphQLObjectType({
   *   name: 'Subscription',
   *   fields: { greetingChanged: { type: GraphQLString } },
   * });
   * const AuditEvent = new GraphQLObjectType({
   *   name: 'AuditEvent',
   *   fields: { message: { type: GraphQLString } },
   * });
   * const authDirective = new GraphQLDirective({
   *   name: 'auth',
   *   locations: [DirectiveLocation.FIELD_DEFINITION],
   *   args: { required: { type: GraphQLBoolean } },
   * });
   * const schemaDocument = parse(`
   *   schema {
   *     query: Query
   *     mutation: Mutation
   *     subscription: Subscription
   *   }
   *
   *   extend schema @auth
   * `);
   * assert(schemaDocument.definitions[0].kind === Kind.SCHEMA_DEFINITION);
   * assert(schemaDocument.definitions[1].kind === Kind.SCHEMA_EXTENSION);
   *
   * const schema = new GraphQLSchema({
   *   description: 'Operations exposed by the application.',
   *   query: Query,
   *   mutation: Mutation,
   *   subscription: Subscription,
   *   types: [AuditEvent],
   *   directives: [authDirective],
   *   extensions: { owner: 'platform' },
   *   astNode: schemaDocument.definitions[0],
   *   extensionASTNodes: [schemaDocument.definitions[1]],
   *   assumeValid: true,
   * });
   *
   * schema.getMutationType(); // => Mutation
   * schema.getSubscriptionType(); // => Subscription
   * schema.getType('AuditEvent'); // => AuditEvent
   * schema.getDirective('auth'); // => authDirective
   * schema.extensions; // => { owner: 'platform' }
   * ```
   */
  constructor(config) {
    var _config$extensionASTN, _config$directives;
    this.__validationErrors = config.assumeValid === !0 ? [] : void 0, isObjectLike(config) || devAssert(!1, "Must provide configuration object."), !config.types || Array.isArray(config.types) || devAssert(
      !1,
      `"types" must be Array if provided but got: ${inspect(config.types)}.`
    ), !config.directives || Array.isArray(config.directives) || devAssert(
      !1,
      `"directives" must be Array if provided but got: ${inspect(config.directives)}.`
    ), this.description = config.description, this.extensions = toObjMap(config.extensions), this.astNode = config.astNode, this.extensionASTNodes = (_config$extensionASTN = config.extensionASTNodes) !== null && _config$extensionASTN !== void 0 ? _config$extensionASTN : [], this._queryType = config.query, this._mutationType = config.mutation, this._subscriptionType = config.subscription, this._directives = (_config$directives = config.directives) !== null && _config$directives !== void 0 ? _config$directives : specifiedDirectives;
    let allReferencedTypes = new Set(config.types);
    if (config.types != null)
      for (let type of config.types)
        allReferencedTypes.delete(type), collectReferencedTypes(type, allReferencedTypes);
    this._queryType != null && collectReferencedTypes(this._queryType, allReferencedTypes), this._mutationType != null && collectReferencedTypes(this._mutationType, allReferencedTypes), this._subscriptionType != null && collectReferencedTypes(this._subscriptionType, allReferencedTypes);
    for (let directive of this._directives)
      if (isDirective(directive))
        for (let arg of directive.args)
          collectReferencedTypes(arg.type, allReferencedTypes);
    collectReferencedTypes(__Schema, allReferencedTypes), this._typeMap = /* @__PURE__ */ Object.create(null), this._subTypeMap = /* @__PURE__ */ Object.create(null), this._implementationsMap = /* @__PURE__ */ Object.create(null);
    for (let namedType of allReferencedTypes) {
      if (namedType == null)
        continue;
      let typeName = namedType.name;
      if (typeName || devAssert(
        !1,
        "One of the provided types for building the Schema is missing a name."
      ), this._typeMap[typeName] !== void 0)
        throw new Error(
          `Schema must contain uniquely named types but contains multiple types named "${typeName}".`
        );
      if (this._typeMap[typeName] = namedType, isInterfaceType(namedType)) {
        for (let iface of namedType.getInterfaces())
          if (isInterfaceType(iface)) {
            let implementations = this._implementationsMap[iface.name];
            implementations === void 0 && (implementations = this._implementationsMap[iface.name] = {
              objects: [],
              interfaces: []
            }), implementations.interfaces.push(namedType);
          }
      } else if (isObjectType(namedType)) {
        for (let iface of namedType.getInterfaces())
          if (isInterfaceType(iface)) {
            let implementations = this._implementationsMap[iface.name];
            implementations === void 0 && (implementations = this._implementationsMap[iface.name] = {
              objects: [],
              interfaces: []
            }), implementations.objects.push(namedType);
          }
      }
    }
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "GraphQLSchema";
  }
  /**
   * Returns the root object type for query operations.
   * @returns The query root type, if this schema defines one.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   *
   * schema.getQueryType()?.name; // => 'Query'
   * ```
   */
  getQueryType() {
    return this._queryType;
  }
  /**
   * Returns the root object type for mutation operations.
   * @returns The mutation root type, if this schema defines one.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   *
   *   type Mutation {
   *     setGreeting(value: String!): String
   *   }
   * `);
   *
   * schema.getMutationType()?.name; // => 'Mutation'
   * ```
   */
  getMutationType() {
    return this._mutationType;
  }
  /**
   * Returns the root object type for subscription operations.
   * @returns The subscription root type, if this schema defines one.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   *
   *   type Subscription {
   *     greetings: String
   *   }
   * `);
   *
   * schema.getSubscriptionType()?.name; // => 'Subscription'
   * ```
   */
  getSubscriptionType() {
    return this._subscriptionType;
  }
  /**
   * Returns the root object type for the requested operation kind.
   * @param operation - Operation kind to resolve.
   * @returns The root object type for the operation kind, if this schema defines one.
   * @example
   * ```ts
   * import { OperationTypeNode } from 'graphql/language';
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   *
   *   type Mutation {
   *     setGreeting(value: String!): String
   *   }
   * `);
   *
   * schema.getRootType(OperationTypeNode.QUERY)?.name; // => 'Query'
   * schema.getRootType(OperationTypeNode.MUTATION)?.name; // => 'Mutation'
   * schema.getRootType(OperationTypeNode.SUBSCRIPTION); // => undefined
   * ```
   */
  getRootType(operation) {
    switch (operation) {
      case OperationTypeNode.QUERY:
        return this.getQueryType();
      case OperationTypeNode.MUTATION:
        return this.getMutationType();
      case OperationTypeNode.SUBSCRIPTION:
        return this.getSubscriptionType();
    }
  }
  /**
   * Returns all named types known to this schema.
   * @returns A map of schema types keyed by type name.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type User {
   *     name: String
   *   }
   *
   *   type Query {
   *     viewer: User
   *   }
   * `);
   *
   * const typeMap = schema.getTypeMap();
   *
   * typeMap.User.name; // => 'User'
   * typeMap.Query.name; // => 'Query'
   * typeMap.String.name; // => 'String'
   * ```
   */
  getTypeMap() {
    return this._typeMap;
  }
  /**
   * Returns the named type with the provided name.
   * @param name - The GraphQL name to look up.
   * @returns The named schema type, if one exists.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type User {
   *     name: String
   *   }
   *
   *   type Query {
   *     viewer: User
   *   }
   * `);
   *
   * schema.getType('User')?.toString(); // => 'User'
   * schema.getType('Missing'); // => undefined
   * ```
   */
  getType(name) {
    return this.getTypeMap()[name];
  }
  /**
   * Returns object types that may be returned for an abstract type.
   * @param abstractType - Interface or union type to inspect.
   * @returns Object types that may satisfy the abstract type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType, assertUnionType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   type User implements Node {
   *     id: ID!
   *   }
   *
   *   type Organization implements Node {
   *     id: ID!
   *   }
   *
   *   union SearchResult = User | Organization
   *
   *   type Query {
   *     node: Node
   *     search: [SearchResult]
   *   }
   * `);
   *
   * const Node = assertInterfaceType(schema.getType('Node'));
   * const SearchResult = assertUnionType(schema.getType('SearchResult'));
   *
   * schema.getPossibleTypes(Node).map((type) => type.name); // => ['User', 'Organization']
   * schema.getPossibleTypes(SearchResult).map((type) => type.name); // => ['User', 'Organization']
   * ```
   */
  getPossibleTypes(abstractType) {
    return isUnionType(abstractType) ? abstractType.getTypes() : this.getImplementations(abstractType).objects;
  }
  /**
   * Returns objects and interfaces that implement an interface type.
   * @param interfaceType - Interface type to inspect.
   * @returns Object and interface implementations of the interface.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Resource {
   *     url: String!
   *   }
   *
   *   interface Image implements Resource {
   *     url: String!
   *     width: Int
   *   }
   *
   *   type Photo implements Resource & Image {
   *     url: String!
   *     width: Int
   *   }
   *
   *   type Query {
   *     resource: Resource
   *   }
   * `);
   *
   * const Resource = assertInterfaceType(schema.getType('Resource'));
   * const implementations = schema.getImplementations(Resource);
   *
   * implementations.interfaces.map((type) => type.name); // => ['Image']
   * implementations.objects.map((type) => type.name); // => ['Photo']
   * ```
   */
  getImplementations(interfaceType) {
    let implementations = this._implementationsMap[interfaceType.name];
    return implementations ?? {
      objects: [],
      interfaces: []
    };
  }
  /**
   * Returns whether one type is a possible runtime subtype of an abstract type.
   * @param abstractType - Interface or union type to inspect.
   * @param maybeSubType - Object or interface type to test as a possible subtype.
   * @returns True when the subtype may satisfy the abstract type.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { assertInterfaceType, assertObjectType } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   interface Node {
   *     id: ID!
   *   }
   *
   *   type User implements Node {
   *     id: ID!
   *   }
   *
   *   type Review {
   *     body: String
   *   }
   *
   *   type Query {
   *     node: Node
   *     review: Review
   *   }
   * `);
   *
   * const Node = assertInterfaceType(schema.getType('Node'));
   * const User = assertObjectType(schema.getType('User'));
   * const Review = assertObjectType(schema.getType('Review'));
   *
   * schema.isSubType(Node, User); // => true
   * schema.isSubType(Node, Review); // => false
   * ```
   */
  isSubType(abstractType, maybeSubType) {
    let map = this._subTypeMap[abstractType.name];
    if (map === void 0) {
      if (map = /* @__PURE__ */ Object.create(null), isUnionType(abstractType))
        for (let type of abstractType.getTypes())
          map[type.name] = !0;
      else {
        let implementations = this.getImplementations(abstractType);
        for (let type of implementations.objects)
          map[type.name] = !0;
        for (let type of implementations.interfaces)
          map[type.name] = !0;
      }
      this._subTypeMap[abstractType.name] = map;
    }
    return map[maybeSubType.name] !== void 0;
  }
  /**
   * Returns directives available in this schema.
   * @returns Directives available in this schema.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   directive @upper on FIELD_DEFINITION
   *
   *   type Query {
   *     greeting: String @upper
   *   }
   * `);
   *
   * schema.getDirectives().map((directive) => directive.name); // => ['upper', 'include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']
   * ```
   */
  getDirectives() {
    return this._directives;
  }
  /**
   * Returns the current directive definition.
   * @param name - The GraphQL name to look up.
   * @returns The current directive definition, if known.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   directive @upper on FIELD_DEFINITION
   *
   *   type Query {
   *     greeting: String @upper
   *   }
   * `);
   *
   * schema.getDirective('upper')?.name; // => 'upper'
   * schema.getDirective('missing'); // => undefined
   * ```
   */
  getDirective(name) {
    return this.getDirectives().find((directive) => directive.name === name);
  }
  /**
   * Returns a normalized configuration object for this object.
   *
   * The returned config preserves the original `assumeValid` flag so the schema
   * can be recreated with the same validation behavior.
   * @returns A configuration object that can be used to recreate this object.
   * @example
   * ```ts
   * import { buildSchema } from 'graphql/utilities';
   * import { GraphQLSchema } from 'graphql/type';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   *
   * const config = schema.toConfig();
   * const schemaCopy = new GraphQLSchema(config);
   *
   * config.query?.name; // => 'Query'
   * schemaCopy.getQueryType()?.name; // => 'Query'
   * ```
   */
  toConfig() {
    return {
      description: this.description,
      query: this.getQueryType(),
      mutation: this.getMutationType(),
      subscription: this.getSubscriptionType(),
      types: Object.values(this.getTypeMap()),
      directives: this.getDirectives(),
      extensions: this.extensions,
      astNode: this.astNode,
      extensionASTNodes: this.extensionASTNodes,
      assumeValid: this.__validationErrors !== void 0
    };
  }
};
function collectReferencedTypes(type, typeSet) {
  let namedType = getNamedType(type);
  if (!typeSet.has(namedType)) {
    if (typeSet.add(namedType), isUnionType(namedType))
      for (let memberType of namedType.getTypes())
        collectReferencedTypes(memberType, typeSet);
    else if (isObjectType(namedType) || isInterfaceType(namedType)) {
      for (let interfaceType of namedType.getInterfaces())
        collectReferencedTypes(interfaceType, typeSet);
      for (let field of Object.values(namedType.getFields())) {
        collectReferencedTypes(field.type, typeSet);
        for (let arg of field.args)
          collectReferencedTypes(arg.type, typeSet);
      }
    } else if (isInputObjectType(namedType))
      for (let field of Object.values(namedType.getFields()))
        collectReferencedTypes(field.type, typeSet);
  }
  return typeSet;
}

// node_modules/graphql/type/validate.mjs
function validateSchema(schema) {
  if (assertSchema(schema), schema.__validationErrors)
    return schema.__validationErrors;
  let context = new SchemaValidationContext(schema);
  validateRootTypes(context), validateDirectives(context), validateTypes(context);
  let errors = context.getErrors();
  return schema.__validationErrors = errors, errors;
}
function assertValidSchema(schema) {
  let errors = validateSchema(schema);
  if (errors.length !== 0)
    throw new Error(errors.map((error) => error.message).join(`

`));
}
var SchemaValidationContext = class {
  constructor(schema) {
    this._errors = [], this.schema = schema;
  }
  reportError(message, nodes) {
    let _nodes = Array.isArray(nodes) ? nodes.filter(Boolean) : nodes;
    this._errors.push(
      new GraphQLError(message, {
        nodes: _nodes
      })
    );
  }
  getErrors() {
    return this._errors;
  }
};
function validateRootTypes(context) {
  let schema = context.schema, queryType = schema.getQueryType();
  if (!queryType)
    context.reportError("Query root type must be provided.", schema.astNode);
  else if (!isObjectType(queryType)) {
    var _getOperationTypeNode;
    context.reportError(
      `Query root type must be Object type, it cannot be ${inspect(
        queryType
      )}.`,
      (_getOperationTypeNode = getOperationTypeNode(
        schema,
        OperationTypeNode.QUERY
      )) !== null && _getOperationTypeNode !== void 0 ? _getOperationTypeNode : queryType.astNode
    );
  }
  let mutationType = schema.getMutationType();
  if (mutationType && !isObjectType(mutationType)) {
    var _getOperationTypeNode2;
    context.reportError(
      `Mutation root type must be Object type if provided, it cannot be ${inspect(mutationType)}.`,
      (_getOperationTypeNode2 = getOperationTypeNode(
        schema,
        OperationTypeNode.MUTATION
      )) !== null && _getOperationTypeNode2 !== void 0 ? _getOperationTypeNode2 : mutationType.astNode
    );
  }
  let subscriptionType = schema.getSubscriptionType();
  if (subscriptionType && !isObjectType(subscriptionType)) {
    var _getOperationTypeNode3;
    context.reportError(
      `Subscription root type must be Object type if provided, it cannot be ${inspect(subscriptionType)}.`,
      (_getOperationTypeNode3 = getOperationTypeNode(
        schema,
        OperationTypeNode.SUBSCRIPTION
      )) !== null && _getOperationTypeNode3 !== void 0 ? _getOperationTypeNode3 : subscriptionType.astNode
    );
  }
}
function getOperationTypeNode(schema, operation) {
  var _flatMap$find;
  return (_flatMap$find = [schema.astNode, ...schema.extensionASTNodes].flatMap(
    // FIXME: https://github.com/graphql/graphql-js/issues/2203
    (schemaNode) => {
      var _schemaNode$operation;
      return (
        /* c8 ignore next */
        (_schemaNode$operation = schemaNode?.operationTypes) !== null && _schemaNode$operation !== void 0 ? _schemaNode$operation : []
      );
    }
  ).find((operationNode) => operationNode.operation === operation)) === null || _flatMap$find === void 0 ? void 0 : _flatMap$find.type;
}
function validateDirectives(context) {
  for (let directive of context.schema.getDirectives()) {
    if (!isDirective(directive)) {
      context.reportError(
        `Expected directive but got: ${inspect(directive)}.`,
        directive?.astNode
      );
      continue;
    }
    validateName(context, directive), directive.locations.length === 0 && context.reportError(
      `Directive @${directive.name} must include 1 or more locations.`,
      directive.astNode
    );
    for (let arg of directive.args)
      if (validateName(context, arg), isInputType(arg.type) || context.reportError(
        `The type of @${directive.name}(${arg.name}:) must be Input Type but got: ${inspect(arg.type)}.`,
        arg.astNode
      ), isRequiredArgument(arg) && arg.deprecationReason != null) {
        var _arg$astNode;
        context.reportError(
          `Required argument @${directive.name}(${arg.name}:) cannot be deprecated.`,
          [
            getDeprecatedDirectiveNode(arg.astNode),
            (_arg$astNode = arg.astNode) === null || _arg$astNode === void 0 ? void 0 : _arg$astNode.type
          ]
        );
      }
  }
}
function validateName(context, node) {
  node.name.startsWith("__") && context.reportError(
    `Name "${node.name}" must not begin with "__", which is reserved by GraphQL introspection.`,
    node.astNode
  );
}
function validateTypes(context) {
  let validateInputObjectCircularRefs = createInputObjectCircularRefsValidator(context), typeMap = context.schema.getTypeMap();
  for (let type of Object.values(typeMap)) {
    if (!isNamedType(type)) {
      context.reportError(
        `Expected GraphQL named type but got: ${inspect(type)}.`,
        type.astNode
      );
      continue;
    }
    isIntrospectionType(type) || validateName(context, type), isObjectType(type) || isInterfaceType(type) ? (validateFields(context, type), validateInterfaces(context, type)) : isUnionType(type) ? validateUnionMembers(context, type) : isEnumType(type) ? validateEnumValues(context, type) : isInputObjectType(type) && (validateInputFields(context, type), validateInputObjectCircularRefs(type));
  }
}
function validateFields(context, type) {
  let fields = Object.values(type.getFields());
  fields.length === 0 && context.reportError(`Type ${type.name} must define one or more fields.`, [
    type.astNode,
    ...type.extensionASTNodes
  ]);
  for (let field of fields) {
    if (validateName(context, field), !isOutputType(field.type)) {
      var _field$astNode;
      context.reportError(
        `The type of ${type.name}.${field.name} must be Output Type but got: ${inspect(field.type)}.`,
        (_field$astNode = field.astNode) === null || _field$astNode === void 0 ? void 0 : _field$astNode.type
      );
    }
    for (let arg of field.args) {
      let argName = arg.name;
      if (validateName(context, arg), !isInputType(arg.type)) {
        var _arg$astNode2;
        context.reportError(
          `The type of ${type.name}.${field.name}(${argName}:) must be Input Type but got: ${inspect(arg.type)}.`,
          (_arg$astNode2 = arg.astNode) === null || _arg$astNode2 === void 0 ? void 0 : _arg$astNode2.type
        );
      }
      if (isRequiredArgument(arg) && arg.deprecationReason != null) {
        var _arg$astNode3;
        context.reportError(
          `Required argument ${type.name}.${field.name}(${argName}:) cannot be deprecated.`,
          [
            getDeprecatedDirectiveNode(arg.astNode),
            (_arg$astNode3 = arg.astNode) === null || _arg$astNode3 === void 0 ? void 0 : _arg$astNode3.type
          ]
        );
      }
    }
  }
}
function validateInterfaces(context, type) {
  let ifaceTypeNames = /* @__PURE__ */ Object.create(null);
  for (let iface of type.getInterfaces()) {
    if (!isInterfaceType(iface)) {
      context.reportError(
        `Type ${inspect(type)} must only implement Interface types, it cannot implement ${inspect(iface)}.`,
        getAllImplementsInterfaceNodes(type, iface)
      );
      continue;
    }
    if (type === iface) {
      context.reportError(
        `Type ${type.name} cannot implement itself because it would create a circular reference.`,
        getAllImplementsInterfaceNodes(type, iface)
      );
      continue;
    }
    if (ifaceTypeNames[iface.name]) {
      context.reportError(
        `Type ${type.name} can only implement ${iface.name} once.`,
        getAllImplementsInterfaceNodes(type, iface)
      );
      continue;
    }
    ifaceTypeNames[iface.name] = !0, validateTypeImplementsAncestors(context, type, iface), validateTypeImplementsInterface(context, type, iface);
  }
}
function validateTypeImplementsInterface(context, type, iface) {
  let typeFieldMap = type.getFields();
  for (let ifaceField of Object.values(iface.getFields())) {
    let fieldName = ifaceField.name, typeField = typeFieldMap[fieldName];
    if (!typeField) {
      context.reportError(
        `Interface field ${iface.name}.${fieldName} expected but ${type.name} does not provide it.`,
        [ifaceField.astNode, type.astNode, ...type.extensionASTNodes]
      );
      continue;
    }
    if (!isTypeSubTypeOf(context.schema, typeField.type, ifaceField.type)) {
      var _ifaceField$astNode, _typeField$astNode;
      context.reportError(
        `Interface field ${iface.name}.${fieldName} expects type ${inspect(ifaceField.type)} but ${type.name}.${fieldName} is type ${inspect(typeField.type)}.`,
        [
          (_ifaceField$astNode = ifaceField.astNode) === null || _ifaceField$astNode === void 0 ? void 0 : _ifaceField$astNode.type,
          (_typeField$astNode = typeField.astNode) === null || _typeField$astNode === void 0 ? void 0 : _typeField$astNode.type
        ]
      );
    }
    for (let ifaceArg of ifaceField.args) {
      let argName = ifaceArg.name, typeArg = typeField.args.find((arg) => arg.name === argName);
      if (!typeArg) {
        context.reportError(
          `Interface field argument ${iface.name}.${fieldName}(${argName}:) expected but ${type.name}.${fieldName} does not provide it.`,
          [ifaceArg.astNode, typeField.astNode]
        );
        continue;
      }
      if (!isEqualType(ifaceArg.type, typeArg.type)) {
        var _ifaceArg$astNode, _typeArg$astNode;
        context.reportError(
          `Interface field argument ${iface.name}.${fieldName}(${argName}:) expects type ${inspect(ifaceArg.type)} but ${type.name}.${fieldName}(${argName}:) is type ${inspect(typeArg.type)}.`,
          [
            (_ifaceArg$astNode = ifaceArg.astNode) === null || _ifaceArg$astNode === void 0 ? void 0 : _ifaceArg$astNode.type,
            (_typeArg$astNode = typeArg.astNode) === null || _typeArg$astNode === void 0 ? void 0 : _typeArg$astNode.type
          ]
        );
      }
    }
    for (let typeArg of typeField.args) {
      let argName = typeArg.name;
      !ifaceField.args.find((arg) => arg.name === argName) && isRequiredArgument(typeArg) && context.reportError(
        `Object field ${type.name}.${fieldName} includes required argument ${argName} that is missing from the Interface field ${iface.name}.${fieldName}.`,
        [typeArg.astNode, ifaceField.astNode]
      );
    }
  }
}
function validateTypeImplementsAncestors(context, type, iface) {
  let ifaceInterfaces = type.getInterfaces();
  for (let transitive of iface.getInterfaces())
    ifaceInterfaces.includes(transitive) || context.reportError(
      transitive === type ? `Type ${type.name} cannot implement ${iface.name} because it would create a circular reference.` : `Type ${type.name} must implement ${transitive.name} because it is implemented by ${iface.name}.`,
      [
        ...getAllImplementsInterfaceNodes(iface, transitive),
        ...getAllImplementsInterfaceNodes(type, iface)
      ]
    );
}
function validateUnionMembers(context, union) {
  let memberTypes = union.getTypes();
  memberTypes.length === 0 && context.reportError(
    `Union type ${union.name} must define one or more member types.`,
    [union.astNode, ...union.extensionASTNodes]
  );
  let includedTypeNames = /* @__PURE__ */ Object.create(null);
  for (let memberType of memberTypes) {
    if (includedTypeNames[memberType.name]) {
      context.reportError(
        `Union type ${union.name} can only include type ${memberType.name} once.`,
        getUnionMemberTypeNodes(union, memberType.name)
      );
      continue;
    }
    includedTypeNames[memberType.name] = !0, isObjectType(memberType) || context.reportError(
      `Union type ${union.name} can only include Object types, it cannot include ${inspect(memberType)}.`,
      getUnionMemberTypeNodes(union, String(memberType))
    );
  }
}
function validateEnumValues(context, enumType) {
  let enumValues = enumType.getValues();
  enumValues.length === 0 && context.reportError(
    `Enum type ${enumType.name} must define one or more values.`,
    [enumType.astNode, ...enumType.extensionASTNodes]
  );
  for (let enumValue of enumValues)
    validateName(context, enumValue);
}
function validateInputFields(context, inputObj) {
  let fields = Object.values(inputObj.getFields());
  fields.length === 0 && context.reportError(
    `Input Object type ${inputObj.name} must define one or more fields.`,
    [inputObj.astNode, ...inputObj.extensionASTNodes]
  );
  for (let field of fields) {
    if (validateName(context, field), !isInputType(field.type)) {
      var _field$astNode2;
      context.reportError(
        `The type of ${inputObj.name}.${field.name} must be Input Type but got: ${inspect(field.type)}.`,
        (_field$astNode2 = field.astNode) === null || _field$astNode2 === void 0 ? void 0 : _field$astNode2.type
      );
    }
    if (isRequiredInputField(field) && field.deprecationReason != null) {
      var _field$astNode3;
      context.reportError(
        `Required input field ${inputObj.name}.${field.name} cannot be deprecated.`,
        [
          getDeprecatedDirectiveNode(field.astNode),
          (_field$astNode3 = field.astNode) === null || _field$astNode3 === void 0 ? void 0 : _field$astNode3.type
        ]
      );
    }
    inputObj.isOneOf && validateOneOfInputObjectField(inputObj, field, context);
  }
}
function validateOneOfInputObjectField(type, field, context) {
  if (isNonNullType(field.type)) {
    var _field$astNode4;
    context.reportError(
      `OneOf input field ${type.name}.${field.name} must be nullable.`,
      (_field$astNode4 = field.astNode) === null || _field$astNode4 === void 0 ? void 0 : _field$astNode4.type
    );
  }
  field.defaultValue !== void 0 && context.reportError(
    `OneOf input field ${type.name}.${field.name} cannot have a default value.`,
    field.astNode
  );
}
function createInputObjectCircularRefsValidator(context) {
  let visitedTypes = /* @__PURE__ */ Object.create(null), fieldPath = [], fieldPathIndexByTypeName = /* @__PURE__ */ Object.create(null);
  return detectCycleRecursive;
  function detectCycleRecursive(inputObj) {
    if (visitedTypes[inputObj.name])
      return;
    visitedTypes[inputObj.name] = !0, fieldPathIndexByTypeName[inputObj.name] = fieldPath.length;
    let fields = Object.values(inputObj.getFields());
    for (let field of fields)
      if (isNonNullType(field.type) && isInputObjectType(field.type.ofType)) {
        let fieldType = field.type.ofType, cycleIndex = fieldPathIndexByTypeName[fieldType.name];
        if (fieldPath.push(field), cycleIndex === void 0)
          detectCycleRecursive(fieldType);
        else {
          let cyclePath = fieldPath.slice(cycleIndex), pathStr = cyclePath.map((fieldObj) => fieldObj.name).join(".");
          context.reportError(
            `Cannot reference Input Object "${fieldType.name}" within itself through a series of non-null fields: "${pathStr}".`,
            cyclePath.map((fieldObj) => fieldObj.astNode)
          );
        }
        fieldPath.pop();
      }
    fieldPathIndexByTypeName[inputObj.name] = void 0;
  }
}
function getAllImplementsInterfaceNodes(type, iface) {
  let { astNode, extensionASTNodes } = type;
  return (astNode != null ? [astNode, ...extensionASTNodes] : extensionASTNodes).flatMap((typeNode) => {
    var _typeNode$interfaces;
    return (
      /* c8 ignore next */
      (_typeNode$interfaces = typeNode.interfaces) !== null && _typeNode$interfaces !== void 0 ? _typeNode$interfaces : []
    );
  }).filter((ifaceNode) => ifaceNode.name.value === iface.name);
}
function getUnionMemberTypeNodes(union, typeName) {
  let { astNode, extensionASTNodes } = union;
  return (astNode != null ? [astNode, ...extensionASTNodes] : extensionASTNodes).flatMap((unionNode) => {
    var _unionNode$types;
    return (
      /* c8 ignore next */
      (_unionNode$types = unionNode.types) !== null && _unionNode$types !== void 0 ? _unionNode$types : []
    );
  }).filter((typeNode) => typeNode.name.value === typeName);
}
function getDeprecatedDirectiveNode(definitionNode) {
  var _definitionNode$direc;
  return definitionNode == null || (_definitionNode$direc = definitionNode.directives) === null || _definitionNode$direc === void 0 ? void 0 : _definitionNode$direc.find(
    (node) => node.name.value === GraphQLDeprecatedDirective.name
  );
}

// node_modules/graphql/language/visitor.mjs
var BREAK = Object.freeze({});
function visit(root, visitor, visitorKeys = QueryDocumentKeys) {
  let enterLeaveMap = /* @__PURE__ */ new Map();
  for (let kind of Object.values(Kind))
    enterLeaveMap.set(kind, getEnterLeaveForKind(visitor, kind));
  let stack, inArray = Array.isArray(root), keys = [root], index = -1, edits = [], node = root, key, parent, path = [], ancestors = [];
  do {
    index++;
    let isLeaving = index === keys.length, isEdited = isLeaving && edits.length !== 0;
    if (isLeaving) {
      if (key = ancestors.length === 0 ? void 0 : path[path.length - 1], node = parent, parent = ancestors.pop(), isEdited)
        if (inArray) {
          node = node.slice();
          let editOffset = 0;
          for (let [editKey, editValue] of edits) {
            let arrayKey = editKey - editOffset;
            editValue === null ? (node.splice(arrayKey, 1), editOffset++) : node[arrayKey] = editValue;
          }
        } else {
          node = { ...node };
          for (let [editKey, editValue] of edits)
            node[editKey] = editValue;
        }
      index = stack.index, keys = stack.keys, edits = stack.edits, inArray = stack.inArray, stack = stack.prev;
    } else if (parent) {
      if (key = inArray ? index : keys[index], node = parent[key], node == null)
        continue;
      path.push(key);
    }
    let result;
    if (!Array.isArray(node)) {
      var _enterLeaveMap$get, _enterLeaveMap$get2;
      isNode(node) || devAssert(!1, `Invalid AST Node: ${inspect(node)}.`);
      let visitFn = isLeaving ? (_enterLeaveMap$get = enterLeaveMap.get(node.kind)) === null || _enterLeaveMap$get === void 0 ? void 0 : _enterLeaveMap$get.leave : (_enterLeaveMap$get2 = enterLeaveMap.get(node.kind)) === null || _enterLeaveMap$get2 === void 0 ? void 0 : _enterLeaveMap$get2.enter;
      if (result = visitFn?.call(visitor, node, key, parent, path, ancestors), result === BREAK)
        break;
      if (result === !1) {
        if (!isLeaving) {
          path.pop();
          continue;
        }
      } else if (result !== void 0 && (edits.push([key, result]), !isLeaving))
        if (isNode(result))
          node = result;
        else {
          path.pop();
          continue;
        }
    }
    if (result === void 0 && isEdited && edits.push([key, node]), isLeaving)
      path.pop();
    else {
      var _node$kind;
      stack = {
        inArray,
        index,
        keys,
        edits,
        prev: stack
      }, inArray = Array.isArray(node), keys = inArray ? node : (_node$kind = visitorKeys[node.kind]) !== null && _node$kind !== void 0 ? _node$kind : [], index = -1, edits = [], parent && ancestors.push(parent), parent = node;
    }
  } while (stack !== void 0);
  return edits.length !== 0 ? edits[edits.length - 1][1] : root;
}
function visitInParallel(visitors) {
  let skipping = new Array(visitors.length).fill(null), mergedVisitor = /* @__PURE__ */ Object.create(null);
  for (let kind of Object.values(Kind)) {
    let hasVisitor = !1, enterList = new Array(visitors.length).fill(void 0), leaveList = new Array(visitors.length).fill(void 0);
    for (let i = 0; i < visitors.length; ++i) {
      let { enter, leave } = getEnterLeaveForKind(visitors[i], kind);
      hasVisitor || (hasVisitor = enter != null || leave != null), enterList[i] = enter, leaveList[i] = leave;
    }
    if (!hasVisitor)
      continue;
    let mergedEnterLeave = {
      enter(...args) {
        let node = args[0];
        for (let i = 0; i < visitors.length; i++)
          if (skipping[i] === null) {
            var _enterList$i;
            let result = (_enterList$i = enterList[i]) === null || _enterList$i === void 0 ? void 0 : _enterList$i.apply(visitors[i], args);
            if (result === !1)
              skipping[i] = node;
            else if (result === BREAK)
              skipping[i] = BREAK;
            else if (result !== void 0)
              return result;
          }
      },
      leave(...args) {
        let node = args[0];
        for (let i = 0; i < visitors.length; i++)
          if (skipping[i] === null) {
            var _leaveList$i;
            let result = (_leaveList$i = leaveList[i]) === null || _leaveList$i === void 0 ? void 0 : _leaveList$i.apply(visitors[i], args);
            if (result === BREAK)
              skipping[i] = BREAK;
            else if (result !== void 0 && result !== !1)
              return result;
          } else skipping[i] === node && (skipping[i] = null);
      }
    };
    mergedVisitor[kind] = mergedEnterLeave;
  }
  return mergedVisitor;
}
function getEnterLeaveForKind(visitor, kind) {
  let kindVisitor = visitor[kind];
  return typeof kindVisitor == "object" ? kindVisitor : typeof kindVisitor == "function" ? {
    enter: kindVisitor,
    leave: void 0
  } : {
    enter: visitor.enter,
    leave: visitor.leave
  };
}
function getVisitFn(visitor, kind, isLeaving) {
  let { enter, leave } = getEnterLeaveForKind(visitor, kind);
  return isLeaving ? leave : enter;
}

// node_modules/graphql/utilities/typeFromAST.mjs
function typeFromAST(schema, typeNode) {
  switch (typeNode.kind) {
    case Kind.LIST_TYPE: {
      let innerType = typeFromAST(schema, typeNode.type);
      return innerType && new GraphQLList(innerType);
    }
    case Kind.NON_NULL_TYPE: {
      let innerType = typeFromAST(schema, typeNode.type);
      return innerType && new GraphQLNonNull(innerType);
    }
    case Kind.NAMED_TYPE:
      return schema.getType(typeNode.name.value);
  }
}

// node_modules/graphql/utilities/TypeInfo.mjs
var TypeInfo = class {
  /**
   * Creates a TypeInfo instance.
   * @param schema - Schema used for type lookups.
   * @param initialType - Optional type to use at the start of traversal.
   * @param getFieldDefFn - Optional field definition lookup override.
   * @example
   * ```ts
   * // Track field types during a visitWithTypeInfo traversal.
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema } from 'graphql/utilities';
   * import { TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * const seenTypes: Array<string> = [];
   *
   * visit(
   *   parse('{ greeting }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Field: () => {
   *       seenTypes.push(String(typeInfo.getType()));
   *     },
   *   }),
   * );
   *
   * seenTypes; // => ['String']
   * ```
   * @example
   * ```ts
   * // This variant starts from an initial type and supplies a field definition resolver.
   * import { Kind } from 'graphql/language';
   * import { GraphQLString } from 'graphql/type';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema, schema.getQueryType(), () => ({
   *   name: 'virtualGreeting',
   *   description: undefined,
   *   type: GraphQLString,
   *   args: [],
   *   resolve: undefined,
   *   subscribe: undefined,
   *   deprecationReason: undefined,
   *   extensions: Object.create(null),
   *   astNode: undefined,
   * }));
   *
   * typeInfo.enter({
   *   kind: Kind.SELECTION_SET,
   *   selections: [],
   * });
   * typeInfo.enter({
   *   kind: Kind.FIELD,
   *   name: { kind: Kind.NAME, value: 'ignored' },
   * });
   *
   * typeInfo.getFieldDef()?.name; // => 'virtualGreeting'
   * String(typeInfo.getType()); // => 'String'
   * ```
   */
  constructor(schema, initialType, getFieldDefFn) {
    this._schema = schema, this._typeStack = [], this._parentTypeStack = [], this._inputTypeStack = [], this._fieldDefStack = [], this._defaultValueStack = [], this._directive = null, this._argument = null, this._enumValue = null, this._getFieldDef = getFieldDefFn ?? getFieldDef, initialType && (isInputType(initialType) && this._inputTypeStack.push(initialType), isCompositeType(initialType) && this._parentTypeStack.push(initialType), isOutputType(initialType) && this._typeStack.push(initialType));
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "TypeInfo";
  }
  /**
   * Returns the current output type at this point in traversal.
   * @returns The current output type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     viewer: User
   *   }
   *
   *   type User {
   *     name: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * const fieldTypes: Record<string, string> = {};
   *
   * visit(
   *   parse('{ viewer { name } }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Field: (node) => {
   *       fieldTypes[node.name.value] = String(typeInfo.getType());
   *     },
   *   }),
   * );
   *
   * fieldTypes; // => { viewer: 'User', name: 'String' }
   * ```
   */
  getType() {
    if (this._typeStack.length > 0)
      return this._typeStack[this._typeStack.length - 1];
  }
  /**
   * Returns the current parent composite type.
   * @returns The current parent composite type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     viewer: User
   *   }
   *
   *   type User {
   *     name: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * const parentTypes: Record<string, string> = {};
   *
   * visit(
   *   parse('{ viewer { name } }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Field: (node) => {
   *       parentTypes[node.name.value] = String(typeInfo.getParentType());
   *     },
   *   }),
   * );
   *
   * parentTypes; // => { viewer: 'Query', name: 'User' }
   * ```
   */
  getParentType() {
    if (this._parentTypeStack.length > 0)
      return this._parentTypeStack[this._parentTypeStack.length - 1];
  }
  /**
   * Returns the current input type at this point in traversal.
   * @returns The current input type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     reviews(stars: Int!, sort: Sort = NEWEST): [String]
   *   }
   *
   *   enum Sort {
   *     NEWEST
   *     OLDEST
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * const inputTypes: Record<string, string> = {};
   *
   * visit(
   *   parse('{ reviews(stars: 5, sort: OLDEST) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Argument: (node) => {
   *       inputTypes[node.name.value] = String(typeInfo.getInputType());
   *     },
   *   }),
   * );
   *
   * inputTypes; // => { stars: 'Int!', sort: 'Sort' }
   * ```
   */
  getInputType() {
    if (this._inputTypeStack.length > 0)
      return this._inputTypeStack[this._inputTypeStack.length - 1];
  }
  /**
   * Returns the parent input type for the current input position.
   * @returns The parent input type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   input ReviewFilter {
   *     stars: Int!
   *   }
   *
   *   type Query {
   *     reviews(filter: ReviewFilter): [String]
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * const parentInputTypes: Record<string, string> = {};
   *
   * visit(
   *   parse('{ reviews(filter: { stars: 5 }) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     ObjectField: (node) => {
   *       parentInputTypes[node.name.value] = String(typeInfo.getParentInputType());
   *     },
   *   }),
   * );
   *
   * parentInputTypes; // => { stars: 'ReviewFilter' }
   * ```
   */
  getParentInputType() {
    if (this._inputTypeStack.length > 1)
      return this._inputTypeStack[this._inputTypeStack.length - 2];
  }
  /**
   * Returns the current field definition.
   * @returns The current field definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * let fieldName;
   *
   * visit(
   *   parse('{ greeting }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Field: () => {
   *       fieldName = typeInfo.getFieldDef()?.name;
   *     },
   *   }),
   * );
   *
   * fieldName; // => 'greeting'
   * ```
   */
  getFieldDef() {
    if (this._fieldDefStack.length > 0)
      return this._fieldDefStack[this._fieldDefStack.length - 1];
  }
  /**
   * Returns the default value for the current input position.
   * @returns The current default value, if one is available.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     reviews(limit: Int = 10): [String]
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * let defaultLimit: unknown;
   *
   * visit(
   *   parse('{ reviews(limit: 5) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Argument: () => {
   *       defaultLimit = typeInfo.getDefaultValue();
   *     },
   *   }),
   * );
   *
   * defaultLimit; // => 10
   * ```
   */
  getDefaultValue() {
    if (this._defaultValueStack.length > 0)
      return this._defaultValueStack[this._defaultValueStack.length - 1];
  }
  /**
   * Returns the current directive definition.
   * @returns The current directive definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * let directiveName;
   *
   * visit(
   *   parse('{ greeting @include(if: true) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Directive: () => {
   *       directiveName = typeInfo.getDirective()?.name;
   *     },
   *   }),
   * );
   *
   * directiveName; // => 'include'
   * ```
   */
  getDirective() {
    return this._directive;
  }
  /**
   * Returns the current argument definition.
   * @returns The current argument definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     reviews(limit: Int = 10): [String]
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * let argumentName;
   *
   * visit(
   *   parse('{ reviews(limit: 5) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     Argument: () => {
   *       argumentName = typeInfo.getArgument()?.name;
   *     },
   *   }),
   * );
   *
   * argumentName; // => 'limit'
   * ```
   */
  getArgument() {
    return this._argument;
  }
  /**
   * Returns the current enum value definition.
   * @returns The current enum value definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   enum Sort {
   *     NEWEST
   *     OLDEST
   *   }
   *
   *   type Query {
   *     reviews(sort: Sort = NEWEST): [String]
   *   }
   * `);
   * const typeInfo = new TypeInfo(schema);
   * let enumValueName;
   *
   * visit(
   *   parse('{ reviews(sort: OLDEST) }'),
   *   visitWithTypeInfo(typeInfo, {
   *     EnumValue: () => {
   *       enumValueName = typeInfo.getEnumValue()?.name;
   *     },
   *   }),
   * );
   *
   * enumValueName; // => 'OLDEST'
   * ```
   */
  getEnumValue() {
    return this._enumValue;
  }
  /**
   * Updates this TypeInfo instance for an entered AST node.
   * @param node - AST node being entered.
   * @returns Nothing.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { Kind, parse } from 'graphql/language';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const selectionSet = operation.selectionSet;
   * const field = selectionSet.selections[0];
   * const typeInfo = new TypeInfo(schema);
   *
   * typeInfo.enter(operation);
   * typeInfo.enter(selectionSet);
   * typeInfo.enter(field);
   *
   * field.kind; // => Kind.FIELD
   * typeInfo.getParentType()?.name; // => 'Query'
   * String(typeInfo.getType()); // => 'String'
   * ```
   */
  enter(node) {
    let schema = this._schema;
    switch (node.kind) {
      case Kind.SELECTION_SET: {
        let namedType = getNamedType(this.getType());
        this._parentTypeStack.push(
          isCompositeType(namedType) ? namedType : void 0
        );
        break;
      }
      case Kind.FIELD: {
        let parentType = this.getParentType(), fieldDef, fieldType;
        parentType && (fieldDef = this._getFieldDef(schema, parentType, node), fieldDef && (fieldType = fieldDef.type)), this._fieldDefStack.push(fieldDef), this._typeStack.push(isOutputType(fieldType) ? fieldType : void 0);
        break;
      }
      case Kind.DIRECTIVE:
        this._directive = schema.getDirective(node.name.value);
        break;
      case Kind.OPERATION_DEFINITION: {
        let rootType = schema.getRootType(node.operation);
        this._typeStack.push(isObjectType(rootType) ? rootType : void 0);
        break;
      }
      case Kind.INLINE_FRAGMENT:
      case Kind.FRAGMENT_DEFINITION: {
        let typeConditionAST = node.typeCondition, outputType = typeConditionAST ? typeFromAST(schema, typeConditionAST) : getNamedType(this.getType());
        this._typeStack.push(isOutputType(outputType) ? outputType : void 0);
        break;
      }
      case Kind.VARIABLE_DEFINITION: {
        let inputType = typeFromAST(schema, node.type);
        this._inputTypeStack.push(
          isInputType(inputType) ? inputType : void 0
        );
        break;
      }
      case Kind.ARGUMENT: {
        var _this$getDirective;
        let argDef, argType, fieldOrDirective = (_this$getDirective = this.getDirective()) !== null && _this$getDirective !== void 0 ? _this$getDirective : this.getFieldDef();
        fieldOrDirective && (argDef = fieldOrDirective.args.find(
          (arg) => arg.name === node.name.value
        ), argDef && (argType = argDef.type)), this._argument = argDef, this._defaultValueStack.push(argDef ? argDef.defaultValue : void 0), this._inputTypeStack.push(isInputType(argType) ? argType : void 0);
        break;
      }
      case Kind.LIST: {
        let listType = getNullableType(this.getInputType()), itemType = isListType(listType) ? listType.ofType : listType;
        this._defaultValueStack.push(void 0), this._inputTypeStack.push(isInputType(itemType) ? itemType : void 0);
        break;
      }
      case Kind.OBJECT_FIELD: {
        let objectType = getNamedType(this.getInputType()), inputFieldType, inputField;
        isInputObjectType(objectType) && (inputField = objectType.getFields()[node.name.value], inputField && (inputFieldType = inputField.type)), this._defaultValueStack.push(
          inputField ? inputField.defaultValue : void 0
        ), this._inputTypeStack.push(
          isInputType(inputFieldType) ? inputFieldType : void 0
        );
        break;
      }
      case Kind.ENUM: {
        let enumType = getNamedType(this.getInputType()), enumValue;
        isEnumType(enumType) && (enumValue = enumType.getValue(node.value)), this._enumValue = enumValue;
        break;
      }
      default:
    }
  }
  /**
   * Updates this TypeInfo instance when leaving an AST node.
   * @param node - AST node being left.
   * @returns Nothing.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const selectionSet = operation.selectionSet;
   * const field = selectionSet.selections[0];
   * const typeInfo = new TypeInfo(schema);
   *
   * typeInfo.enter(operation);
   * typeInfo.enter(selectionSet);
   * typeInfo.enter(field);
   * String(typeInfo.getType()); // => 'String'
   *
   * typeInfo.leave(field);
   * String(typeInfo.getType()); // => 'Query'
   * ```
   */
  leave(node) {
    switch (node.kind) {
      case Kind.SELECTION_SET:
        this._parentTypeStack.pop();
        break;
      case Kind.FIELD:
        this._fieldDefStack.pop(), this._typeStack.pop();
        break;
      case Kind.DIRECTIVE:
        this._directive = null;
        break;
      case Kind.OPERATION_DEFINITION:
      case Kind.INLINE_FRAGMENT:
      case Kind.FRAGMENT_DEFINITION:
        this._typeStack.pop();
        break;
      case Kind.VARIABLE_DEFINITION:
        this._inputTypeStack.pop();
        break;
      case Kind.ARGUMENT:
        this._argument = null, this._defaultValueStack.pop(), this._inputTypeStack.pop();
        break;
      case Kind.LIST:
      case Kind.OBJECT_FIELD:
        this._defaultValueStack.pop(), this._inputTypeStack.pop();
        break;
      case Kind.ENUM:
        this._enumValue = null;
        break;
      default:
    }
  }
};
function getFieldDef(schema, parentType, fieldNode) {
  let name = fieldNode.name.value;
  if (name === SchemaMetaFieldDef.name && schema.getQueryType() === parentType)
    return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && schema.getQueryType() === parentType)
    return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name && isCompositeType(parentType))
    return TypeNameMetaFieldDef;
  if (isObjectType(parentType) || isInterfaceType(parentType))
    return parentType.getFields()[name];
}
function visitWithTypeInfo(typeInfo, visitor) {
  return {
    enter(...args) {
      let node = args[0];
      typeInfo.enter(node);
      let fn = getEnterLeaveForKind(visitor, node.kind).enter;
      if (fn) {
        let result = fn.apply(visitor, args);
        return result !== void 0 && (typeInfo.leave(node), isNode(result) && typeInfo.enter(result)), result;
      }
    },
    leave(...args) {
      let node = args[0], fn = getEnterLeaveForKind(visitor, node.kind).leave, result;
      return fn && (result = fn.apply(visitor, args)), typeInfo.leave(node), result;
    }
  };
}

// node_modules/graphql/language/predicates.mjs
function isDefinitionNode(node) {
  return isExecutableDefinitionNode(node) || isTypeSystemDefinitionNode(node) || isTypeSystemExtensionNode(node);
}
function isExecutableDefinitionNode(node) {
  return node.kind === Kind.OPERATION_DEFINITION || node.kind === Kind.FRAGMENT_DEFINITION;
}
function isSelectionNode(node) {
  return node.kind === Kind.FIELD || node.kind === Kind.FRAGMENT_SPREAD || node.kind === Kind.INLINE_FRAGMENT;
}
function isValueNode(node) {
  return node.kind === Kind.VARIABLE || node.kind === Kind.INT || node.kind === Kind.FLOAT || node.kind === Kind.STRING || node.kind === Kind.BOOLEAN || node.kind === Kind.NULL || node.kind === Kind.ENUM || node.kind === Kind.LIST || node.kind === Kind.OBJECT;
}
function isConstValueNode(node) {
  return isValueNode(node) && (node.kind === Kind.LIST ? node.values.some(isConstValueNode) : node.kind === Kind.OBJECT ? node.fields.some((field) => isConstValueNode(field.value)) : node.kind !== Kind.VARIABLE);
}
function isTypeNode(node) {
  return node.kind === Kind.NAMED_TYPE || node.kind === Kind.LIST_TYPE || node.kind === Kind.NON_NULL_TYPE;
}
function isTypeSystemDefinitionNode(node) {
  return node.kind === Kind.SCHEMA_DEFINITION || isTypeDefinitionNode(node) || node.kind === Kind.DIRECTIVE_DEFINITION;
}
function isTypeDefinitionNode(node) {
  return node.kind === Kind.SCALAR_TYPE_DEFINITION || node.kind === Kind.OBJECT_TYPE_DEFINITION || node.kind === Kind.INTERFACE_TYPE_DEFINITION || node.kind === Kind.UNION_TYPE_DEFINITION || node.kind === Kind.ENUM_TYPE_DEFINITION || node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION;
}
function isTypeSystemExtensionNode(node) {
  return node.kind === Kind.SCHEMA_EXTENSION || node.kind === Kind.DIRECTIVE_EXTENSION || isTypeExtensionNode(node);
}
function isTypeExtensionNode(node) {
  return node.kind === Kind.SCALAR_TYPE_EXTENSION || node.kind === Kind.OBJECT_TYPE_EXTENSION || node.kind === Kind.INTERFACE_TYPE_EXTENSION || node.kind === Kind.UNION_TYPE_EXTENSION || node.kind === Kind.ENUM_TYPE_EXTENSION || node.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION;
}
function isSchemaCoordinateNode(node) {
  return node.kind === Kind.TYPE_COORDINATE || node.kind === Kind.MEMBER_COORDINATE || node.kind === Kind.ARGUMENT_COORDINATE || node.kind === Kind.DIRECTIVE_COORDINATE || node.kind === Kind.DIRECTIVE_ARGUMENT_COORDINATE;
}

// node_modules/graphql/validation/rules/ExecutableDefinitionsRule.mjs
function ExecutableDefinitionsRule(context) {
  return {
    Document(node) {
      for (let definition of node.definitions)
        if (!isExecutableDefinitionNode(definition)) {
          let defName = definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION ? "schema" : '"' + definition.name.value + '"';
          context.reportError(
            new GraphQLError(`The ${defName} definition is not executable.`, {
              nodes: definition
            })
          );
        }
      return !1;
    }
  };
}

// node_modules/graphql/validation/rules/FieldsOnCorrectTypeRule.mjs
function FieldsOnCorrectTypeRule(context) {
  return {
    Field(node) {
      let type = context.getParentType();
      if (type && !context.getFieldDef()) {
        let schema = context.getSchema(), fieldName = node.name.value, suggestion = didYouMean(
          "to use an inline fragment on",
          context.hideSuggestions ? [] : getSuggestedTypeNames(schema, type, fieldName)
        );
        suggestion === "" && (suggestion = didYouMean(
          context.hideSuggestions ? [] : getSuggestedFieldNames(type, fieldName)
        )), context.reportError(
          new GraphQLError(
            `Cannot query field "${fieldName}" on type "${type.name}".` + suggestion,
            {
              nodes: node
            }
          )
        );
      }
    }
  };
}
function getSuggestedTypeNames(schema, type, fieldName) {
  if (!isAbstractType(type))
    return [];
  let suggestedTypes = /* @__PURE__ */ new Set(), usageCount = /* @__PURE__ */ Object.create(null);
  for (let possibleType of schema.getPossibleTypes(type))
    if (possibleType.getFields()[fieldName]) {
      suggestedTypes.add(possibleType), usageCount[possibleType.name] = 1;
      for (let possibleInterface of possibleType.getInterfaces()) {
        var _usageCount$possibleI;
        possibleInterface.getFields()[fieldName] && (suggestedTypes.add(possibleInterface), usageCount[possibleInterface.name] = ((_usageCount$possibleI = usageCount[possibleInterface.name]) !== null && _usageCount$possibleI !== void 0 ? _usageCount$possibleI : 0) + 1);
      }
    }
  return [...suggestedTypes].sort((typeA, typeB) => {
    let usageCountDiff = usageCount[typeB.name] - usageCount[typeA.name];
    return usageCountDiff !== 0 ? usageCountDiff : isInterfaceType(typeA) && schema.isSubType(typeA, typeB) ? -1 : isInterfaceType(typeB) && schema.isSubType(typeB, typeA) ? 1 : naturalCompare(typeA.name, typeB.name);
  }).map((x) => x.name);
}
function getSuggestedFieldNames(type, fieldName) {
  if (isObjectType(type) || isInterfaceType(type)) {
    let possibleFieldNames = Object.keys(type.getFields());
    return suggestionList(fieldName, possibleFieldNames);
  }
  return [];
}

// node_modules/graphql/validation/rules/FragmentsOnCompositeTypesRule.mjs
function FragmentsOnCompositeTypesRule(context) {
  return {
    InlineFragment(node) {
      let typeCondition = node.typeCondition;
      if (typeCondition) {
        let type = typeFromAST(context.getSchema(), typeCondition);
        if (type && !isCompositeType(type)) {
          let typeStr = print(typeCondition);
          context.reportError(
            new GraphQLError(
              `Fragment cannot condition on non composite type "${typeStr}".`,
              {
                nodes: typeCondition
              }
            )
          );
        }
      }
    },
    FragmentDefinition(node) {
      let type = typeFromAST(context.getSchema(), node.typeCondition);
      if (type && !isCompositeType(type)) {
        let typeStr = print(node.typeCondition);
        context.reportError(
          new GraphQLError(
            `Fragment "${node.name.value}" cannot condition on non composite type "${typeStr}".`,
            {
              nodes: node.typeCondition
            }
          )
        );
      }
    }
  };
}

// node_modules/graphql/validation/rules/KnownArgumentNamesRule.mjs
function KnownArgumentNamesRule(context) {
  return {
    // eslint-disable-next-line new-cap
    ...KnownArgumentNamesOnDirectivesRule(context),
    Argument(argNode) {
      let argDef = context.getArgument(), fieldDef = context.getFieldDef(), parentType = context.getParentType();
      if (!argDef && fieldDef && parentType) {
        let argName = argNode.name.value, suggestions = context.hideSuggestions ? [] : suggestionList(
          argName,
          fieldDef.args.map((arg) => arg.name)
        );
        context.reportError(
          new GraphQLError(
            `Unknown argument "${argName}" on field "${parentType.name}.${fieldDef.name}".` + didYouMean(suggestions),
            {
              nodes: argNode
            }
          )
        );
      }
    }
  };
}
function KnownArgumentNamesOnDirectivesRule(context) {
  let directiveArgs = /* @__PURE__ */ Object.create(null), schema = context.getSchema(), definedDirectives = schema ? schema.getDirectives() : specifiedDirectives;
  for (let directive of definedDirectives)
    directiveArgs[directive.name] = new Set(
      directive.args.map((arg) => arg.name)
    );
  let astDefinitions = context.getDocument().definitions;
  for (let def of astDefinitions)
    if (def.kind === Kind.DIRECTIVE_DEFINITION) {
      var _def$arguments;
      let argsNodes = (_def$arguments = def.arguments) !== null && _def$arguments !== void 0 ? _def$arguments : [];
      directiveArgs[def.name.value] = new Set(
        argsNodes.map((arg) => arg.name.value)
      );
    }
  return {
    Directive(directiveNode) {
      let directiveName = directiveNode.name.value, knownArgs = directiveArgs[directiveName];
      if (directiveNode.arguments && knownArgs)
        for (let argNode of directiveNode.arguments) {
          let argName = argNode.name.value;
          if (!knownArgs.has(argName)) {
            let suggestions = context.hideSuggestions ? [] : suggestionList(argName, Array.from(knownArgs));
            context.reportError(
              new GraphQLError(
                `Unknown argument "${argName}" on directive "@${directiveName}".` + (context.hideSuggestions ? "" : didYouMean(suggestions)),
                {
                  nodes: argNode
                }
              )
            );
          }
        }
      return !1;
    }
  };
}

// node_modules/graphql/validation/rules/KnownDirectivesRule.mjs
function KnownDirectivesRule(context) {
  let locationsMap = /* @__PURE__ */ Object.create(null), schema = context.getSchema(), definedDirectives = schema ? schema.getDirectives() : specifiedDirectives;
  for (let directive of definedDirectives)
    locationsMap[directive.name] = directive.locations;
  let astDefinitions = context.getDocument().definitions;
  for (let def of astDefinitions)
    def.kind === Kind.DIRECTIVE_DEFINITION && (locationsMap[def.name.value] = def.locations.map((name) => name.value));
  return {
    Directive(node, _key, _parent, _path, ancestors) {
      let name = node.name.value, locations = locationsMap[name];
      if (!locations) {
        context.reportError(
          new GraphQLError(`Unknown directive "@${name}".`, {
            nodes: node
          })
        );
        return;
      }
      let candidateLocation = getDirectiveLocationForASTPath(ancestors);
      candidateLocation && !locations.includes(candidateLocation) && context.reportError(
        new GraphQLError(
          `Directive "@${name}" may not be used on ${candidateLocation}.`,
          {
            nodes: node
          }
        )
      );
    }
  };
}
function getDirectiveLocationForASTPath(ancestors) {
  let appliedTo = ancestors[ancestors.length - 1];
  switch ("kind" in appliedTo || invariant(!1), appliedTo.kind) {
    case Kind.OPERATION_DEFINITION:
      return getDirectiveLocationForOperation(appliedTo.operation);
    case Kind.FIELD:
      return DirectiveLocation.FIELD;
    case Kind.FRAGMENT_SPREAD:
      return DirectiveLocation.FRAGMENT_SPREAD;
    case Kind.INLINE_FRAGMENT:
      return DirectiveLocation.INLINE_FRAGMENT;
    case Kind.FRAGMENT_DEFINITION:
      return DirectiveLocation.FRAGMENT_DEFINITION;
    case Kind.VARIABLE_DEFINITION:
      return DirectiveLocation.VARIABLE_DEFINITION;
    case Kind.SCHEMA_DEFINITION:
    case Kind.SCHEMA_EXTENSION:
      return DirectiveLocation.SCHEMA;
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return DirectiveLocation.SCALAR;
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
      return DirectiveLocation.OBJECT;
    case Kind.FIELD_DEFINITION:
      return DirectiveLocation.FIELD_DEFINITION;
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return DirectiveLocation.INTERFACE;
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      return DirectiveLocation.UNION;
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return DirectiveLocation.ENUM;
    case Kind.ENUM_VALUE_DEFINITION:
      return DirectiveLocation.ENUM_VALUE;
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return DirectiveLocation.INPUT_OBJECT;
    case Kind.INPUT_VALUE_DEFINITION: {
      let parentNode = ancestors[ancestors.length - 3];
      return "kind" in parentNode || invariant(!1), parentNode.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ? DirectiveLocation.INPUT_FIELD_DEFINITION : DirectiveLocation.ARGUMENT_DEFINITION;
    }
    case Kind.DIRECTIVE_DEFINITION:
    case Kind.DIRECTIVE_EXTENSION:
      return DirectiveLocation.DIRECTIVE_DEFINITION;
    // Not reachable, all possible types have been considered.
    /* c8 ignore next */
    default:
      invariant(!1, "Unexpected kind: " + inspect(appliedTo.kind));
  }
}
function getDirectiveLocationForOperation(operation) {
  switch (operation) {
    case OperationTypeNode.QUERY:
      return DirectiveLocation.QUERY;
    case OperationTypeNode.MUTATION:
      return DirectiveLocation.MUTATION;
    case OperationTypeNode.SUBSCRIPTION:
      return DirectiveLocation.SUBSCRIPTION;
  }
}

// node_modules/graphql/validation/rules/KnownFragmentNamesRule.mjs
function KnownFragmentNamesRule(context) {
  return {
    FragmentSpread(node) {
      let fragmentName = node.name.value;
      context.getFragment(fragmentName) || context.reportError(
        new GraphQLError(`Unknown fragment "${fragmentName}".`, {
          nodes: node.name
        })
      );
    }
  };
}

// node_modules/graphql/validation/rules/KnownTypeNamesRule.mjs
function KnownTypeNamesRule(context) {
  let schema = context.getSchema(), existingTypesMap = schema ? schema.getTypeMap() : /* @__PURE__ */ Object.create(null), definedTypes = /* @__PURE__ */ Object.create(null);
  for (let def of context.getDocument().definitions)
    isTypeDefinitionNode(def) && (definedTypes[def.name.value] = !0);
  let typeNames = [
    ...Object.keys(existingTypesMap),
    ...Object.keys(definedTypes)
  ];
  return {
    NamedType(node, _1, parent, _2, ancestors) {
      let typeName = node.name.value;
      if (!existingTypesMap[typeName] && !definedTypes[typeName]) {
        var _ancestors$;
        let definitionNode = (_ancestors$ = ancestors[2]) !== null && _ancestors$ !== void 0 ? _ancestors$ : parent, isSDL = definitionNode != null && isSDLNode(definitionNode);
        if (isSDL && standardTypeNames.includes(typeName))
          return;
        let suggestedTypes = context.hideSuggestions ? [] : suggestionList(
          typeName,
          isSDL ? standardTypeNames.concat(typeNames) : typeNames
        );
        context.reportError(
          new GraphQLError(
            `Unknown type "${typeName}".` + didYouMean(suggestedTypes),
            {
              nodes: node
            }
          )
        );
      }
    }
  };
}
var standardTypeNames = [...specifiedScalarTypes, ...introspectionTypes].map(
  (type) => type.name
);
function isSDLNode(value) {
  return "kind" in value && (isTypeSystemDefinitionNode(value) || isTypeSystemExtensionNode(value));
}

// node_modules/graphql/validation/rules/LoneAnonymousOperationRule.mjs
function LoneAnonymousOperationRule(context) {
  let operationCount = 0;
  return {
    Document(node) {
      operationCount = node.definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION
      ).length;
    },
    OperationDefinition(node) {
      !node.name && operationCount > 1 && context.reportError(
        new GraphQLError(
          "This anonymous operation must be the only defined operation.",
          {
            nodes: node
          }
        )
      );
    }
  };
}

// node_modules/graphql/validation/rules/LoneSchemaDefinitionRule.mjs
function LoneSchemaDefinitionRule(context) {
  var _ref, _ref2, _oldSchema$astNode;
  let oldSchema = context.getSchema(), alreadyDefined = (_ref = (_ref2 = (_oldSchema$astNode = oldSchema?.astNode) !== null && _oldSchema$astNode !== void 0 ? _oldSchema$astNode : oldSchema?.getQueryType()) !== null && _ref2 !== void 0 ? _ref2 : oldSchema?.getMutationType()) !== null && _ref !== void 0 ? _ref : oldSchema?.getSubscriptionType(), schemaDefinitionsCount = 0;
  return {
    SchemaDefinition(node) {
      if (alreadyDefined) {
        context.reportError(
          new GraphQLError(
            "Cannot define a new schema within a schema extension.",
            {
              nodes: node
            }
          )
        );
        return;
      }
      schemaDefinitionsCount > 0 && context.reportError(
        new GraphQLError("Must provide only one schema definition.", {
          nodes: node
        })
      ), ++schemaDefinitionsCount;
    }
  };
}

// node_modules/graphql/validation/rules/MaxIntrospectionDepthRule.mjs
var MAX_LISTS_DEPTH = 3;
function MaxIntrospectionDepthRule(context) {
  let checkedFragments = /* @__PURE__ */ Object.create(null), exceededFragments = /* @__PURE__ */ Object.create(null);
  function checkDepth(node, visitedFragments, depth = 0) {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      let fragmentName = node.name.value, exceededEntryDepth = exceededFragments[fragmentName];
      if (exceededEntryDepth !== void 0 && exceededEntryDepth <= depth)
        return !0;
      let visitedEntryDepth = visitedFragments[fragmentName], checkedEntryDepth = checkedFragments[fragmentName];
      if (visitedEntryDepth !== void 0 && visitedEntryDepth >= depth || checkedEntryDepth !== void 0 && checkedEntryDepth >= depth)
        return !1;
      let fragment = context.getFragment(fragmentName);
      return fragment ? (visitedFragments[fragmentName] = depth, checkDepth(fragment, visitedFragments, depth) ? (exceededFragments[fragmentName] = depth, !0) : (checkedFragments[fragmentName] = depth, !1)) : !1;
    }
    if (node.kind === Kind.FIELD && // check all introspection lists
    (node.name.value === "fields" || node.name.value === "interfaces" || node.name.value === "possibleTypes" || node.name.value === "inputFields") && (depth++, depth >= MAX_LISTS_DEPTH))
      return !0;
    if ("selectionSet" in node && node.selectionSet) {
      for (let child of node.selectionSet.selections)
        if (checkDepth(child, visitedFragments, depth))
          return !0;
    }
    return !1;
  }
  return {
    Field(node) {
      if ((node.name.value === "__schema" || node.name.value === "__type") && checkDepth(node, /* @__PURE__ */ Object.create(null)))
        return context.reportError(
          new GraphQLError("Maximum introspection depth exceeded", {
            nodes: [node]
          })
        ), !1;
    }
  };
}

// node_modules/graphql/validation/rules/NoFragmentCyclesRule.mjs
function NoFragmentCyclesRule(context) {
  let visitedFrags = /* @__PURE__ */ Object.create(null), spreadPath = [], spreadPathIndexByName = /* @__PURE__ */ Object.create(null);
  return {
    OperationDefinition: () => !1,
    FragmentDefinition(node) {
      return detectCycleRecursive(node), !1;
    }
  };
  function detectCycleRecursive(fragment) {
    if (visitedFrags[fragment.name.value])
      return;
    let fragmentName = fragment.name.value;
    visitedFrags[fragmentName] = !0;
    let spreadNodes = context.getFragmentSpreads(fragment.selectionSet);
    if (spreadNodes.length !== 0) {
      spreadPathIndexByName[fragmentName] = spreadPath.length;
      for (let spreadNode of spreadNodes) {
        let spreadName = spreadNode.name.value, cycleIndex = spreadPathIndexByName[spreadName];
        if (spreadPath.push(spreadNode), cycleIndex === void 0) {
          let spreadFragment = context.getFragment(spreadName);
          spreadFragment && detectCycleRecursive(spreadFragment);
        } else {
          let cyclePath = spreadPath.slice(cycleIndex), viaPath = cyclePath.slice(0, -1).map((s) => '"' + s.name.value + '"').join(", ");
          context.reportError(
            new GraphQLError(
              `Cannot spread fragment "${spreadName}" within itself` + (viaPath !== "" ? ` via ${viaPath}.` : "."),
              {
                nodes: cyclePath
              }
            )
          );
        }
        spreadPath.pop();
      }
      spreadPathIndexByName[fragmentName] = void 0;
    }
  }
}

// node_modules/graphql/validation/rules/NoUndefinedVariablesRule.mjs
function NoUndefinedVariablesRule(context) {
  let variableNameDefined = /* @__PURE__ */ Object.create(null);
  return {
    OperationDefinition: {
      enter() {
        variableNameDefined = /* @__PURE__ */ Object.create(null);
      },
      leave(operation) {
        let usages = context.getRecursiveVariableUsages(operation);
        for (let { node } of usages) {
          let varName = node.name.value;
          variableNameDefined[varName] !== !0 && context.reportError(
            new GraphQLError(
              operation.name ? `Variable "$${varName}" is not defined by operation "${operation.name.value}".` : `Variable "$${varName}" is not defined.`,
              {
                nodes: [node, operation]
              }
            )
          );
        }
      }
    },
    VariableDefinition(node) {
      variableNameDefined[node.variable.name.value] = !0;
    }
  };
}

// node_modules/graphql/validation/rules/NoUnusedFragmentsRule.mjs
function NoUnusedFragmentsRule(context) {
  let operationDefs = [], fragmentDefs = [];
  return {
    OperationDefinition(node) {
      return operationDefs.push(node), !1;
    },
    FragmentDefinition(node) {
      return fragmentDefs.push(node), !1;
    },
    Document: {
      leave() {
        let fragmentNameUsed = new Set(
          context.getRecursivelyReferencedFragmentsForOperations(operationDefs).map((fragment) => fragment.name.value)
        );
        for (let fragmentDef of fragmentDefs) {
          let fragName = fragmentDef.name.value;
          fragmentNameUsed.has(fragName) || context.reportError(
            new GraphQLError(`Fragment "${fragName}" is never used.`, {
              nodes: fragmentDef
            })
          );
        }
      }
    }
  };
}

// node_modules/graphql/validation/rules/NoUnusedVariablesRule.mjs
function NoUnusedVariablesRule(context) {
  let variableDefs = [];
  return {
    OperationDefinition: {
      enter() {
        variableDefs = [];
      },
      leave(operation) {
        let variableNameUsed = /* @__PURE__ */ Object.create(null), usages = context.getRecursiveVariableUsages(operation);
        for (let { node } of usages)
          variableNameUsed[node.name.value] = !0;
        for (let variableDef of variableDefs) {
          let variableName = variableDef.variable.name.value;
          variableNameUsed[variableName] !== !0 && context.reportError(
            new GraphQLError(
              operation.name ? `Variable "$${variableName}" is never used in operation "${operation.name.value}".` : `Variable "$${variableName}" is never used.`,
              {
                nodes: variableDef
              }
            )
          );
        }
      }
    },
    VariableDefinition(def) {
      variableDefs.push(def);
    }
  };
}

// node_modules/graphql/validation/validationAbortedError.mjs
var validationAbortedError = new GraphQLError("Validation aborted.");

// node_modules/graphql/validation/rules/OverlappingFieldsCanBeMergedRule.mjs
var MAX_CONFLICT_DETAIL_LENGTH = 1e3, MAX_CONFLICT_NODES = 20, MAX_COMPLEXITY_BUDGET = 5e5;
function OverlappingFieldsCanBeMergedRule(validationContext) {
  let ruleContext = {
    // A memoization for when two fragments are compared for conflicts.
    // Comparisons may be made many times, so memoizing this can dramatically
    // improve the performance of this validator.
    comparedFragmentPairs: new PairSet(),
    // A cache for the "field map" and list of fragment names found in any given
    // selection set.
    cachedCollectFieldsResults: /* @__PURE__ */ new Map(),
    stringifiedValues: /* @__PURE__ */ new Map(),
    remainingComplexityBudget: MAX_COMPLEXITY_BUDGET
  };
  return {
    SelectionSet(selectionSet, _key, parent) {
      var _selectionSet$selecti;
      if (parent && "kind" in parent && parent.kind === Kind.INLINE_FRAGMENT || selectionSet.selections.length <= 1 && ((_selectionSet$selecti = selectionSet.selections[0]) === null || _selectionSet$selecti === void 0 ? void 0 : _selectionSet$selecti.kind) !== Kind.INLINE_FRAGMENT)
        return;
      let conflicts = findConflictsWithinSelectionSet(
        validationContext,
        ruleContext,
        validationContext.getParentType(),
        selectionSet
      );
      for (let { responseName, reason, fields1, fields2 } of conflicts)
        validationContext.reportError(
          new GraphQLError(
            `Fields "${maybeAbbreviate(
              responseName
            )}" conflict because ${reason}. Use different aliases on the fields to fetch both if this was intentional.`,
            {
              nodes: fields1.concat(fields2)
            }
          )
        );
    }
  };
}
function findConflictsWithinSelectionSet(validationContext, ruleContext, parentType, selectionSet) {
  let conflicts = [], collectFieldsResult = collectFields(
    validationContext,
    ruleContext,
    parentType,
    selectionSet
  );
  if (collectConflictsWithin(
    validationContext,
    conflicts,
    ruleContext,
    collectFieldsResult.groupedFieldSet
  ), collectFieldsResult.fragmentNames.length !== 0 && (collectFieldsResult.groupedFieldSet.size !== 0 || collectFieldsResult.fragmentNames.length > 1))
    for (let i = 0; i < collectFieldsResult.fragmentNames.length; i++) {
      collectConflictsBetweenFieldsAndFragment(
        validationContext,
        conflicts,
        ruleContext,
        !1,
        collectFieldsResult,
        collectFieldsResult.fragmentNames[i]
      );
      for (let j = i + 1; j < collectFieldsResult.fragmentNames.length; j++)
        collectConflictsBetweenFragments(
          validationContext,
          conflicts,
          ruleContext,
          !1,
          collectFieldsResult.fragmentNames[i],
          collectFieldsResult.fragmentNames[j]
        );
    }
  return conflicts;
}
function collectConflictsBetweenFieldsAndFragment(validationContext, conflicts, ruleContext, areMutuallyExclusive, collectFieldsResult, fragmentName) {
  var _collectFieldsResult$;
  if (spendComplexityBudget(ruleContext, 1), collectFieldsResult.groupedFieldSet.size === 0)
    return;
  let comparedFragments = (_collectFieldsResult$ = collectFieldsResult.comparedFragments) !== null && _collectFieldsResult$ !== void 0 ? _collectFieldsResult$ : collectFieldsResult.comparedFragments = /* @__PURE__ */ new Map(), compared = comparedFragments.get(fragmentName);
  if (compared === !1 || areMutuallyExclusive && compared === !0)
    return;
  comparedFragments.set(fragmentName, areMutuallyExclusive);
  let fragment = validationContext.getFragment(fragmentName);
  if (!fragment)
    return;
  let collectFieldsResult2 = collectFragmentFields(
    validationContext,
    ruleContext,
    fragment
  );
  if (collectFieldsResult !== collectFieldsResult2) {
    collectConflictsBetween(
      validationContext,
      conflicts,
      ruleContext,
      areMutuallyExclusive,
      collectFieldsResult,
      collectFieldsResult2
    );
    for (let referencedFragmentName of collectFieldsResult2.fragmentNames)
      collectConflictsBetweenFieldsAndFragment(
        validationContext,
        conflicts,
        ruleContext,
        areMutuallyExclusive,
        collectFieldsResult,
        referencedFragmentName
      );
  }
}
function collectConflictsBetweenFragments(validationContext, conflicts, ruleContext, areMutuallyExclusive, fragmentName1, fragmentName2) {
  spendComplexityBudget(ruleContext, 2);
  let { comparedFragmentPairs } = ruleContext;
  if (fragmentName1 === fragmentName2 || comparedFragmentPairs.has(
    fragmentName1,
    fragmentName2,
    areMutuallyExclusive
  ))
    return;
  comparedFragmentPairs.add(fragmentName1, fragmentName2, areMutuallyExclusive);
  let fragment1 = validationContext.getFragment(fragmentName1), fragment2 = validationContext.getFragment(fragmentName2);
  if (!fragment1 || !fragment2)
    return;
  let collectFieldsResult1 = collectFragmentFields(
    validationContext,
    ruleContext,
    fragment1
  ), collectFieldsResult2 = collectFragmentFields(
    validationContext,
    ruleContext,
    fragment2
  );
  collectConflictsBetween(
    validationContext,
    conflicts,
    ruleContext,
    areMutuallyExclusive,
    collectFieldsResult1,
    collectFieldsResult2
  );
  for (let referencedFragmentName2 of collectFieldsResult2.fragmentNames)
    collectConflictsBetweenFragments(
      validationContext,
      conflicts,
      ruleContext,
      areMutuallyExclusive,
      fragmentName1,
      referencedFragmentName2
    );
  for (let referencedFragmentName1 of collectFieldsResult1.fragmentNames)
    collectConflictsBetweenFragments(
      validationContext,
      conflicts,
      ruleContext,
      areMutuallyExclusive,
      referencedFragmentName1,
      fragmentName2
    );
}
function findConflictsBetweenSubSelectionSets(validationContext, ruleContext, areMutuallyExclusive, parentType1, selectionSet1, parentType2, selectionSet2) {
  let conflicts = [], collectFieldsResult1 = collectFields(
    validationContext,
    ruleContext,
    parentType1,
    selectionSet1
  ), collectFieldsResult2 = collectFields(
    validationContext,
    ruleContext,
    parentType2,
    selectionSet2
  );
  collectConflictsBetween(
    validationContext,
    conflicts,
    ruleContext,
    areMutuallyExclusive,
    collectFieldsResult1,
    collectFieldsResult2
  );
  for (let fragmentName2 of collectFieldsResult2.fragmentNames)
    collectConflictsBetweenFieldsAndFragment(
      validationContext,
      conflicts,
      ruleContext,
      areMutuallyExclusive,
      collectFieldsResult1,
      fragmentName2
    );
  for (let fragmentName1 of collectFieldsResult1.fragmentNames)
    collectConflictsBetweenFieldsAndFragment(
      validationContext,
      conflicts,
      ruleContext,
      areMutuallyExclusive,
      collectFieldsResult2,
      fragmentName1
    );
  for (let fragmentName1 of collectFieldsResult1.fragmentNames)
    for (let fragmentName2 of collectFieldsResult2.fragmentNames)
      collectConflictsBetweenFragments(
        validationContext,
        conflicts,
        ruleContext,
        areMutuallyExclusive,
        fragmentName1,
        fragmentName2
      );
  return conflicts;
}
function collectConflictsWithin(validationContext, conflicts, ruleContext, groupedFieldSet) {
  for (let [responseName, fields] of groupedFieldSet)
    if (fields.length > 1)
      for (let i = 0; i < fields.length; i++)
        for (let j = i + 1; j < fields.length; j++) {
          let conflict = findConflict(
            validationContext,
            ruleContext,
            !1,
            responseName,
            fields[i],
            fields[j]
          );
          conflict && conflicts.push(conflict);
        }
}
function collectConflictsBetween(validationContext, conflicts, ruleContext, parentFieldsAreMutuallyExclusive, collectFieldsResult1, collectFieldsResult2) {
  if (!(collectFieldsResult1.groupedFieldSet.size === 0 || collectFieldsResult2.groupedFieldSet.size === 0))
    for (let { responseName, fields1, fields2 } of getOverlappingFields(
      ruleContext,
      collectFieldsResult1,
      collectFieldsResult2
    ))
      for (let field1 of fields1)
        for (let field2 of fields2) {
          let conflict = findConflict(
            validationContext,
            ruleContext,
            parentFieldsAreMutuallyExclusive,
            responseName,
            field1,
            field2
          );
          conflict && conflicts.push(conflict);
        }
}
function getOverlappingFields(ruleContext, collectFieldsResult1, collectFieldsResult2) {
  var _collectFieldsResult;
  let byCollectFieldsResult = (_collectFieldsResult = collectFieldsResult1.overlappingFields) !== null && _collectFieldsResult !== void 0 ? _collectFieldsResult : collectFieldsResult1.overlappingFields = /* @__PURE__ */ new Map(), cached = byCollectFieldsResult.get(collectFieldsResult2);
  if (cached !== void 0)
    return cached;
  let overlappingFields = [];
  for (let [responseName, fields1] of collectFieldsResult1.groupedFieldSet) {
    spendComplexityBudget(ruleContext, 1);
    let fields2 = collectFieldsResult2.groupedFieldSet.get(responseName);
    fields2 !== void 0 && overlappingFields.push({
      responseName,
      fields1,
      fields2
    });
  }
  return byCollectFieldsResult.set(collectFieldsResult2, overlappingFields), overlappingFields;
}
function findConflict(validationContext, ruleContext, parentFieldsAreMutuallyExclusive, responseName, fieldDetails1, fieldDetails2) {
  let {
    parentType: parentType1,
    node: node1,
    definition: def1
  } = fieldDetails1, {
    parentType: parentType2,
    node: node2,
    definition: def2
  } = fieldDetails2, areMutuallyExclusive = parentFieldsAreMutuallyExclusive || parentType1 !== parentType2 && isObjectType(parentType1) && isObjectType(parentType2);
  if (spendComplexityBudget(ruleContext, 2), fieldDetails1.isSimpleLeaf && fieldDetails2.isSimpleLeaf && def1?.type === def2?.type && node1.name.value === node2.name.value)
    return;
  if (!areMutuallyExclusive) {
    let fieldInfo1 = getFieldInfo(fieldDetails1), fieldInfo2 = getFieldInfo(fieldDetails2), reason = fieldInfo1.comparisons.get(fieldInfo2);
    if (reason === void 0) {
      let name1 = node1.name.value, name2 = node2.name.value;
      reason = name1 !== name2 ? `"${maybeAbbreviate(name1)}" and "${maybeAbbreviate(
        name2
      )}" are different fields` : sameArguments(
        ruleContext,
        fieldInfo1.arguments,
        fieldInfo2.arguments
      ) ? null : "they have differing arguments", fieldInfo1.comparisons.set(fieldInfo2, reason);
    }
    if (reason !== null)
      return {
        responseName,
        reason,
        fields1: [node1],
        fields2: [node2]
      };
  }
  let type1 = def1?.type, type2 = def2?.type;
  if (type1 && type2 && doTypesConflict(ruleContext, type1, type2)) {
    var _fieldInfo1$typeStrin, _fieldInfo2$typeStrin;
    let fieldInfo1 = getFieldInfo(fieldDetails1), fieldInfo2 = getFieldInfo(fieldDetails2), type1String = (_fieldInfo1$typeStrin = fieldInfo1.typeString) !== null && _fieldInfo1$typeStrin !== void 0 ? _fieldInfo1$typeStrin : fieldInfo1.typeString = inspect(type1), type2String = (_fieldInfo2$typeStrin = fieldInfo2.typeString) !== null && _fieldInfo2$typeStrin !== void 0 ? _fieldInfo2$typeStrin : fieldInfo2.typeString = inspect(type2);
    return {
      responseName,
      reason: `they return conflicting types "${type1String}" and "${type2String}"`,
      fields1: [node1],
      fields2: [node2]
    };
  }
  let selectionSet1 = node1.selectionSet, selectionSet2 = node2.selectionSet;
  if (selectionSet1 && selectionSet2) {
    let conflicts = findConflictsBetweenSubSelectionSets(
      validationContext,
      ruleContext,
      areMutuallyExclusive,
      getFieldInfo(fieldDetails1).namedType,
      selectionSet1,
      getFieldInfo(fieldDetails2).namedType,
      selectionSet2
    );
    return subfieldConflicts(conflicts, responseName, node1, node2);
  }
}
function getFieldInfo(fieldDetails) {
  if (fieldDetails.info === void 0) {
    var _fieldDetails$definit;
    fieldDetails.info = {
      comparisons: /* @__PURE__ */ new Map(),
      namedType: getNamedType(
        (_fieldDetails$definit = fieldDetails.definition) === null || _fieldDetails$definit === void 0 ? void 0 : _fieldDetails$definit.type
      ),
      arguments: getArgumentInfo(fieldDetails.node.arguments)
    };
  }
  return fieldDetails.info;
}
function getArgumentInfo(args) {
  if (args === void 0 || args.length === 0)
    return;
  let values = /* @__PURE__ */ new Map();
  for (let { name, value } of args)
    values.set(name.value, value);
  return {
    nodes: args,
    values
  };
}
function sameArguments(ruleContext, argumentInfo1, argumentInfo2) {
  if (argumentInfo1 === void 0)
    return argumentInfo2 === void 0;
  if (argumentInfo1.nodes.length !== argumentInfo2?.nodes.length)
    return !1;
  let values2 = argumentInfo2.values;
  return argumentInfo1.nodes.every((arg1) => {
    spendComplexityBudget(ruleContext, 1);
    let value2 = values2.get(arg1.name.value);
    return value2 === void 0 ? !1 : stringifyValue(ruleContext, arg1.value) === stringifyValue(ruleContext, value2);
  });
}
function stringifyValue(ruleContext, value) {
  let cached = ruleContext.stringifiedValues.get(value);
  if (cached !== void 0)
    return cached;
  let result = JSON.stringify(value, (_key, node) => {
    if (!isNode(node))
      return node;
    switch (node.kind) {
      case Kind.VARIABLE:
        return [node.kind, node.name.value];
      case Kind.OBJECT:
        return [
          node.kind,
          node.fields.slice().sort(
            (first, second) => first.name.value < second.name.value ? -1 : first.name.value > second.name.value ? 1 : 0
          )
        ];
      case Kind.OBJECT_FIELD:
        return [node.name.value, node.value];
      case Kind.LIST:
        return [node.kind, node.values];
      case Kind.STRING:
        return [node.kind, node.value, node.block === !0];
      default:
        return [node.kind, "value" in node ? node.value : null];
    }
  });
  return ruleContext.stringifiedValues.set(value, result), result;
}
function doTypesConflict(ruleContext, type1, type2) {
  return type1 === type2 ? !1 : (spendComplexityBudget(ruleContext, 1), isListType(type1) ? isListType(type2) ? doTypesConflict(ruleContext, type1.ofType, type2.ofType) : !0 : isListType(type2) ? !0 : isNonNullType(type1) ? isNonNullType(type2) ? doTypesConflict(ruleContext, type1.ofType, type2.ofType) : !0 : isNonNullType(type2) ? !0 : isLeafType(type1) || isLeafType(type2) ? type1 !== type2 : !1);
}
function collectFields(validationContext, ruleContext, parentType, selectionSet) {
  let { cachedCollectFieldsResults } = ruleContext, bySelectionSet = cachedCollectFieldsResults.get(parentType);
  bySelectionSet === void 0 && (bySelectionSet = /* @__PURE__ */ new Map(), cachedCollectFieldsResults.set(parentType, bySelectionSet));
  let cached = bySelectionSet.get(selectionSet);
  if (cached)
    return cached;
  let fieldDetails = /* @__PURE__ */ new Map(), fragmentNames = /* @__PURE__ */ new Set();
  collectFieldsImpl(
    validationContext,
    parentType,
    selectionSet,
    fieldDetails,
    fragmentNames
  );
  let result = {
    groupedFieldSet: fieldDetails,
    fragmentNames: [...fragmentNames]
  };
  return bySelectionSet.set(selectionSet, result), result;
}
function collectFragmentFields(validationContext, ruleContext, fragment) {
  let fragmentType = typeFromAST(
    validationContext.getSchema(),
    fragment.typeCondition
  );
  return collectFields(
    validationContext,
    ruleContext,
    fragmentType,
    fragment.selectionSet
  );
}
function collectFieldsImpl(validationContext, parentType, selectionSet, fieldDetails, fragmentNames) {
  for (let selection of selectionSet.selections)
    switch (selection.kind) {
      case Kind.FIELD: {
        var _selection$arguments$, _selection$arguments;
        let fieldName = selection.name.value, fieldDef;
        (isObjectType(parentType) || isInterfaceType(parentType)) && (fieldDef = parentType.getFields()[fieldName]);
        let responseName = selection.alias ? selection.alias.value : fieldName, fieldDetailsList = fieldDetails.get(responseName);
        fieldDetailsList === void 0 && (fieldDetailsList = [], fieldDetails.set(responseName, fieldDetailsList)), fieldDetailsList.push({
          parentType,
          node: selection,
          definition: fieldDef,
          isSimpleLeaf: ((_selection$arguments$ = (_selection$arguments = selection.arguments) === null || _selection$arguments === void 0 ? void 0 : _selection$arguments.length) !== null && _selection$arguments$ !== void 0 ? _selection$arguments$ : 0) === 0 && !selection.selectionSet
        });
        break;
      }
      case Kind.FRAGMENT_SPREAD:
        fragmentNames.add(selection.name.value);
        break;
      case Kind.INLINE_FRAGMENT: {
        let typeCondition = selection.typeCondition, inlineFragmentType = typeCondition ? typeFromAST(validationContext.getSchema(), typeCondition) : parentType;
        collectFieldsImpl(
          validationContext,
          inlineFragmentType,
          selection.selectionSet,
          fieldDetails,
          fragmentNames
        );
        break;
      }
    }
}
function subfieldConflicts(conflicts, responseName, node1, node2) {
  if (conflicts.length > 0) {
    let message = "";
    for (let { responseName: name, reason } of conflicts)
      if (message += (message === "" ? "" : " and ") + `subfields "${maybeAbbreviate(name)}" conflict because ${reason}`, message.length > MAX_CONFLICT_DETAIL_LENGTH)
        break;
    return {
      responseName,
      reason: maybeAbbreviate(message),
      fields1: collectConflictNodes(node1, conflicts, "fields1"),
      fields2: collectConflictNodes(node2, conflicts, "fields2")
    };
  }
}
function collectConflictNodes(node, conflicts, side) {
  let nodes = [node];
  for (let conflict of conflicts) {
    let remaining = MAX_CONFLICT_NODES - nodes.length, retainedNodes = conflict[side].slice(-remaining);
    if (nodes.push(...retainedNodes), nodes.length === MAX_CONFLICT_NODES)
      break;
  }
  return nodes;
}
function maybeAbbreviate(text) {
  return text.length > MAX_CONFLICT_DETAIL_LENGTH ? text.slice(0, MAX_CONFLICT_DETAIL_LENGTH) + "..." : text;
}
function spendComplexityBudget(ruleContext, cost) {
  if (ruleContext.remainingComplexityBudget -= cost, ruleContext.remainingComplexityBudget < 0)
    throw validationAbortedError;
}
var PairSet = class {
  constructor() {
    this._data = /* @__PURE__ */ new Map();
  }
  has(a, b, weaklyPresent) {
    return this._has(a, b, weaklyPresent) || this._has(b, a, weaklyPresent);
  }
  _has(a, b, weaklyPresent) {
    var _this$_data$get;
    let result = (_this$_data$get = this._data.get(a)) === null || _this$_data$get === void 0 ? void 0 : _this$_data$get.get(b);
    return result === void 0 ? !1 : weaklyPresent ? !0 : weaklyPresent === result;
  }
  add(a, b, weaklyPresent) {
    let map = this._data.get(a);
    map === void 0 ? this._data.set(a, /* @__PURE__ */ new Map([[b, weaklyPresent]])) : map.set(b, weaklyPresent);
  }
};

// node_modules/graphql/validation/rules/PossibleFragmentSpreadsRule.mjs
function PossibleFragmentSpreadsRule(context) {
  return {
    InlineFragment(node) {
      let fragType = context.getType(), parentType = context.getParentType();
      if (isCompositeType(fragType) && isCompositeType(parentType) && !doTypesOverlap(context.getSchema(), fragType, parentType)) {
        let parentTypeStr = inspect(parentType), fragTypeStr = inspect(fragType);
        context.reportError(
          new GraphQLError(
            `Fragment cannot be spread here as objects of type "${parentTypeStr}" can never be of type "${fragTypeStr}".`,
            {
              nodes: node
            }
          )
        );
      }
    },
    FragmentSpread(node) {
      let fragName = node.name.value, fragType = getFragmentType(context, fragName), parentType = context.getParentType();
      if (fragType && parentType && !doTypesOverlap(context.getSchema(), fragType, parentType)) {
        let parentTypeStr = inspect(parentType), fragTypeStr = inspect(fragType);
        context.reportError(
          new GraphQLError(
            `Fragment "${fragName}" cannot be spread here as objects of type "${parentTypeStr}" can never be of type "${fragTypeStr}".`,
            {
              nodes: node
            }
          )
        );
      }
    }
  };
}
function getFragmentType(context, name) {
  let frag = context.getFragment(name);
  if (frag) {
    let type = typeFromAST(context.getSchema(), frag.typeCondition);
    if (isCompositeType(type))
      return type;
  }
}

// node_modules/graphql/validation/rules/PossibleTypeExtensionsRule.mjs
function PossibleTypeExtensionsRule(context) {
  let schema = context.getSchema(), definedTypes = /* @__PURE__ */ Object.create(null);
  for (let def of context.getDocument().definitions)
    isTypeDefinitionNode(def) && (definedTypes[def.name.value] = def);
  return {
    ScalarTypeExtension: checkExtension,
    ObjectTypeExtension: checkExtension,
    InterfaceTypeExtension: checkExtension,
    UnionTypeExtension: checkExtension,
    EnumTypeExtension: checkExtension,
    InputObjectTypeExtension: checkExtension
  };
  function checkExtension(node) {
    let typeName = node.name.value, defNode = definedTypes[typeName], existingType = schema?.getType(typeName), expectedKind;
    if (defNode ? expectedKind = defKindToExtKind[defNode.kind] : existingType && (expectedKind = typeToExtKind(existingType)), expectedKind) {
      if (expectedKind !== node.kind) {
        let kindStr = extensionKindToTypeName(node.kind);
        context.reportError(
          new GraphQLError(`Cannot extend non-${kindStr} type "${typeName}".`, {
            nodes: defNode ? [defNode, node] : node
          })
        );
      }
    } else {
      let allTypeNames = Object.keys({
        ...definedTypes,
        ...schema?.getTypeMap()
      }), suggestedTypes = suggestionList(typeName, allTypeNames);
      context.reportError(
        new GraphQLError(
          `Cannot extend type "${typeName}" because it is not defined.` + didYouMean(suggestedTypes),
          {
            nodes: node.name
          }
        )
      );
    }
  }
}
var defKindToExtKind = {
  [Kind.SCALAR_TYPE_DEFINITION]: Kind.SCALAR_TYPE_EXTENSION,
  [Kind.OBJECT_TYPE_DEFINITION]: Kind.OBJECT_TYPE_EXTENSION,
  [Kind.INTERFACE_TYPE_DEFINITION]: Kind.INTERFACE_TYPE_EXTENSION,
  [Kind.UNION_TYPE_DEFINITION]: Kind.UNION_TYPE_EXTENSION,
  [Kind.ENUM_TYPE_DEFINITION]: Kind.ENUM_TYPE_EXTENSION,
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: Kind.INPUT_OBJECT_TYPE_EXTENSION
};
function typeToExtKind(type) {
  if (isScalarType(type))
    return Kind.SCALAR_TYPE_EXTENSION;
  if (isObjectType(type))
    return Kind.OBJECT_TYPE_EXTENSION;
  if (isInterfaceType(type))
    return Kind.INTERFACE_TYPE_EXTENSION;
  if (isUnionType(type))
    return Kind.UNION_TYPE_EXTENSION;
  if (isEnumType(type))
    return Kind.ENUM_TYPE_EXTENSION;
  if (isInputObjectType(type))
    return Kind.INPUT_OBJECT_TYPE_EXTENSION;
  invariant(!1, "Unexpected type: " + inspect(type));
}
function extensionKindToTypeName(kind) {
  switch (kind) {
    case Kind.SCALAR_TYPE_EXTENSION:
      return "scalar";
    case Kind.OBJECT_TYPE_EXTENSION:
      return "object";
    case Kind.INTERFACE_TYPE_EXTENSION:
      return "interface";
    case Kind.UNION_TYPE_EXTENSION:
      return "union";
    case Kind.ENUM_TYPE_EXTENSION:
      return "enum";
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return "input object";
    // Not reachable. All possible types have been considered
    /* c8 ignore next */
    default:
      invariant(!1, "Unexpected kind: " + inspect(kind));
  }
}

// node_modules/graphql/validation/rules/ProvidedRequiredArgumentsRule.mjs
function ProvidedRequiredArgumentsRule(context) {
  return {
    // eslint-disable-next-line new-cap
    ...ProvidedRequiredArgumentsOnDirectivesRule(context),
    Field: {
      // Validate on leave to allow for deeper errors to appear first.
      leave(fieldNode) {
        var _fieldNode$arguments;
        let fieldDef = context.getFieldDef();
        if (!fieldDef)
          return !1;
        let providedArgs = new Set(
          // FIXME: https://github.com/graphql/graphql-js/issues/2203
          /* c8 ignore next */
          (_fieldNode$arguments = fieldNode.arguments) === null || _fieldNode$arguments === void 0 ? void 0 : _fieldNode$arguments.map((arg) => arg.name.value)
        );
        for (let argDef of fieldDef.args)
          if (!providedArgs.has(argDef.name) && isRequiredArgument(argDef)) {
            let argTypeStr = inspect(argDef.type);
            context.reportError(
              new GraphQLError(
                `Field "${fieldDef.name}" argument "${argDef.name}" of type "${argTypeStr}" is required, but it was not provided.`,
                {
                  nodes: fieldNode
                }
              )
            );
          }
      }
    }
  };
}
function ProvidedRequiredArgumentsOnDirectivesRule(context) {
  var _schema$getDirectives;
  let requiredArgsMap = /* @__PURE__ */ Object.create(null), schema = context.getSchema(), definedDirectives = (_schema$getDirectives = schema?.getDirectives()) !== null && _schema$getDirectives !== void 0 ? _schema$getDirectives : specifiedDirectives;
  for (let directive of definedDirectives)
    requiredArgsMap[directive.name] = keyMap(
      directive.args.filter(isRequiredArgument),
      (arg) => arg.name
    );
  let astDefinitions = context.getDocument().definitions;
  for (let def of astDefinitions)
    if (def.kind === Kind.DIRECTIVE_DEFINITION) {
      var _def$arguments;
      let argNodes = (_def$arguments = def.arguments) !== null && _def$arguments !== void 0 ? _def$arguments : [];
      requiredArgsMap[def.name.value] = keyMap(
        argNodes.filter(isRequiredArgumentNode),
        (arg) => arg.name.value
      );
    }
  return {
    Directive: {
      // Validate on leave to allow for deeper errors to appear first.
      leave(directiveNode) {
        let directiveName = directiveNode.name.value, requiredArgs = requiredArgsMap[directiveName];
        if (requiredArgs) {
          var _directiveNode$argume;
          let argNodes = (_directiveNode$argume = directiveNode.arguments) !== null && _directiveNode$argume !== void 0 ? _directiveNode$argume : [], argNodeMap = new Set(argNodes.map((arg) => arg.name.value));
          for (let [argName, argDef] of Object.entries(requiredArgs))
            if (!argNodeMap.has(argName)) {
              let argType = isType(argDef.type) ? inspect(argDef.type) : print(argDef.type);
              context.reportError(
                new GraphQLError(
                  `Directive "@${directiveName}" argument "${argName}" of type "${argType}" is required, but it was not provided.`,
                  {
                    nodes: directiveNode
                  }
                )
              );
            }
        }
      }
    }
  };
}
function isRequiredArgumentNode(arg) {
  return arg.type.kind === Kind.NON_NULL_TYPE && arg.defaultValue == null;
}

// node_modules/graphql/validation/rules/ScalarLeafsRule.mjs
function ScalarLeafsRule(context) {
  return {
    Field(node) {
      let type = context.getType(), selectionSet = node.selectionSet;
      if (type)
        if (isLeafType(getNamedType(type))) {
          if (selectionSet) {
            let fieldName = node.name.value, typeStr = inspect(type);
            context.reportError(
              new GraphQLError(
                `Field "${fieldName}" must not have a selection since type "${typeStr}" has no subfields.`,
                {
                  nodes: selectionSet
                }
              )
            );
          }
        } else if (selectionSet) {
          if (selectionSet.selections.length === 0) {
            let fieldName = node.name.value, typeStr = inspect(type);
            context.reportError(
              new GraphQLError(
                `Field "${fieldName}" of type "${typeStr}" must have at least one field selected.`,
                {
                  nodes: node
                }
              )
            );
          }
        } else {
          let fieldName = node.name.value, typeStr = inspect(type);
          context.reportError(
            new GraphQLError(
              `Field "${fieldName}" of type "${typeStr}" must have a selection of subfields. Did you mean "${fieldName} { ... }"?`,
              {
                nodes: node
              }
            )
          );
        }
    }
  };
}

// node_modules/graphql/jsutils/printPathArray.mjs
function printPathArray(path) {
  return path.map(
    (key) => typeof key == "number" ? "[" + key.toString() + "]" : "." + key
  ).join("");
}

// node_modules/graphql/jsutils/Path.mjs
function addPath(prev, key, typename) {
  return {
    prev,
    key,
    typename
  };
}
function pathToArray(path) {
  let flattened = [], curr = path;
  for (; curr; )
    flattened.push(curr.key), curr = curr.prev;
  return flattened.reverse();
}

// node_modules/graphql/utilities/coerceInputValue.mjs
function coerceInputValue(inputValue, type, onError = defaultOnError, hideSuggestions) {
  return coerceInputValueImpl(
    inputValue,
    type,
    onError,
    void 0,
    hideSuggestions
  );
}
function defaultOnError(path, invalidValue, error) {
  let errorPrefix = "Invalid value " + inspect(invalidValue);
  throw path.length > 0 && (errorPrefix += ` at "value${printPathArray(path)}"`), error.message = errorPrefix + ": " + error.message, error;
}
function coerceInputValueImpl(inputValue, type, onError, path, hideSuggestions) {
  if (isNonNullType(type)) {
    if (inputValue != null)
      return coerceInputValueImpl(
        inputValue,
        type.ofType,
        onError,
        path,
        hideSuggestions
      );
    onError(
      pathToArray(path),
      inputValue,
      new GraphQLError(
        `Expected non-nullable type "${inspect(type)}" not to be null.`
      )
    );
    return;
  }
  if (inputValue == null)
    return null;
  if (isListType(type)) {
    let itemType = type.ofType;
    return isIterableObject(inputValue) ? Array.from(inputValue, (itemValue, index) => {
      let itemPath = addPath(path, index, void 0);
      return coerceInputValueImpl(
        itemValue,
        itemType,
        onError,
        itemPath,
        hideSuggestions
      );
    }) : [
      coerceInputValueImpl(
        inputValue,
        itemType,
        onError,
        path,
        hideSuggestions
      )
    ];
  }
  if (isInputObjectType(type)) {
    if (!isObjectLike(inputValue) || Array.isArray(inputValue)) {
      onError(
        pathToArray(path),
        inputValue,
        new GraphQLError(`Expected type "${type.name}" to be an object.`)
      );
      return;
    }
    let coercedValue = /* @__PURE__ */ Object.create(null), fieldDefs = type.getFields();
    for (let field of Object.values(fieldDefs)) {
      let fieldValue = inputValue[field.name];
      if (fieldValue === void 0) {
        if (field.defaultValue !== void 0)
          coercedValue[field.name] = field.defaultValue;
        else if (isNonNullType(field.type)) {
          let typeStr = inspect(field.type);
          onError(
            pathToArray(path),
            inputValue,
            new GraphQLError(
              `Field "${field.name}" of required type "${typeStr}" was not provided.`
            )
          );
        }
        continue;
      }
      coercedValue[field.name] = coerceInputValueImpl(
        fieldValue,
        field.type,
        onError,
        addPath(path, field.name, type.name),
        hideSuggestions
      );
    }
    for (let fieldName of Object.keys(inputValue))
      if (!fieldDefs[fieldName]) {
        let suggestions = hideSuggestions ? [] : suggestionList(fieldName, Object.keys(type.getFields()));
        onError(
          pathToArray(path),
          inputValue,
          new GraphQLError(
            `Field "${fieldName}" is not defined by type "${type.name}".` + didYouMean(suggestions)
          )
        );
      }
    if (type.isOneOf) {
      let keys = Object.keys(coercedValue);
      keys.length !== 1 && onError(
        pathToArray(path),
        inputValue,
        new GraphQLError(
          `Exactly one key must be specified for OneOf type "${type.name}".`
        )
      );
      let key = keys[0], value = coercedValue[key];
      value === null && onError(
        pathToArray(path).concat(key),
        value,
        new GraphQLError(`Field "${key}" must be non-null.`)
      );
    }
    return { ...coercedValue };
  }
  if (isLeafType(type)) {
    let parseResult;
    try {
      parseResult = isEnumType(type) ? type.parseValue(inputValue, hideSuggestions) : type.parseValue(inputValue);
    } catch (error) {
      error instanceof GraphQLError ? onError(pathToArray(path), inputValue, error) : onError(
        pathToArray(path),
        inputValue,
        new GraphQLError(`Expected type "${type.name}". ` + error.message, {
          originalError: error
        })
      );
      return;
    }
    return parseResult === void 0 && onError(
      pathToArray(path),
      inputValue,
      new GraphQLError(`Expected type "${type.name}".`)
    ), parseResult;
  }
  invariant(!1, "Unexpected input type: " + inspect(type));
}

// node_modules/graphql/utilities/valueFromAST.mjs
function valueFromAST(valueNode, type, variables) {
  if (valueNode) {
    if (valueNode.kind === Kind.VARIABLE) {
      let variableName = valueNode.name.value;
      if (variables == null || !hasOwnProperty(variables, variableName) || variables[variableName] === void 0)
        return;
      let variableValue = variables[variableName];
      return variableValue === null && isNonNullType(type) ? void 0 : variableValue;
    }
    if (isNonNullType(type))
      return valueNode.kind === Kind.NULL ? void 0 : valueFromAST(valueNode, type.ofType, variables);
    if (valueNode.kind === Kind.NULL)
      return null;
    if (isListType(type)) {
      let itemType = type.ofType;
      if (valueNode.kind === Kind.LIST) {
        let coercedValues = [];
        for (let itemNode of valueNode.values)
          if (isMissingVariable(itemNode, variables)) {
            if (isNonNullType(itemType))
              return;
            coercedValues.push(null);
          } else {
            let itemValue = valueFromAST(itemNode, itemType, variables);
            if (itemValue === void 0)
              return;
            coercedValues.push(itemValue);
          }
        return coercedValues;
      }
      let coercedValue = valueFromAST(valueNode, itemType, variables);
      return coercedValue === void 0 ? void 0 : [coercedValue];
    }
    if (isInputObjectType(type)) {
      if (valueNode.kind !== Kind.OBJECT)
        return;
      let coercedObj = /* @__PURE__ */ Object.create(null), fieldNodes = keyMap(valueNode.fields, (field) => field.name.value);
      for (let field of Object.values(type.getFields())) {
        let fieldNode = fieldNodes[field.name];
        if (!fieldNode || isMissingVariable(fieldNode.value, variables)) {
          if (field.defaultValue !== void 0)
            coercedObj[field.name] = field.defaultValue;
          else if (isNonNullType(field.type))
            return;
          continue;
        }
        let fieldValue = valueFromAST(fieldNode.value, field.type, variables);
        if (fieldValue === void 0)
          return;
        coercedObj[field.name] = fieldValue;
      }
      if (type.isOneOf) {
        let keys = Object.keys(coercedObj);
        if (keys.length !== 1 || coercedObj[keys[0]] === null)
          return;
      }
      return coercedObj;
    }
    if (isLeafType(type)) {
      let result;
      try {
        result = type.parseLiteral(valueNode, variables);
      } catch {
        return;
      }
      return result === void 0 ? void 0 : result;
    }
    invariant(!1, "Unexpected input type: " + inspect(type));
  }
}
function isMissingVariable(valueNode, variables) {
  return valueNode.kind === Kind.VARIABLE && (variables == null || !hasOwnProperty(variables, valueNode.name.value) || variables[valueNode.name.value] === void 0);
}
function hasOwnProperty(obj, prop) {
  return Object.prototype.hasOwnProperty.call(obj, prop);
}

// node_modules/graphql/execution/values.mjs
function getVariableValues(schema, varDefNodes, inputs, options) {
  let errors = [], maxErrors = options?.maxErrors;
  try {
    let coerced = coerceVariableValues(
      schema,
      varDefNodes,
      inputs,
      (error) => {
        if (maxErrors != null && errors.length >= maxErrors)
          throw new GraphQLError(
            "Too many errors processing variables, error limit reached. Execution aborted."
          );
        errors.push(error);
      },
      options?.hideSuggestions
    );
    if (errors.length === 0)
      return {
        coerced
      };
  } catch (error) {
    errors.push(error);
  }
  return {
    errors
  };
}
function coerceVariableValues(schema, varDefNodes, inputs, onError, hideSuggestions) {
  let coercedValues = /* @__PURE__ */ Object.create(null);
  for (let varDefNode of varDefNodes) {
    let varName = varDefNode.variable.name.value, varType = typeFromAST(schema, varDefNode.type);
    if (!isInputType(varType)) {
      let varTypeStr = printForError(varDefNode.type);
      onError(
        new GraphQLError(
          `Variable "$${varName}" expected value of type "${varTypeStr}" which cannot be used as an input type.`,
          {
            nodes: varDefNode.type
          }
        )
      );
      continue;
    }
    if (!hasOwnProperty2(inputs, varName)) {
      if (varDefNode.defaultValue)
        coercedValues[varName] = valueFromAST(varDefNode.defaultValue, varType);
      else if (isNonNullType(varType)) {
        let varTypeStr = inspect(varType);
        onError(
          new GraphQLError(
            `Variable "$${varName}" of required type "${varTypeStr}" was not provided.`,
            {
              nodes: varDefNode
            }
          )
        );
      }
      continue;
    }
    let value = inputs[varName];
    if (value === null && isNonNullType(varType)) {
      let varTypeStr = inspect(varType);
      onError(
        new GraphQLError(
          `Variable "$${varName}" of non-null type "${varTypeStr}" must not be null.`,
          {
            nodes: varDefNode
          }
        )
      );
      continue;
    }
    coercedValues[varName] = coerceInputValue(
      value,
      varType,
      (path, invalidValue, error) => {
        let prefix = `Variable "$${varName}" got invalid value ` + inspect(invalidValue);
        path.length > 0 && (prefix += ` at "${varName}${printPathArray(path)}"`), onError(
          new GraphQLError(prefix + "; " + error.message, {
            nodes: varDefNode,
            originalError: error
          })
        );
      },
      hideSuggestions
    );
  }
  return { ...coercedValues };
}
function getArgumentValues(def, node, variableValues) {
  var _node$arguments;
  let coercedValues = /* @__PURE__ */ Object.create(null), argumentNodes = (_node$arguments = node.arguments) !== null && _node$arguments !== void 0 ? _node$arguments : [], argNodeMap = keyMap(argumentNodes, (arg) => arg.name.value);
  for (let argDef of def.args) {
    let name = argDef.name, argType = argDef.type, argumentNode = argNodeMap[name];
    if (!argumentNode) {
      if (argDef.defaultValue !== void 0)
        coercedValues[name] = argDef.defaultValue;
      else if (isNonNullType(argType))
        throw new GraphQLError(
          `Argument "${name}" of required type "${inspect(argType)}" was not provided.`,
          {
            nodes: node
          }
        );
      continue;
    }
    let valueNode = argumentNode.value, isNull = valueNode.kind === Kind.NULL;
    if (valueNode.kind === Kind.VARIABLE) {
      let variableName = valueNode.name.value;
      if (variableValues == null || !hasOwnProperty2(variableValues, variableName)) {
        if (argDef.defaultValue !== void 0)
          coercedValues[name] = argDef.defaultValue;
        else if (isNonNullType(argType))
          throw new GraphQLError(
            `Argument "${name}" of required type "${inspect(argType)}" was provided the variable "$${variableName}" which was not provided a runtime value.`,
            {
              nodes: valueNode
            }
          );
        continue;
      }
      isNull = variableValues[variableName] == null;
    }
    if (isNull && isNonNullType(argType))
      throw new GraphQLError(
        `Argument "${name}" of non-null type "${inspect(argType)}" must not be null.`,
        {
          nodes: valueNode
        }
      );
    let coercedValue = valueFromAST(valueNode, argType, variableValues);
    if (coercedValue === void 0)
      throw new GraphQLError(
        `Argument "${name}" has invalid value ${printForError(valueNode)}.`,
        {
          nodes: valueNode
        }
      );
    coercedValues[name] = coercedValue;
  }
  return { ...coercedValues };
}
function getDirectiveValues(directiveDef, node, variableValues) {
  var _node$directives;
  let directiveNode = (_node$directives = node.directives) === null || _node$directives === void 0 ? void 0 : _node$directives.find(
    (directive) => directive.name.value === directiveDef.name
  );
  if (directiveNode)
    return getArgumentValues(directiveDef, directiveNode, variableValues);
}
function hasOwnProperty2(obj, prop) {
  return Object.prototype.hasOwnProperty.call(obj, prop);
}

// node_modules/graphql/execution/collectFields.mjs
function collectFields2(schema, fragments, variableValues, runtimeType, selectionSet, onSelectionSet) {
  let fields = /* @__PURE__ */ new Map();
  return collectFieldsImpl2(
    schema,
    fragments,
    variableValues,
    runtimeType,
    selectionSet,
    fields,
    /* @__PURE__ */ new Set(),
    onSelectionSet
  ), fields;
}
function collectSubfields(schema, fragments, variableValues, returnType, fieldNodes) {
  let subFieldNodes = /* @__PURE__ */ new Map(), visitedFragmentNames = /* @__PURE__ */ new Set();
  for (let node of fieldNodes)
    node.selectionSet && collectFieldsImpl2(
      schema,
      fragments,
      variableValues,
      returnType,
      node.selectionSet,
      subFieldNodes,
      visitedFragmentNames
    );
  return subFieldNodes;
}
function collectFieldsImpl2(schema, fragments, variableValues, runtimeType, selectionSet, fields, visitedFragmentNames, onSelectionSet) {
  onSelectionSet?.(selectionSet);
  for (let selection of selectionSet.selections)
    switch (selection.kind) {
      case Kind.FIELD: {
        if (!shouldIncludeNode(variableValues, selection))
          continue;
        let name = getFieldEntryKey(selection), fieldList = fields.get(name);
        fieldList !== void 0 ? fieldList.push(selection) : fields.set(name, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        if (!shouldIncludeNode(variableValues, selection) || !doesFragmentConditionMatch(schema, selection, runtimeType))
          continue;
        collectFieldsImpl2(
          schema,
          fragments,
          variableValues,
          runtimeType,
          selection.selectionSet,
          fields,
          visitedFragmentNames,
          onSelectionSet
        );
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        let fragName = selection.name.value;
        if (visitedFragmentNames.has(fragName) || !shouldIncludeNode(variableValues, selection))
          continue;
        visitedFragmentNames.add(fragName);
        let fragment = fragments[fragName];
        if (!fragment || !doesFragmentConditionMatch(schema, fragment, runtimeType))
          continue;
        collectFieldsImpl2(
          schema,
          fragments,
          variableValues,
          runtimeType,
          fragment.selectionSet,
          fields,
          visitedFragmentNames,
          onSelectionSet
        );
        break;
      }
    }
}
function shouldIncludeNode(variableValues, node) {
  let skip = getDirectiveValues(GraphQLSkipDirective, node, variableValues);
  if (skip?.if === !0)
    return !1;
  let include = getDirectiveValues(
    GraphQLIncludeDirective,
    node,
    variableValues
  );
  return include?.if !== !1;
}
function doesFragmentConditionMatch(schema, fragment, type) {
  let typeConditionNode = fragment.typeCondition;
  if (!typeConditionNode)
    return !0;
  let conditionalType = typeFromAST(schema, typeConditionNode);
  return conditionalType === type ? !0 : isAbstractType(conditionalType) ? schema.isSubType(conditionalType, type) : !1;
}
function getFieldEntryKey(node) {
  return node.alias ? node.alias.value : node.name.value;
}

// node_modules/graphql/validation/rules/SingleFieldSubscriptionsRule.mjs
function SingleFieldSubscriptionsRule(context) {
  let fragments;
  function reserveSelectionSetWork(selectionSet) {
    context.spendFragmentWork(selectionSet.selections.length);
    for (let selection of selectionSet.selections) {
      let directives = selection.directives;
      if (directives !== void 0) {
        context.spendFragmentWork(directives.length);
        for (let directive of directives)
          if (directive.name.value === "skip" || directive.name.value === "include") {
            var _directive$arguments$, _directive$arguments;
            context.spendFragmentWork(
              (_directive$arguments$ = (_directive$arguments = directive.arguments) === null || _directive$arguments === void 0 ? void 0 : _directive$arguments.length) !== null && _directive$arguments$ !== void 0 ? _directive$arguments$ : 0
            );
          }
      }
    }
  }
  return {
    OperationDefinition(node) {
      if (node.operation === "subscription") {
        let schema = context.getSchema(), subscriptionType = schema.getSubscriptionType();
        if (subscriptionType) {
          let operationName = node.name ? node.name.value : null, variableValues = /* @__PURE__ */ Object.create(null);
          if (fragments === void 0) {
            fragments = /* @__PURE__ */ Object.create(null);
            let definitions = context.getDocument().definitions;
            context.spendFragmentWork(definitions.length);
            for (let definition of definitions)
              definition.kind === Kind.FRAGMENT_DEFINITION && (fragments[definition.name.value] = definition);
          }
          let fields = collectFields2(
            schema,
            fragments,
            variableValues,
            subscriptionType,
            node.selectionSet,
            reserveSelectionSetWork
          );
          if (fields.size > 1) {
            let extraFieldSelections = [...fields.values()].slice(1).flat();
            context.reportError(
              new GraphQLError(
                operationName != null ? `Subscription "${operationName}" must select only one top level field.` : "Anonymous Subscription must select only one top level field.",
                {
                  nodes: extraFieldSelections
                }
              )
            );
          }
          for (let fieldNodes of fields.values())
            fieldNodes[0].name.value.startsWith("__") && context.reportError(
              new GraphQLError(
                operationName != null ? `Subscription "${operationName}" must not select an introspection top level field.` : "Anonymous Subscription must not select an introspection top level field.",
                {
                  nodes: fieldNodes
                }
              )
            );
        }
      }
    }
  };
}

// node_modules/graphql/jsutils/groupBy.mjs
function groupBy(list, keyFn) {
  let result = /* @__PURE__ */ new Map();
  for (let item of list) {
    let key = keyFn(item), group = result.get(key);
    group === void 0 ? result.set(key, [item]) : group.push(item);
  }
  return result;
}

// node_modules/graphql/validation/rules/UniqueArgumentDefinitionNamesRule.mjs
function UniqueArgumentDefinitionNamesRule(context) {
  return {
    DirectiveDefinition(directiveNode) {
      var _directiveNode$argume;
      let argumentNodes = (_directiveNode$argume = directiveNode.arguments) !== null && _directiveNode$argume !== void 0 ? _directiveNode$argume : [];
      return checkArgUniqueness(`@${directiveNode.name.value}`, argumentNodes);
    },
    InterfaceTypeDefinition: checkArgUniquenessPerField,
    InterfaceTypeExtension: checkArgUniquenessPerField,
    ObjectTypeDefinition: checkArgUniquenessPerField,
    ObjectTypeExtension: checkArgUniquenessPerField
  };
  function checkArgUniquenessPerField(typeNode) {
    var _typeNode$fields;
    let typeName = typeNode.name.value, fieldNodes = (_typeNode$fields = typeNode.fields) !== null && _typeNode$fields !== void 0 ? _typeNode$fields : [];
    for (let fieldDef of fieldNodes) {
      var _fieldDef$arguments;
      let fieldName = fieldDef.name.value, argumentNodes = (_fieldDef$arguments = fieldDef.arguments) !== null && _fieldDef$arguments !== void 0 ? _fieldDef$arguments : [];
      checkArgUniqueness(`${typeName}.${fieldName}`, argumentNodes);
    }
    return !1;
  }
  function checkArgUniqueness(parentName, argumentNodes) {
    let seenArgs = groupBy(argumentNodes, (arg) => arg.name.value);
    for (let [argName, argNodes] of seenArgs)
      argNodes.length > 1 && context.reportError(
        new GraphQLError(
          `Argument "${parentName}(${argName}:)" can only be defined once.`,
          {
            nodes: argNodes.map((node) => node.name)
          }
        )
      );
    return !1;
  }
}

// node_modules/graphql/validation/rules/UniqueArgumentNamesRule.mjs
function UniqueArgumentNamesRule(context) {
  return {
    Field: checkArgUniqueness,
    Directive: checkArgUniqueness
  };
  function checkArgUniqueness(parentNode) {
    var _parentNode$arguments;
    let argumentNodes = (_parentNode$arguments = parentNode.arguments) !== null && _parentNode$arguments !== void 0 ? _parentNode$arguments : [], seenArgs = groupBy(argumentNodes, (arg) => arg.name.value);
    for (let [argName, argNodes] of seenArgs)
      argNodes.length > 1 && context.reportError(
        new GraphQLError(
          `There can be only one argument named "${argName}".`,
          {
            nodes: argNodes.map((node) => node.name)
          }
        )
      );
  }
}

// node_modules/graphql/validation/rules/UniqueDirectiveNamesRule.mjs
function UniqueDirectiveNamesRule(context) {
  let knownDirectiveNames = /* @__PURE__ */ Object.create(null), schema = context.getSchema();
  return {
    DirectiveDefinition(node) {
      let directiveName = node.name.value;
      if (schema != null && schema.getDirective(directiveName)) {
        context.reportError(
          new GraphQLError(
            `Directive "@${directiveName}" already exists in the schema. It cannot be redefined.`,
            {
              nodes: node.name
            }
          )
        );
        return;
      }
      return knownDirectiveNames[directiveName] ? context.reportError(
        new GraphQLError(
          `There can be only one directive named "@${directiveName}".`,
          {
            nodes: [knownDirectiveNames[directiveName], node.name]
          }
        )
      ) : knownDirectiveNames[directiveName] = node.name, !1;
    }
  };
}

// node_modules/graphql/validation/rules/UniqueDirectivesPerLocationRule.mjs
function UniqueDirectivesPerLocationRule(context) {
  let uniqueDirectiveMap = /* @__PURE__ */ Object.create(null), schema = context.getSchema(), definedDirectives = schema ? schema.getDirectives() : specifiedDirectives;
  for (let directive of definedDirectives)
    uniqueDirectiveMap[directive.name] = !directive.isRepeatable;
  let astDefinitions = context.getDocument().definitions;
  for (let def of astDefinitions)
    def.kind === Kind.DIRECTIVE_DEFINITION && (uniqueDirectiveMap[def.name.value] = !def.repeatable);
  let schemaDirectives = /* @__PURE__ */ Object.create(null), typeDirectivesMap = /* @__PURE__ */ Object.create(null), directiveDirectivesMap = /* @__PURE__ */ Object.create(null);
  return {
    // Many different AST nodes may contain directives. Rather than listing
    // them all, just listen for entering any node, and check to see if it
    // defines any directives.
    enter(node) {
      if (!("directives" in node) || !node.directives)
        return;
      let seenDirectives;
      if (node.kind === Kind.SCHEMA_DEFINITION || node.kind === Kind.SCHEMA_EXTENSION)
        seenDirectives = schemaDirectives;
      else if (isTypeDefinitionNode(node) || isTypeExtensionNode(node)) {
        let typeName = node.name.value;
        seenDirectives = typeDirectivesMap[typeName], seenDirectives === void 0 && (typeDirectivesMap[typeName] = seenDirectives = /* @__PURE__ */ Object.create(null));
      } else if (node.kind === Kind.DIRECTIVE_DEFINITION || node.kind === Kind.DIRECTIVE_EXTENSION) {
        let directiveName = node.name.value;
        seenDirectives = directiveDirectivesMap[directiveName], seenDirectives === void 0 && (directiveDirectivesMap[directiveName] = seenDirectives = /* @__PURE__ */ Object.create(null));
      } else
        seenDirectives = /* @__PURE__ */ Object.create(null);
      for (let directive of node.directives) {
        let directiveName = directive.name.value;
        uniqueDirectiveMap[directiveName] && (seenDirectives[directiveName] ? context.reportError(
          new GraphQLError(
            `The directive "@${directiveName}" can only be used once at this location.`,
            {
              nodes: [seenDirectives[directiveName], directive]
            }
          )
        ) : seenDirectives[directiveName] = directive);
      }
    }
  };
}

// node_modules/graphql/validation/rules/UniqueEnumValueNamesRule.mjs
function UniqueEnumValueNamesRule(context) {
  let schema = context.getSchema(), existingTypeMap = schema ? schema.getTypeMap() : /* @__PURE__ */ Object.create(null), knownValueNames = /* @__PURE__ */ Object.create(null);
  return {
    EnumTypeDefinition: checkValueUniqueness,
    EnumTypeExtension: checkValueUniqueness
  };
  function checkValueUniqueness(node) {
    var _node$values;
    let typeName = node.name.value;
    knownValueNames[typeName] || (knownValueNames[typeName] = /* @__PURE__ */ Object.create(null));
    let valueNodes = (_node$values = node.values) !== null && _node$values !== void 0 ? _node$values : [], valueNames = knownValueNames[typeName];
    for (let valueDef of valueNodes) {
      let valueName = valueDef.name.value, existingType = existingTypeMap[typeName];
      isEnumType(existingType) && existingType.getValue(valueName) ? context.reportError(
        new GraphQLError(
          `Enum value "${typeName}.${valueName}" already exists in the schema. It cannot also be defined in this type extension.`,
          {
            nodes: valueDef.name
          }
        )
      ) : valueNames[valueName] ? context.reportError(
        new GraphQLError(
          `Enum value "${typeName}.${valueName}" can only be defined once.`,
          {
            nodes: [valueNames[valueName], valueDef.name]
          }
        )
      ) : valueNames[valueName] = valueDef.name;
    }
    return !1;
  }
}

// node_modules/graphql/validation/rules/UniqueFieldDefinitionNamesRule.mjs
function UniqueFieldDefinitionNamesRule(context) {
  let schema = context.getSchema(), existingTypeMap = schema ? schema.getTypeMap() : /* @__PURE__ */ Object.create(null), knownFieldNames = /* @__PURE__ */ Object.create(null);
  return {
    InputObjectTypeDefinition: checkFieldUniqueness,
    InputObjectTypeExtension: checkFieldUniqueness,
    InterfaceTypeDefinition: checkFieldUniqueness,
    InterfaceTypeExtension: checkFieldUniqueness,
    ObjectTypeDefinition: checkFieldUniqueness,
    ObjectTypeExtension: checkFieldUniqueness
  };
  function checkFieldUniqueness(node) {
    var _node$fields;
    let typeName = node.name.value;
    knownFieldNames[typeName] || (knownFieldNames[typeName] = /* @__PURE__ */ Object.create(null));
    let fieldNodes = (_node$fields = node.fields) !== null && _node$fields !== void 0 ? _node$fields : [], fieldNames = knownFieldNames[typeName];
    for (let fieldDef of fieldNodes) {
      let fieldName = fieldDef.name.value;
      hasField(existingTypeMap[typeName], fieldName) ? context.reportError(
        new GraphQLError(
          `Field "${typeName}.${fieldName}" already exists in the schema. It cannot also be defined in this type extension.`,
          {
            nodes: fieldDef.name
          }
        )
      ) : fieldNames[fieldName] ? context.reportError(
        new GraphQLError(
          `Field "${typeName}.${fieldName}" can only be defined once.`,
          {
            nodes: [fieldNames[fieldName], fieldDef.name]
          }
        )
      ) : fieldNames[fieldName] = fieldDef.name;
    }
    return !1;
  }
}
function hasField(type, fieldName) {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields()[fieldName] != null : !1;
}

// node_modules/graphql/validation/rules/UniqueFragmentNamesRule.mjs
function UniqueFragmentNamesRule(context) {
  let knownFragmentNames = /* @__PURE__ */ Object.create(null);
  return {
    OperationDefinition: () => !1,
    FragmentDefinition(node) {
      let fragmentName = node.name.value;
      return knownFragmentNames[fragmentName] ? context.reportError(
        new GraphQLError(
          `There can be only one fragment named "${fragmentName}".`,
          {
            nodes: [knownFragmentNames[fragmentName], node.name]
          }
        )
      ) : knownFragmentNames[fragmentName] = node.name, !1;
    }
  };
}

// node_modules/graphql/validation/rules/UniqueInputFieldNamesRule.mjs
function UniqueInputFieldNamesRule(context) {
  let knownNameStack = [], knownNames = /* @__PURE__ */ Object.create(null);
  return {
    ObjectValue: {
      enter() {
        knownNameStack.push(knownNames), knownNames = /* @__PURE__ */ Object.create(null);
      },
      leave() {
        let prevKnownNames = knownNameStack.pop();
        prevKnownNames || invariant(!1), knownNames = prevKnownNames;
      }
    },
    ObjectField(node) {
      let fieldName = node.name.value;
      knownNames[fieldName] ? context.reportError(
        new GraphQLError(
          `There can be only one input field named "${fieldName}".`,
          {
            nodes: [knownNames[fieldName], node.name]
          }
        )
      ) : knownNames[fieldName] = node.name;
    }
  };
}

// node_modules/graphql/validation/rules/UniqueOperationNamesRule.mjs
function UniqueOperationNamesRule(context) {
  let knownOperationNames = /* @__PURE__ */ Object.create(null);
  return {
    OperationDefinition(node) {
      let operationName = node.name;
      return operationName && (knownOperationNames[operationName.value] ? context.reportError(
        new GraphQLError(
          `There can be only one operation named "${operationName.value}".`,
          {
            nodes: [
              knownOperationNames[operationName.value],
              operationName
            ]
          }
        )
      ) : knownOperationNames[operationName.value] = operationName), !1;
    },
    FragmentDefinition: () => !1
  };
}

// node_modules/graphql/validation/rules/UniqueOperationTypesRule.mjs
function UniqueOperationTypesRule(context) {
  let schema = context.getSchema(), definedOperationTypes = /* @__PURE__ */ Object.create(null), existingOperationTypes = schema ? {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType()
  } : {};
  return {
    SchemaDefinition: checkOperationTypes,
    SchemaExtension: checkOperationTypes
  };
  function checkOperationTypes(node) {
    var _node$operationTypes;
    let operationTypesNodes = (_node$operationTypes = node.operationTypes) !== null && _node$operationTypes !== void 0 ? _node$operationTypes : [];
    for (let operationType of operationTypesNodes) {
      let operation = operationType.operation, alreadyDefinedOperationType = definedOperationTypes[operation];
      existingOperationTypes[operation] ? context.reportError(
        new GraphQLError(
          `Type for ${operation} already defined in the schema. It cannot be redefined.`,
          {
            nodes: operationType
          }
        )
      ) : alreadyDefinedOperationType ? context.reportError(
        new GraphQLError(
          `There can be only one ${operation} type in schema.`,
          {
            nodes: [alreadyDefinedOperationType, operationType]
          }
        )
      ) : definedOperationTypes[operation] = operationType;
    }
    return !1;
  }
}

// node_modules/graphql/validation/rules/UniqueTypeNamesRule.mjs
function UniqueTypeNamesRule(context) {
  let knownTypeNames = /* @__PURE__ */ Object.create(null), schema = context.getSchema();
  return {
    ScalarTypeDefinition: checkTypeName,
    ObjectTypeDefinition: checkTypeName,
    InterfaceTypeDefinition: checkTypeName,
    UnionTypeDefinition: checkTypeName,
    EnumTypeDefinition: checkTypeName,
    InputObjectTypeDefinition: checkTypeName
  };
  function checkTypeName(node) {
    let typeName = node.name.value;
    if (schema != null && schema.getType(typeName)) {
      context.reportError(
        new GraphQLError(
          `Type "${typeName}" already exists in the schema. It cannot also be defined in this type definition.`,
          {
            nodes: node.name
          }
        )
      );
      return;
    }
    return knownTypeNames[typeName] ? context.reportError(
      new GraphQLError(`There can be only one type named "${typeName}".`, {
        nodes: [knownTypeNames[typeName], node.name]
      })
    ) : knownTypeNames[typeName] = node.name, !1;
  }
}

// node_modules/graphql/validation/rules/UniqueVariableNamesRule.mjs
function UniqueVariableNamesRule(context) {
  return {
    OperationDefinition(operationNode) {
      var _operationNode$variab;
      let variableDefinitions = (_operationNode$variab = operationNode.variableDefinitions) !== null && _operationNode$variab !== void 0 ? _operationNode$variab : [], seenVariableDefinitions = groupBy(
        variableDefinitions,
        (node) => node.variable.name.value
      );
      for (let [variableName, variableNodes] of seenVariableDefinitions)
        variableNodes.length > 1 && context.reportError(
          new GraphQLError(
            `There can be only one variable named "$${variableName}".`,
            {
              nodes: variableNodes.map((node) => node.variable.name)
            }
          )
        );
    }
  };
}

// node_modules/graphql/validation/rules/ValuesOfCorrectTypeRule.mjs
function ValuesOfCorrectTypeRule(context) {
  return {
    ListValue(node) {
      let type = getNullableType(context.getParentInputType());
      if (!isListType(type))
        return isValidValueNode(context, node), !1;
    },
    ObjectValue(node) {
      let type = getNamedType(context.getInputType());
      if (!isInputObjectType(type))
        return isValidValueNode(context, node), !1;
      let fieldNodeMap = keyMap(node.fields, (field) => field.name.value);
      for (let fieldDef of Object.values(type.getFields()))
        if (!fieldNodeMap[fieldDef.name] && isRequiredInputField(fieldDef)) {
          let typeStr = inspect(fieldDef.type);
          context.reportError(
            new GraphQLError(
              `Field "${type.name}.${fieldDef.name}" of required type "${typeStr}" was not provided.`,
              {
                nodes: node
              }
            )
          );
        }
      type.isOneOf && validateOneOfInputObject(context, node, type, fieldNodeMap);
    },
    ObjectField(node) {
      let parentType = getNamedType(context.getParentInputType());
      if (!context.getInputType() && isInputObjectType(parentType)) {
        let suggestions = context.hideSuggestions ? [] : suggestionList(
          node.name.value,
          Object.keys(parentType.getFields())
        );
        context.reportError(
          new GraphQLError(
            `Field "${node.name.value}" is not defined by type "${parentType.name}".` + didYouMean(suggestions),
            {
              nodes: node
            }
          )
        );
      }
    },
    NullValue(node) {
      let type = context.getInputType();
      isNonNullType(type) && context.reportError(
        new GraphQLError(
          `Expected value of type "${inspect(type)}", found ${printForError(node)}.`,
          {
            nodes: node
          }
        )
      );
    },
    EnumValue: (node) => isValidValueNode(context, node),
    IntValue: (node) => isValidValueNode(context, node),
    FloatValue: (node) => isValidValueNode(context, node),
    // Descriptions are string values that would not validate according
    // to the below logic, but since (per the specification) descriptions must
    // not affect validation, they are ignored entirely when visiting the AST
    // and do not require special handling.
    // See https://spec.graphql.org/draft/#sec-Descriptions
    StringValue: (node) => isValidValueNode(context, node),
    BooleanValue: (node) => isValidValueNode(context, node)
  };
}
function isValidValueNode(context, node) {
  let locationType = context.getInputType();
  if (!locationType)
    return;
  let type = getNamedType(locationType);
  if (!isLeafType(type)) {
    let typeStr = inspect(locationType);
    context.reportError(
      new GraphQLError(
        `Expected value of type "${typeStr}", found ${printForError(node)}.`,
        {
          nodes: node
        }
      )
    );
    return;
  }
  try {
    if ((isEnumType(type) ? type.parseLiteral(
      node,
      void 0,
      /* variables */
      context.hideSuggestions
    ) : type.parseLiteral(
      node,
      void 0
      /* variables */
    )) === void 0) {
      let typeStr = inspect(locationType);
      context.reportError(
        new GraphQLError(
          `Expected value of type "${typeStr}", found ${printForError(node)}.`,
          {
            nodes: node
          }
        )
      );
    }
  } catch (error) {
    let typeStr = inspect(locationType);
    error instanceof GraphQLError ? context.reportError(error) : context.reportError(
      new GraphQLError(
        `Expected value of type "${typeStr}", found ${printForError(node)}; ` + error.message,
        {
          nodes: node,
          originalError: error
        }
      )
    );
  }
}
function validateOneOfInputObject(context, node, type, fieldNodeMap) {
  var _fieldNodeMap$keys$;
  let keys = Object.keys(fieldNodeMap);
  if (keys.length !== 1) {
    context.reportError(
      new GraphQLError(
        `OneOf Input Object "${type.name}" must specify exactly one key.`,
        {
          nodes: [node]
        }
      )
    );
    return;
  }
  let value = (_fieldNodeMap$keys$ = fieldNodeMap[keys[0]]) === null || _fieldNodeMap$keys$ === void 0 ? void 0 : _fieldNodeMap$keys$.value;
  (!value || value.kind === Kind.NULL) && context.reportError(
    new GraphQLError(`Field "${type.name}.${keys[0]}" must be non-null.`, {
      nodes: [node]
    })
  );
}

// node_modules/graphql/validation/rules/VariablesAreInputTypesRule.mjs
function VariablesAreInputTypesRule(context) {
  return {
    VariableDefinition(node) {
      let type = typeFromAST(context.getSchema(), node.type);
      if (type !== void 0 && !isInputType(type)) {
        let variableName = node.variable.name.value, typeName = print(node.type);
        context.reportError(
          new GraphQLError(
            `Variable "$${variableName}" cannot be non-input type "${typeName}".`,
            {
              nodes: node.type
            }
          )
        );
      }
    }
  };
}

// node_modules/graphql/validation/rules/VariablesInAllowedPositionRule.mjs
function VariablesInAllowedPositionRule(context) {
  let varDefMap = /* @__PURE__ */ Object.create(null);
  return {
    OperationDefinition: {
      enter() {
        varDefMap = /* @__PURE__ */ Object.create(null);
      },
      leave(operation) {
        let usages = context.getRecursiveVariableUsages(operation);
        for (let { node, type, defaultValue, parentType } of usages) {
          let varName = node.name.value, varDef = varDefMap[varName];
          if (varDef && type) {
            let schema = context.getSchema(), varType = typeFromAST(schema, varDef.type);
            if (varType && !allowedVariableUsage(
              schema,
              varType,
              varDef.defaultValue,
              type,
              defaultValue
            )) {
              let varTypeStr = inspect(varType), typeStr = inspect(type);
              context.reportError(
                new GraphQLError(
                  `Variable "$${varName}" of type "${varTypeStr}" used in position expecting type "${typeStr}".`,
                  {
                    nodes: [varDef, node]
                  }
                )
              );
            }
            isInputObjectType(parentType) && parentType.isOneOf && isNullableType(varType) && context.reportError(
              new GraphQLError(
                `Variable "$${varName}" is of type "${varType}" but must be non-nullable to be used for OneOf Input Object "${parentType}".`,
                {
                  nodes: [varDef, node]
                }
              )
            );
          }
        }
      }
    },
    VariableDefinition(node) {
      varDefMap[node.variable.name.value] = node;
    }
  };
}
function allowedVariableUsage(schema, varType, varDefaultValue, locationType, locationDefaultValue) {
  if (isNonNullType(locationType) && !isNonNullType(varType)) {
    if (!(varDefaultValue != null && varDefaultValue.kind !== Kind.NULL) && !(locationDefaultValue !== void 0))
      return !1;
    let nullableLocationType = locationType.ofType;
    return isTypeSubTypeOf(schema, varType, nullableLocationType);
  }
  return isTypeSubTypeOf(schema, varType, locationType);
}

// node_modules/graphql/validation/specifiedRules.mjs
var recommendedRules = Object.freeze([MaxIntrospectionDepthRule]), specifiedRules = Object.freeze([
  ExecutableDefinitionsRule,
  UniqueOperationNamesRule,
  LoneAnonymousOperationRule,
  SingleFieldSubscriptionsRule,
  KnownTypeNamesRule,
  FragmentsOnCompositeTypesRule,
  VariablesAreInputTypesRule,
  ScalarLeafsRule,
  FieldsOnCorrectTypeRule,
  UniqueFragmentNamesRule,
  KnownFragmentNamesRule,
  NoUnusedFragmentsRule,
  PossibleFragmentSpreadsRule,
  NoFragmentCyclesRule,
  UniqueVariableNamesRule,
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  KnownDirectivesRule,
  UniqueDirectivesPerLocationRule,
  KnownArgumentNamesRule,
  UniqueArgumentNamesRule,
  ValuesOfCorrectTypeRule,
  ProvidedRequiredArgumentsRule,
  VariablesInAllowedPositionRule,
  OverlappingFieldsCanBeMergedRule,
  UniqueInputFieldNamesRule,
  ...recommendedRules
]), specifiedSDLRules = Object.freeze([
  LoneSchemaDefinitionRule,
  UniqueOperationTypesRule,
  UniqueTypeNamesRule,
  UniqueEnumValueNamesRule,
  UniqueFieldDefinitionNamesRule,
  UniqueArgumentDefinitionNamesRule,
  UniqueDirectiveNamesRule,
  KnownTypeNamesRule,
  KnownDirectivesRule,
  UniqueDirectivesPerLocationRule,
  PossibleTypeExtensionsRule,
  KnownArgumentNamesOnDirectivesRule,
  UniqueArgumentNamesRule,
  UniqueInputFieldNamesRule,
  ProvidedRequiredArgumentsOnDirectivesRule
]);

// node_modules/graphql/jsutils/SetMap.mjs
var SetMap = class {
  constructor() {
    this._entries = /* @__PURE__ */ new Map(), this._memberIds = /* @__PURE__ */ new Map(), this._nextMemberId = 0;
  }
  get(members) {
    return this._entries.get(this._key(members));
  }
  set(members, value) {
    this._entries.set(this._key(members), value);
  }
  _key(members) {
    let ids = [];
    for (let member of members) {
      let id = this._memberIds.get(member);
      id === void 0 && (id = this._nextMemberId++, this._memberIds.set(member, id)), ids.push(id);
    }
    return ids.sort((id1, id2) => id1 - id2), ids.join(",");
  }
};

// node_modules/graphql/validation/ValidationContext.mjs
var ASTValidationContext = class {
  _remainingFragmentWork = 5e4;
  constructor(ast, onError) {
    this._ast = ast, this._fragments = void 0, this._fragmentSpreads = /* @__PURE__ */ new Map(), this._recursivelyReferencedFragments = new SetMap(), this._onError = onError;
  }
  get [Symbol.toStringTag]() {
    return "ASTValidationContext";
  }
  reportError(error) {
    this._onError(error);
  }
  getDocument() {
    return this._ast;
  }
  getFragment(name) {
    let fragments;
    if (this._fragments)
      fragments = this._fragments;
    else {
      fragments = /* @__PURE__ */ Object.create(null);
      for (let defNode of this.getDocument().definitions)
        defNode.kind === Kind.FRAGMENT_DEFINITION && (fragments[defNode.name.value] = defNode);
      this._fragments = fragments;
    }
    return fragments[name];
  }
  getFragmentSpreads(node) {
    let spreads = this._fragmentSpreads.get(node);
    if (!spreads) {
      spreads = [];
      let setsToVisit = [node], set;
      for (; set = setsToVisit.pop(); )
        for (let selection of set.selections)
          selection.kind === Kind.FRAGMENT_SPREAD ? spreads.push(selection) : selection.selectionSet && setsToVisit.push(selection.selectionSet);
      this._fragmentSpreads.set(node, spreads);
    }
    return spreads;
  }
  // TODO: In the next major version, accept multiple operations here and
  // remove getRecursivelyReferencedFragmentsForOperations.
  getRecursivelyReferencedFragments(operation) {
    return this.getRecursivelyReferencedFragmentsForOperations([operation]);
  }
  getRecursivelyReferencedFragmentsForOperations(operations) {
    let fragmentNames = new Set(
      operations.flatMap(
        ({ selectionSet }) => this.getFragmentSpreads(selectionSet).map(({ name }) => name.value)
      )
    ), fragments = this._recursivelyReferencedFragments.get(fragmentNames);
    if (!fragments) {
      fragments = [], this.spendFragmentWork(fragmentNames.size);
      let collectedNames = new Set(fragmentNames);
      for (let fragName of collectedNames) {
        let fragment = this.getFragment(fragName);
        if (fragment) {
          fragments.push(fragment);
          let spreads = this.getFragmentSpreads(fragment.selectionSet);
          this.spendFragmentWork(spreads.length);
          for (let spread of spreads)
            collectedNames.add(spread.name.value);
        }
      }
      this._recursivelyReferencedFragments.set(fragmentNames, fragments);
    }
    return fragments;
  }
  /** @internal */
  spendFragmentWork(cost) {
    if (this._remainingFragmentWork -= cost, this._remainingFragmentWork < 0)
      throw validationAbortedError;
  }
}, SDLValidationContext = class extends ASTValidationContext {
  constructor(ast, schema, onError) {
    super(ast, onError), this._schema = schema;
  }
  get hideSuggestions() {
    return !1;
  }
  get [Symbol.toStringTag]() {
    return "SDLValidationContext";
  }
  getSchema() {
    return this._schema;
  }
}, ValidationContext = class extends ASTValidationContext {
  /**
   * Creates a ValidationContext instance.
   * @param schema - Schema used to validate the document.
   * @param ast - Document AST being validated.
   * @param typeInfo - TypeInfo instance used to track traversal state.
   * @param onError - Callback invoked for each validation error.
   * @param hideSuggestions - Omit suggestions from error messages.
   * @example
   * ```ts
   * import { parse } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const errors: Array<GraphQLError> = [];
   * const context = new ValidationContext(
   *   schema,
   *   document,
   *   new TypeInfo(schema),
   *   (error) => errors.push(error),
   * );
   *
   * context.reportError(new GraphQLError('Example validation error.'));
   *
   * context.getSchema(); // => schema
   * errors[0].message; // => 'Example validation error.'
   * ```
   */
  constructor(schema, ast, typeInfo, onError, hideSuggestions) {
    super(ast, onError), this._hideSuggestions = hideSuggestions ?? !1, this._schema = schema, this._typeInfo = typeInfo, this._variableUsages = /* @__PURE__ */ new Map(), this._recursiveVariableUsages = /* @__PURE__ */ new Map();
  }
  /**
   * Whether suggestions should be omitted from validation errors.
   * @returns True when validation error suggestions are disabled.
   */
  get hideSuggestions() {
    return this._hideSuggestions;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */
  get [Symbol.toStringTag]() {
    return "ValidationContext";
  }
  /**
   * Returns the schema being used by this validation context.
   * @returns The schema being validated against.
   * @example
   * ```ts
   * import { parse } from 'graphql/language';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const context = new ValidationContext(
   *   schema,
   *   parse('{ greeting }'),
   *   new TypeInfo(schema),
   *   () => {},
   * );
   *
   * context.getSchema().getQueryType()?.name; // => 'Query'
   * ```
   */
  getSchema() {
    return this._schema;
  }
  /**
   * Returns variable usages found directly within this node.
   * @param node - The AST node to inspect or visit.
   * @returns Variable usages found directly within this node.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting(name: String): String
   *   }
   * `);
   * const document = parse('query ($name: String) { greeting(name: $name) }');
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const context = new ValidationContext(
   *   schema,
   *   document,
   *   new TypeInfo(schema),
   *   () => {},
   * );
   *
   * const usages = context.getVariableUsages(operation);
   *
   * usages[0].node.name.value; // => 'name'
   * String(usages[0].type); // => 'String'
   * ```
   */
  getVariableUsages(node) {
    let usages = this._variableUsages.get(node);
    if (!usages) {
      let newUsages = [], typeInfo = new TypeInfo(this._schema);
      visit(
        node,
        visitWithTypeInfo(typeInfo, {
          VariableDefinition: () => !1,
          Variable(variable) {
            newUsages.push({
              node: variable,
              type: typeInfo.getInputType(),
              defaultValue: typeInfo.getDefaultValue(),
              parentType: typeInfo.getParentInputType()
            });
          }
        })
      ), usages = newUsages, this._variableUsages.set(node, usages);
    }
    return usages;
  }
  /**
   * Returns variable usages for an operation, including variables used by referenced fragments.
   * @param operation - Operation definition to inspect.
   * @returns Variable usages reachable from the operation.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { parse, Kind } from 'graphql/language';
   * import { buildSchema, TypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     viewer: User
   *   }
   *
   *   type User {
   *     name(prefix: String): String
   *   }
   * `);
   * const document = parse(`
   *   query ($prefix: String) {
   *     viewer {
   *       ...UserName
   *     }
   *   }
   *
   *   fragment UserName on User {
   *     name(prefix: $prefix)
   *   }
   * `);
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const context = new ValidationContext(
   *   schema,
   *   document,
   *   new TypeInfo(schema),
   *   () => {},
   * );
   *
   * const usages = context.getRecursiveVariableUsages(operation);
   *
   * usages.map((usage) => usage.node.name.value); // => ['prefix']
   * ```
   */
  getRecursiveVariableUsages(operation) {
    let usages = this._recursiveVariableUsages.get(operation);
    if (!usages) {
      let fragments = this.getRecursivelyReferencedFragments(operation), fragmentUsages = this._recursiveVariableUsages.get(fragments);
      fragmentUsages || (this.spendFragmentWork(fragments.length), fragmentUsages = fragments.flatMap((frag) => {
        let localUsages = this.getVariableUsages(frag);
        return this.spendFragmentWork(localUsages.length), localUsages;
      }), this._recursiveVariableUsages.set(fragments, fragmentUsages)), this.spendFragmentWork(fragmentUsages.length), usages = this.getVariableUsages(operation).concat(fragmentUsages), this._recursiveVariableUsages.set(operation, usages);
    }
    return usages;
  }
  /**
   * Returns the current output type at this point in traversal.
   * @returns The current output type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let typeName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Field: () => {
   *       typeName = String(context.getType());
   *     },
   *   }),
   * );
   *
   * typeName; // => 'String'
   * ```
   */
  getType() {
    return this._typeInfo.getType();
  }
  /**
   * Returns the current parent composite type.
   * @returns The current parent composite type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let parentTypeName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Field: () => {
   *       parentTypeName = context.getParentType()?.name;
   *     },
   *   }),
   * );
   *
   * parentTypeName; // => 'Query'
   * ```
   */
  getParentType() {
    return this._typeInfo.getParentType();
  }
  /**
   * Returns the current input type at this point in traversal.
   * @returns The current input type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     reviews(limit: Int): [String]
   *   }
   * `);
   * const document = parse('{ reviews(limit: 5) }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let inputTypeName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Argument: () => {
   *       inputTypeName = String(context.getInputType());
   *     },
   *   }),
   * );
   *
   * inputTypeName; // => 'Int'
   * ```
   */
  getInputType() {
    return this._typeInfo.getInputType();
  }
  /**
   * Returns the parent input type for the current input position.
   * @returns The parent input type, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   input ReviewFilter {
   *     stars: Int
   *   }
   *
   *   type Query {
   *     reviews(filter: ReviewFilter): [String]
   *   }
   * `);
   * const document = parse('{ reviews(filter: { stars: 5 }) }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let parentInputTypeName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     ObjectField: () => {
   *       parentInputTypeName = String(context.getParentInputType());
   *     },
   *   }),
   * );
   *
   * parentInputTypeName; // => 'ReviewFilter'
   * ```
   */
  getParentInputType() {
    return this._typeInfo.getParentInputType();
  }
  /**
   * Returns the current field definition.
   * @returns The current field definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let fieldName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Field: () => {
   *       fieldName = context.getFieldDef()?.name;
   *     },
   *   }),
   * );
   *
   * fieldName; // => 'greeting'
   * ```
   */
  getFieldDef() {
    return this._typeInfo.getFieldDef();
  }
  /**
   * Returns the current directive definition.
   * @returns The current directive definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     greeting: String
   *   }
   * `);
   * const document = parse('{ greeting @include(if: true) }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let directiveName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Directive: () => {
   *       directiveName = context.getDirective()?.name;
   *     },
   *   }),
   * );
   *
   * directiveName; // => 'include'
   * ```
   */
  getDirective() {
    return this._typeInfo.getDirective();
  }
  /**
   * Returns the current argument definition.
   * @returns The current argument definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   type Query {
   *     reviews(limit: Int): [String]
   *   }
   * `);
   * const document = parse('{ reviews(limit: 5) }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let argumentName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     Argument: () => {
   *       argumentName = context.getArgument()?.name;
   *     },
   *   }),
   * );
   *
   * argumentName; // => 'limit'
   * ```
   */
  getArgument() {
    return this._typeInfo.getArgument();
  }
  /**
   * Returns the current enum value definition.
   * @returns The current enum value definition, if known.
   * @example
   * ```ts
   * import { parse, visit } from 'graphql/language';
   * import { buildSchema, TypeInfo, visitWithTypeInfo } from 'graphql/utilities';
   * import { ValidationContext } from 'graphql/validation';
   *
   * const schema = buildSchema(`
   *   enum Sort {
   *     NEWEST
   *     OLDEST
   *   }
   *
   *   type Query {
   *     reviews(sort: Sort): [String]
   *   }
   * `);
   * const document = parse('{ reviews(sort: OLDEST) }');
   * const typeInfo = new TypeInfo(schema);
   * const context = new ValidationContext(schema, document, typeInfo, () => {});
   * let enumValueName;
   *
   * visit(
   *   document,
   *   visitWithTypeInfo(typeInfo, {
   *     EnumValue: () => {
   *       enumValueName = context.getEnumValue()?.name;
   *     },
   *   }),
   * );
   *
   * enumValueName; // => 'OLDEST'
   * ```
   */
  getEnumValue() {
    return this._typeInfo.getEnumValue();
  }
};

// node_modules/graphql/validation/validate.mjs
var QueryDocumentKeysToValidate = mapValue(
  QueryDocumentKeys,
  (keys) => keys.filter((key) => key !== "description")
);
function validate(schema, documentAST, rules = specifiedRules, options, typeInfo = new TypeInfo(schema)) {
  var _options$maxErrors, _options$hideSuggesti;
  let maxErrors = (_options$maxErrors = options?.maxErrors) !== null && _options$maxErrors !== void 0 ? _options$maxErrors : 100, hideSuggestions = (_options$hideSuggesti = options?.hideSuggestions) !== null && _options$hideSuggesti !== void 0 ? _options$hideSuggesti : !1;
  documentAST || devAssert(!1, "Must provide document."), assertValidSchema(schema);
  let abortObj = Object.freeze({}), errors = [], context = new ValidationContext(
    schema,
    documentAST,
    typeInfo,
    (error) => {
      if (errors.length >= maxErrors)
        throw errors.push(
          new GraphQLError(
            "Too many validation errors, error limit reached. Validation aborted."
          )
        ), abortObj;
      errors.push(error);
    },
    hideSuggestions
  ), visitor = visitInParallel(rules.map((rule) => rule(context)));
  try {
    visit(
      documentAST,
      visitWithTypeInfo(typeInfo, visitor),
      QueryDocumentKeysToValidate
    );
  } catch (e) {
    if (e === validationAbortedError)
      errors.push(validationAbortedError);
    else if (e !== abortObj)
      throw e;
  }
  return errors;
}
function validateSDL(documentAST, schemaToExtend, rules = specifiedSDLRules) {
  let errors = [], context = new SDLValidationContext(
    documentAST,
    schemaToExtend,
    (error) => {
      errors.push(error);
    }
  ), visitors = rules.map((rule) => rule(context));
  return visit(documentAST, visitInParallel(visitors)), errors;
}
function assertValidSDL(documentAST) {
  let errors = validateSDL(documentAST);
  if (errors.length !== 0)
    throw new Error(errors.map((error) => error.message).join(`

`));
}
function assertValidSDLExtension(documentAST, schema) {
  let errors = validateSDL(documentAST, schema);
  if (errors.length !== 0)
    throw new Error(errors.map((error) => error.message).join(`

`));
}

// node_modules/graphql/jsutils/memoize3.mjs
function memoize3(fn) {
  let cache0;
  return function(a1, a2, a3) {
    cache0 === void 0 && (cache0 = /* @__PURE__ */ new WeakMap());
    let cache1 = cache0.get(a1);
    cache1 === void 0 && (cache1 = /* @__PURE__ */ new WeakMap(), cache0.set(a1, cache1));
    let cache2 = cache1.get(a2);
    cache2 === void 0 && (cache2 = /* @__PURE__ */ new WeakMap(), cache1.set(a2, cache2));
    let fnResult = cache2.get(a3);
    return fnResult === void 0 && (fnResult = fn(a1, a2, a3), cache2.set(a3, fnResult)), fnResult;
  };
}

// node_modules/graphql/jsutils/promiseForObject.mjs
function promiseForObject(object) {
  return Promise.all(Object.values(object)).then((resolvedValues) => {
    let resolvedObject = /* @__PURE__ */ Object.create(null);
    for (let [i, key] of Object.keys(object).entries())
      resolvedObject[key] = resolvedValues[i];
    return resolvedObject;
  });
}

// node_modules/graphql/jsutils/promiseReduce.mjs
function promiseReduce(values, callbackFn, initialValue) {
  let accumulator = initialValue;
  for (let value of values)
    accumulator = isPromise(accumulator) ? accumulator.then((resolved) => callbackFn(resolved, value)) : callbackFn(accumulator, value);
  return accumulator;
}

// node_modules/graphql/jsutils/toError.mjs
function toError(thrownValue) {
  return thrownValue instanceof Error ? thrownValue : new NonErrorThrown(thrownValue);
}
var NonErrorThrown = class extends Error {
  constructor(thrownValue) {
    super("Unexpected error value: " + inspect(thrownValue)), this.name = "NonErrorThrown", this.thrownValue = thrownValue;
  }
};

// node_modules/graphql/error/locatedError.mjs
function locatedError(rawOriginalError, nodes, path) {
  var _nodes;
  let originalError = toError(rawOriginalError);
  return isLocatedGraphQLError(originalError) ? originalError : new GraphQLError(originalError.message, {
    nodes: (_nodes = originalError.nodes) !== null && _nodes !== void 0 ? _nodes : nodes,
    source: originalError.source,
    positions: originalError.positions,
    path,
    originalError
  });
}
function isLocatedGraphQLError(error) {
  return Array.isArray(error.path);
}

// node_modules/graphql/execution/execute.mjs
var collectSubfields2 = memoize3(
  (exeContext, returnType, fieldNodes) => collectSubfields(
    exeContext.schema,
    exeContext.fragments,
    exeContext.variableValues,
    returnType,
    fieldNodes
  )
), CollectedErrors = class {
  constructor() {
    this._errorPositions = /* @__PURE__ */ new Set(), this._errors = [];
  }
  get errors() {
    return this._errors;
  }
  add(error, path) {
    this._hasNulledPosition(path) || (this._errorPositions.add(path), this._errors.push(error));
  }
  _hasNulledPosition(startPath) {
    let path = startPath;
    for (; path !== void 0; ) {
      if (this._errorPositions.has(path))
        return !0;
      path = path.prev;
    }
    return this._errorPositions.has(void 0);
  }
};
function execute(args) {
  arguments.length < 2 || devAssert(
    !1,
    "graphql@16 dropped long-deprecated support for positional arguments, please pass an object instead."
  );
  let { schema, document, variableValues, rootValue } = args;
  assertValidExecutionArguments(schema, document, variableValues);
  let exeContext = buildExecutionContext(args);
  if (!("schema" in exeContext))
    return {
      errors: exeContext
    };
  try {
    let { operation } = exeContext, result = executeOperation(exeContext, operation, rootValue);
    return isPromise(result) ? result.then(
      (data) => buildResponse(data, exeContext.collectedErrors.errors),
      (error) => (exeContext.collectedErrors.add(error, void 0), buildResponse(null, exeContext.collectedErrors.errors))
    ) : buildResponse(result, exeContext.collectedErrors.errors);
  } catch (error) {
    return exeContext.collectedErrors.add(error, void 0), buildResponse(null, exeContext.collectedErrors.errors);
  }
}
function executeSync(args) {
  let result = execute(args);
  if (isPromise(result))
    throw new Error("GraphQL execution failed to complete synchronously.");
  return result;
}
function buildResponse(data, errors) {
  return errors.length === 0 ? {
    data
  } : {
    errors,
    data
  };
}
function assertValidExecutionArguments(schema, document, rawVariableValues) {
  document || devAssert(!1, "Must provide document."), assertValidSchema(schema), rawVariableValues == null || isObjectLike(rawVariableValues) || devAssert(
    !1,
    "Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided."
  );
}
function buildExecutionContext(args) {
  var _definition$name, _operation$variableDe, _options$maxCoercionE, _args$hideSuggestions;
  let {
    schema,
    document,
    rootValue,
    contextValue,
    variableValues: rawVariableValues,
    operationName,
    fieldResolver,
    typeResolver,
    subscribeFieldResolver,
    options
  } = args, operation, fragments = /* @__PURE__ */ Object.create(null);
  for (let definition of document.definitions)
    switch (definition.kind) {
      case Kind.OPERATION_DEFINITION:
        if (operationName == null) {
          if (operation !== void 0)
            return [
              new GraphQLError(
                "Must provide operation name if query contains multiple operations."
              )
            ];
          operation = definition;
        } else ((_definition$name = definition.name) === null || _definition$name === void 0 ? void 0 : _definition$name.value) === operationName && (operation = definition);
        break;
      case Kind.FRAGMENT_DEFINITION:
        fragments[definition.name.value] = definition;
        break;
      default:
    }
  if (!operation)
    return operationName != null ? [new GraphQLError(`Unknown operation named "${operationName}".`)] : [new GraphQLError("Must provide an operation.")];
  let variableDefinitions = (_operation$variableDe = operation.variableDefinitions) !== null && _operation$variableDe !== void 0 ? _operation$variableDe : [], coercedVariableValues = getVariableValues(
    schema,
    variableDefinitions,
    rawVariableValues ?? {},
    {
      maxErrors: (_options$maxCoercionE = options?.maxCoercionErrors) !== null && _options$maxCoercionE !== void 0 ? _options$maxCoercionE : 50,
      hideSuggestions: (_args$hideSuggestions = args.hideSuggestions) !== null && _args$hideSuggestions !== void 0 ? _args$hideSuggestions : !1
    }
  );
  return coercedVariableValues.errors ? coercedVariableValues.errors : {
    schema,
    fragments,
    rootValue,
    contextValue,
    operation,
    variableValues: coercedVariableValues.coerced,
    fieldResolver: fieldResolver ?? defaultFieldResolver,
    typeResolver: typeResolver ?? defaultTypeResolver,
    subscribeFieldResolver: subscribeFieldResolver ?? defaultFieldResolver,
    collectedErrors: new CollectedErrors()
  };
}
function executeOperation(exeContext, operation, rootValue) {
  let rootType = exeContext.schema.getRootType(operation.operation);
  if (rootType == null)
    throw new GraphQLError(
      `Schema is not configured to execute ${operation.operation} operation.`,
      {
        nodes: operation
      }
    );
  let rootFields = collectFields2(
    exeContext.schema,
    exeContext.fragments,
    exeContext.variableValues,
    rootType,
    operation.selectionSet
  ), path = void 0;
  switch (operation.operation) {
    case OperationTypeNode.QUERY:
      return executeFields(exeContext, rootType, rootValue, path, rootFields);
    case OperationTypeNode.MUTATION:
      return executeFieldsSerially(
        exeContext,
        rootType,
        rootValue,
        path,
        rootFields
      );
    case OperationTypeNode.SUBSCRIPTION:
      return executeFields(exeContext, rootType, rootValue, path, rootFields);
  }
}
function executeFieldsSerially(exeContext, parentType, sourceValue, path, fields) {
  return promiseReduce(
    fields.entries(),
    (results, [responseName, fieldNodes]) => {
      let fieldPath = addPath(path, responseName, parentType.name), result = executeField(
        exeContext,
        parentType,
        sourceValue,
        fieldNodes,
        fieldPath
      );
      return result === void 0 ? results : isPromise(result) ? result.then((resolvedResult) => (results[responseName] = resolvedResult, results)) : (results[responseName] = result, results);
    },
    /* @__PURE__ */ Object.create(null)
  );
}
function executeFields(exeContext, parentType, sourceValue, path, fields) {
  let results = /* @__PURE__ */ Object.create(null), containsPromise = !1;
  try {
    for (let [responseName, fieldNodes] of fields.entries()) {
      let fieldPath = addPath(path, responseName, parentType.name), result = executeField(
        exeContext,
        parentType,
        sourceValue,
        fieldNodes,
        fieldPath
      );
      result !== void 0 && (results[responseName] = result, isPromise(result) && (containsPromise = !0));
    }
  } catch (error) {
    if (containsPromise)
      return promiseForObject(results).finally(() => {
        throw error;
      });
    throw error;
  }
  return containsPromise ? promiseForObject(results) : results;
}
function executeField(exeContext, parentType, source, fieldNodes, path) {
  var _fieldDef$resolve;
  let fieldDef = getFieldDef2(exeContext.schema, parentType, fieldNodes[0]);
  if (!fieldDef)
    return;
  let returnType = fieldDef.type, resolveFn = (_fieldDef$resolve = fieldDef.resolve) !== null && _fieldDef$resolve !== void 0 ? _fieldDef$resolve : exeContext.fieldResolver, info = buildResolveInfo(
    exeContext,
    fieldDef,
    fieldNodes,
    parentType,
    path
  );
  try {
    let args = getArgumentValues(
      fieldDef,
      fieldNodes[0],
      exeContext.variableValues
    ), contextValue = exeContext.contextValue, result = resolveFn(source, args, contextValue, info), completed;
    return isPromise(result) ? completed = result.then(
      (resolved) => completeValue(exeContext, returnType, fieldNodes, info, path, resolved)
    ) : completed = completeValue(
      exeContext,
      returnType,
      fieldNodes,
      info,
      path,
      result
    ), isPromise(completed) ? completed.then(void 0, (rawError) => {
      let error = locatedError(rawError, fieldNodes, pathToArray(path));
      return handleFieldError(error, returnType, path, exeContext);
    }) : completed;
  } catch (rawError) {
    let error = locatedError(rawError, fieldNodes, pathToArray(path));
    return handleFieldError(error, returnType, path, exeContext);
  }
}
function buildResolveInfo(exeContext, fieldDef, fieldNodes, parentType, path) {
  return {
    fieldName: fieldDef.name,
    fieldNodes,
    returnType: fieldDef.type,
    parentType,
    path,
    schema: exeContext.schema,
    fragments: exeContext.fragments,
    rootValue: exeContext.rootValue,
    operation: exeContext.operation,
    variableValues: exeContext.variableValues
  };
}
function handleFieldError(error, returnType, path, exeContext) {
  if (isNonNullType(returnType))
    throw error;
  return exeContext.collectedErrors.add(error, path), null;
}
function completeValue(exeContext, returnType, fieldNodes, info, path, result) {
  if (result instanceof Error)
    throw result;
  if (isNonNullType(returnType)) {
    let completed = completeValue(
      exeContext,
      returnType.ofType,
      fieldNodes,
      info,
      path,
      result
    );
    if (completed === null)
      throw new Error(
        `Cannot return null for non-nullable field ${info.parentType.name}.${info.fieldName}.`
      );
    return completed;
  }
  if (result == null)
    return null;
  if (isListType(returnType))
    return completeListValue(
      exeContext,
      returnType,
      fieldNodes,
      info,
      path,
      result
    );
  if (isLeafType(returnType))
    return completeLeafValue(returnType, result);
  if (isAbstractType(returnType))
    return completeAbstractValue(
      exeContext,
      returnType,
      fieldNodes,
      info,
      path,
      result
    );
  if (isObjectType(returnType))
    return completeObjectValue(
      exeContext,
      returnType,
      fieldNodes,
      info,
      path,
      result
    );
  invariant(
    !1,
    "Cannot complete value of unexpected output type: " + inspect(returnType)
  );
}
function completeListValue(exeContext, returnType, fieldNodes, info, path, result) {
  if (!isIterableObject(result))
    throw new GraphQLError(
      `Expected Iterable, but did not find one for field "${info.parentType.name}.${info.fieldName}".`
    );
  let itemType = returnType.ofType, containsPromise = !1, completedResults = Array.from(result, (item, index) => {
    let itemPath = addPath(path, index, void 0);
    try {
      let completedItem;
      return isPromise(item) ? completedItem = item.then(
        (resolved) => completeValue(
          exeContext,
          itemType,
          fieldNodes,
          info,
          itemPath,
          resolved
        )
      ) : completedItem = completeValue(
        exeContext,
        itemType,
        fieldNodes,
        info,
        itemPath,
        item
      ), isPromise(completedItem) ? (containsPromise = !0, completedItem.then(void 0, (rawError) => {
        let error = locatedError(
          rawError,
          fieldNodes,
          pathToArray(itemPath)
        );
        return handleFieldError(error, itemType, itemPath, exeContext);
      })) : completedItem;
    } catch (rawError) {
      let error = locatedError(rawError, fieldNodes, pathToArray(itemPath));
      return handleFieldError(error, itemType, itemPath, exeContext);
    }
  });
  return containsPromise ? Promise.all(completedResults) : completedResults;
}
function completeLeafValue(returnType, result) {
  let serializedResult = returnType.serialize(result);
  if (serializedResult == null)
    throw new Error(
      `Expected \`${inspect(returnType)}.serialize(${inspect(result)})\` to return non-nullable value, returned: ${inspect(serializedResult)}`
    );
  return serializedResult;
}
function completeAbstractValue(exeContext, returnType, fieldNodes, info, path, result) {
  var _returnType$resolveTy;
  let resolveTypeFn = (_returnType$resolveTy = returnType.resolveType) !== null && _returnType$resolveTy !== void 0 ? _returnType$resolveTy : exeContext.typeResolver, contextValue = exeContext.contextValue, runtimeType = resolveTypeFn(result, contextValue, info, returnType);
  return isPromise(runtimeType) ? runtimeType.then(
    (resolvedRuntimeType) => completeObjectValue(
      exeContext,
      ensureValidRuntimeType(
        resolvedRuntimeType,
        exeContext,
        returnType,
        fieldNodes,
        info,
        result
      ),
      fieldNodes,
      info,
      path,
      result
    )
  ) : completeObjectValue(
    exeContext,
    ensureValidRuntimeType(
      runtimeType,
      exeContext,
      returnType,
      fieldNodes,
      info,
      result
    ),
    fieldNodes,
    info,
    path,
    result
  );
}
function ensureValidRuntimeType(runtimeTypeName, exeContext, returnType, fieldNodes, info, result) {
  if (runtimeTypeName == null)
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${info.parentType.name}.${info.fieldName}". Either the "${returnType.name}" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.`,
      fieldNodes
    );
  if (isObjectType(runtimeTypeName))
    throw new GraphQLError(
      "Support for returning GraphQLObjectType from resolveType was removed in graphql-js@16.0.0 please return type name instead."
    );
  if (typeof runtimeTypeName != "string")
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${info.parentType.name}.${info.fieldName}" with value ${inspect(result)}, received "${inspect(runtimeTypeName)}".`
    );
  let runtimeType = exeContext.schema.getType(runtimeTypeName);
  if (runtimeType == null)
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a type "${runtimeTypeName}" that does not exist inside the schema.`,
      {
        nodes: fieldNodes
      }
    );
  if (!isObjectType(runtimeType))
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a non-object type "${runtimeTypeName}".`,
      {
        nodes: fieldNodes
      }
    );
  if (!exeContext.schema.isSubType(returnType, runtimeType))
    throw new GraphQLError(
      `Runtime Object type "${runtimeType.name}" is not a possible type for "${returnType.name}".`,
      {
        nodes: fieldNodes
      }
    );
  return runtimeType;
}
function completeObjectValue(exeContext, returnType, fieldNodes, info, path, result) {
  let subFieldNodes = collectSubfields2(exeContext, returnType, fieldNodes);
  if (returnType.isTypeOf) {
    let isTypeOf = returnType.isTypeOf(result, exeContext.contextValue, info);
    if (isPromise(isTypeOf))
      return isTypeOf.then((resolvedIsTypeOf) => {
        if (!resolvedIsTypeOf)
          throw invalidReturnTypeError(returnType, result, fieldNodes);
        return executeFields(
          exeContext,
          returnType,
          result,
          path,
          subFieldNodes
        );
      });
    if (!isTypeOf)
      throw invalidReturnTypeError(returnType, result, fieldNodes);
  }
  return executeFields(exeContext, returnType, result, path, subFieldNodes);
}
function invalidReturnTypeError(returnType, result, fieldNodes) {
  return new GraphQLError(
    `Expected value of type "${returnType.name}" but got: ${inspect(result)}.`,
    {
      nodes: fieldNodes
    }
  );
}
var defaultTypeResolver = function(value, contextValue, info, abstractType) {
  if (isObjectLike(value) && typeof value.__typename == "string")
    return value.__typename;
  let possibleTypes = info.schema.getPossibleTypes(abstractType), promisedIsTypeOfResults = [];
  try {
    for (let i = 0; i < possibleTypes.length; i++) {
      let type = possibleTypes[i];
      if (type.isTypeOf) {
        let isTypeOfResult = type.isTypeOf(value, contextValue, info);
        if (isPromise(isTypeOfResult))
          promisedIsTypeOfResults[i] = isTypeOfResult;
        else if (isTypeOfResult)
          return promisedIsTypeOfResults.length && Promise.allSettled(promisedIsTypeOfResults).catch(() => {
          }), type.name;
      }
    }
  } catch (error) {
    if (promisedIsTypeOfResults.length)
      return Promise.allSettled(promisedIsTypeOfResults).then(() => {
        throw error;
      });
    throw error;
  }
  if (promisedIsTypeOfResults.length)
    return Promise.all(promisedIsTypeOfResults).then((isTypeOfResults) => {
      for (let i = 0; i < isTypeOfResults.length; i++)
        if (isTypeOfResults[i])
          return possibleTypes[i].name;
    });
}, defaultFieldResolver = function(source, args, contextValue, info) {
  if (isObjectLike(source) || typeof source == "function") {
    let property = source[info.fieldName];
    return typeof property == "function" ? source[info.fieldName](args, contextValue, info) : property;
  }
};
function getFieldDef2(schema, parentType, fieldNode) {
  let fieldName = fieldNode.name.value;
  return fieldName === SchemaMetaFieldDef.name && schema.getQueryType() === parentType ? SchemaMetaFieldDef : fieldName === TypeMetaFieldDef.name && schema.getQueryType() === parentType ? TypeMetaFieldDef : fieldName === TypeNameMetaFieldDef.name ? TypeNameMetaFieldDef : parentType.getFields()[fieldName];
}

// node_modules/graphql/graphql.mjs
function graphql(args) {
  return new Promise((resolve) => resolve(graphqlImpl(args)));
}
function graphqlSync(args) {
  let result = graphqlImpl(args);
  if (isPromise(result))
    throw new Error("GraphQL execution failed to complete synchronously.");
  return result;
}
function graphqlImpl(args) {
  arguments.length < 2 || devAssert(
    !1,
    "graphql@16 dropped long-deprecated support for positional arguments, please pass an object instead."
  );
  let {
    schema,
    source,
    rootValue,
    contextValue,
    variableValues,
    operationName,
    fieldResolver,
    typeResolver,
    hideSuggestions
  } = args, schemaValidationErrors = validateSchema(schema);
  if (schemaValidationErrors.length > 0)
    return {
      errors: schemaValidationErrors
    };
  let document;
  try {
    document = parse(source);
  } catch (syntaxError2) {
    return {
      errors: [syntaxError2]
    };
  }
  let validationErrors = validate(schema, document, void 0, {
    hideSuggestions
  });
  return validationErrors.length > 0 ? {
    errors: validationErrors
  } : execute({
    schema,
    document,
    rootValue,
    contextValue,
    variableValues,
    operationName,
    fieldResolver,
    typeResolver,
    hideSuggestions
  });
}

// node_modules/graphql/jsutils/isAsyncIterable.mjs
function isAsyncIterable(maybeAsyncIterable) {
  return typeof maybeAsyncIterable?.[Symbol.asyncIterator] == "function";
}

// node_modules/graphql/execution/mapAsyncIterator.mjs
function mapAsyncIterator(iterable, callback) {
  let iterator = iterable[Symbol.asyncIterator]();
  async function mapResult(result) {
    if (result.done)
      return result;
    try {
      return {
        value: await callback(result.value),
        done: !1
      };
    } catch (error) {
      throw await returnIgnoringErrors(), error;
    }
  }
  async function returnIgnoringErrors() {
    if (typeof iterator.return == "function")
      try {
        await iterator.return();
      } catch {
      }
  }
  return {
    async next() {
      return mapResult(await iterator.next());
    },
    async return() {
      return typeof iterator.return == "function" ? mapResult(await iterator.return()) : {
        value: void 0,
        done: !0
      };
    },
    async throw(error) {
      if (typeof iterator.throw == "function")
        return mapResult(await iterator.throw(error));
      throw await returnIgnoringErrors(), error;
    },
    [Symbol.asyncIterator]() {
      return this;
    }
  };
}

// node_modules/graphql/execution/subscribe.mjs
async function subscribe(args) {
  arguments.length < 2 || devAssert(
    !1,
    "graphql@16 dropped long-deprecated support for positional arguments, please pass an object instead."
  );
  let resultOrStream = await createSourceEventStream(args);
  return isAsyncIterable(resultOrStream) ? mapAsyncIterator(resultOrStream, (payload) => execute({ ...args, rootValue: payload })) : resultOrStream;
}
function toNormalizedArgs(args) {
  let firstArg = args[0];
  return firstArg && "document" in firstArg ? firstArg : {
    schema: firstArg,
    // FIXME: when underlying TS bug fixed, see https://github.com/microsoft/TypeScript/issues/31613
    document: args[1],
    rootValue: args[2],
    contextValue: args[3],
    variableValues: args[4],
    operationName: args[5],
    subscribeFieldResolver: args[6]
  };
}
async function createSourceEventStream(...rawArgs) {
  let args = toNormalizedArgs(rawArgs), { schema, document, variableValues } = args;
  assertValidExecutionArguments(schema, document, variableValues);
  let exeContext = buildExecutionContext(args);
  if (!("schema" in exeContext))
    return {
      errors: exeContext
    };
  try {
    let eventStream = await executeSubscription(exeContext);
    if (!isAsyncIterable(eventStream))
      throw new Error(
        `Subscription field must return Async Iterable. Received: ${inspect(eventStream)}.`
      );
    return eventStream;
  } catch (error) {
    if (error instanceof GraphQLError)
      return {
        errors: [error]
      };
    throw error;
  }
}
async function executeSubscription(exeContext) {
  let { schema, fragments, operation, variableValues, rootValue } = exeContext, rootType = schema.getSubscriptionType();
  if (rootType == null)
    throw new GraphQLError(
      "Schema is not configured to execute subscription operation.",
      {
        nodes: operation
      }
    );
  let rootFields = collectFields2(
    schema,
    fragments,
    variableValues,
    rootType,
    operation.selectionSet
  ), [responseName, fieldNodes] = [...rootFields.entries()][0], fieldDef = getFieldDef2(schema, rootType, fieldNodes[0]);
  if (!fieldDef) {
    let fieldName = fieldNodes[0].name.value;
    throw new GraphQLError(
      `The subscription field "${fieldName}" is not defined.`,
      {
        nodes: fieldNodes
      }
    );
  }
  let path = addPath(void 0, responseName, rootType.name), info = buildResolveInfo(
    exeContext,
    fieldDef,
    fieldNodes,
    rootType,
    path
  );
  try {
    var _fieldDef$subscribe;
    let args = getArgumentValues(fieldDef, fieldNodes[0], variableValues), contextValue = exeContext.contextValue, eventStream = await ((_fieldDef$subscribe = fieldDef.subscribe) !== null && _fieldDef$subscribe !== void 0 ? _fieldDef$subscribe : exeContext.subscribeFieldResolver)(rootValue, args, contextValue, info);
    if (eventStream instanceof Error)
      throw eventStream;
    return eventStream;
  } catch (error) {
    throw locatedError(error, fieldNodes, pathToArray(path));
  }
}

// node_modules/graphql/validation/rules/custom/NoDeprecatedCustomRule.mjs
function NoDeprecatedCustomRule(context) {
  return {
    Field(node) {
      let fieldDef = context.getFieldDef(), deprecationReason = fieldDef?.deprecationReason;
      if (fieldDef && deprecationReason != null) {
        let parentType = context.getParentType();
        parentType != null || invariant(!1), context.reportError(
          new GraphQLError(
            `The field ${parentType.name}.${fieldDef.name} is deprecated. ${deprecationReason}`,
            {
              nodes: node
            }
          )
        );
      }
    },
    Argument(node) {
      let argDef = context.getArgument(), deprecationReason = argDef?.deprecationReason;
      if (argDef && deprecationReason != null) {
        let directiveDef = context.getDirective();
        if (directiveDef != null)
          context.reportError(
            new GraphQLError(
              `Directive "@${directiveDef.name}" argument "${argDef.name}" is deprecated. ${deprecationReason}`,
              {
                nodes: node
              }
            )
          );
        else {
          let parentType = context.getParentType(), fieldDef = context.getFieldDef();
          parentType != null && fieldDef != null || invariant(!1), context.reportError(
            new GraphQLError(
              `Field "${parentType.name}.${fieldDef.name}" argument "${argDef.name}" is deprecated. ${deprecationReason}`,
              {
                nodes: node
              }
            )
          );
        }
      }
    },
    ObjectField(node) {
      let inputObjectDef = getNamedType(context.getParentInputType());
      if (isInputObjectType(inputObjectDef)) {
        let inputFieldDef = inputObjectDef.getFields()[node.name.value], deprecationReason = inputFieldDef?.deprecationReason;
        deprecationReason != null && context.reportError(
          new GraphQLError(
            `The input field ${inputObjectDef.name}.${inputFieldDef.name} is deprecated. ${deprecationReason}`,
            {
              nodes: node
            }
          )
        );
      }
    },
    EnumValue(node) {
      let enumValueDef = context.getEnumValue(), deprecationReason = enumValueDef?.deprecationReason;
      if (enumValueDef && deprecationReason != null) {
        let enumTypeDef = getNamedType(context.getInputType());
        enumTypeDef != null || invariant(!1), context.reportError(
          new GraphQLError(
            `The enum value "${enumTypeDef.name}.${enumValueDef.name}" is deprecated. ${deprecationReason}`,
            {
              nodes: node
            }
          )
        );
      }
    }
  };
}

// node_modules/graphql/validation/rules/custom/NoSchemaIntrospectionCustomRule.mjs
function NoSchemaIntrospectionCustomRule(context) {
  return {
    Field(node) {
      let type = getNamedType(context.getType());
      type && isIntrospectionType(type) && context.reportError(
        new GraphQLError(
          `GraphQL introspection has been disabled, but the requested query contained the field "${node.name.value}".`,
          {
            nodes: node
          }
        )
      );
    }
  };
}

// node_modules/graphql/utilities/getIntrospectionQuery.mjs
function getIntrospectionQuery(options) {
  let optionsWithDefault = {
    descriptions: !0,
    specifiedByUrl: !1,
    directiveIsRepeatable: !1,
    schemaDescription: !1,
    inputValueDeprecation: !1,
    experimentalDirectiveDeprecation: !1,
    oneOf: !1,
    typeDepth: 9,
    ...options
  }, descriptions = optionsWithDefault.descriptions ? "description" : "", specifiedByUrl = optionsWithDefault.specifiedByUrl ? "specifiedByURL" : "", directiveIsRepeatable = optionsWithDefault.directiveIsRepeatable ? "isRepeatable" : "", schemaDescription = optionsWithDefault.schemaDescription ? descriptions : "";
  function inputDeprecation(str) {
    return optionsWithDefault.inputValueDeprecation ? str : "";
  }
  function experimentalDirectiveDeprecation(str) {
    return optionsWithDefault.experimentalDirectiveDeprecation ? str : "";
  }
  let oneOf = optionsWithDefault.oneOf ? "isOneOf" : "";
  function ofType(level, indent) {
    if (level <= 0)
      return "";
    if (level > 100)
      throw new Error(
        "Please set typeDepth to a reasonable value between 0 and 100; the default is 9."
      );
    return `
${indent}ofType {
${indent}  name
${indent}  kind${ofType(level - 1, indent + "  ")}
${indent}}`;
  }
  return `
    query IntrospectionQuery {
      __schema {
        ${schemaDescription}
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives${experimentalDirectiveDeprecation(
    "(includeDeprecated: true)"
  )} {
          name
          ${descriptions}
          ${directiveIsRepeatable}
          ${experimentalDirectiveDeprecation("isDeprecated")}
          ${experimentalDirectiveDeprecation("deprecationReason")}
          locations
          args${inputDeprecation("(includeDeprecated: true)")} {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      ${descriptions}
      ${specifiedByUrl}
      ${oneOf}
      fields(includeDeprecated: true) {
        name
        ${descriptions}
        args${inputDeprecation("(includeDeprecated: true)")} {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields${inputDeprecation("(includeDeprecated: true)")} {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        ${descriptions}
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      ${descriptions}
      type { ...TypeRef }
      defaultValue
      ${inputDeprecation("isDeprecated")}
      ${inputDeprecation("deprecationReason")}
    }

    fragment TypeRef on __Type {
      kind
      name${ofType(optionsWithDefault.typeDepth, "      ")}
    }
  `;
}

// node_modules/graphql/utilities/getOperationAST.mjs
function getOperationAST(documentAST, operationName) {
  let operation = null;
  for (let definition of documentAST.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      var _definition$name;
      if (operationName == null) {
        if (operation)
          return null;
        operation = definition;
      } else if (((_definition$name = definition.name) === null || _definition$name === void 0 ? void 0 : _definition$name.value) === operationName)
        return definition;
    }
  return operation;
}

// node_modules/graphql/utilities/getOperationRootType.mjs
function getOperationRootType(schema, operation) {
  if (operation.operation === "query") {
    let queryType = schema.getQueryType();
    if (!queryType)
      throw new GraphQLError(
        "Schema does not define the required query root type.",
        {
          nodes: operation
        }
      );
    return queryType;
  }
  if (operation.operation === "mutation") {
    let mutationType = schema.getMutationType();
    if (!mutationType)
      throw new GraphQLError("Schema is not configured for mutations.", {
        nodes: operation
      });
    return mutationType;
  }
  if (operation.operation === "subscription") {
    let subscriptionType = schema.getSubscriptionType();
    if (!subscriptionType)
      throw new GraphQLError("Schema is not configured for subscriptions.", {
        nodes: operation
      });
    return subscriptionType;
  }
  throw new GraphQLError(
    "Can only have query, mutation and subscription operations.",
    {
      nodes: operation
    }
  );
}

// node_modules/graphql/utilities/introspectionFromSchema.mjs
function introspectionFromSchema(schema, options) {
  let optionsWithDefaults = {
    specifiedByUrl: !0,
    directiveIsRepeatable: !0,
    schemaDescription: !0,
    inputValueDeprecation: !0,
    experimentalDirectiveDeprecation: !0,
    oneOf: !0,
    ...options
  }, document = parse(getIntrospectionQuery(optionsWithDefaults)), result = executeSync({
    schema,
    document
  });
  return !result.errors && result.data || invariant(!1), result.data;
}

// node_modules/graphql/utilities/buildClientSchema.mjs
function buildClientSchema(introspection, options) {
  isObjectLike(introspection) && isObjectLike(introspection.__schema) || devAssert(
    !1,
    `Invalid or incomplete introspection result. Ensure that you are passing "data" property of introspection response and no "errors" was returned alongside: ${inspect(
      introspection
    )}.`
  );
  let schemaIntrospection = introspection.__schema, typeMap = keyValMap(
    schemaIntrospection.types,
    (typeIntrospection) => typeIntrospection.name,
    (typeIntrospection) => buildType(typeIntrospection)
  );
  for (let stdType of [...specifiedScalarTypes, ...introspectionTypes])
    typeMap[stdType.name] && (typeMap[stdType.name] = stdType);
  let queryType = schemaIntrospection.queryType ? getObjectType(schemaIntrospection.queryType) : null, mutationType = schemaIntrospection.mutationType ? getObjectType(schemaIntrospection.mutationType) : null, subscriptionType = schemaIntrospection.subscriptionType ? getObjectType(schemaIntrospection.subscriptionType) : null, directives = schemaIntrospection.directives ? schemaIntrospection.directives.map(buildDirective) : [];
  return new GraphQLSchema({
    description: schemaIntrospection.description,
    query: queryType,
    mutation: mutationType,
    subscription: subscriptionType,
    types: Object.values(typeMap),
    directives,
    assumeValid: options?.assumeValid
  });
  function getType(typeRef) {
    if (typeRef.kind === TypeKind.LIST) {
      let itemRef = typeRef.ofType;
      if (!itemRef)
        throw new Error("Decorated type deeper than introspection query.");
      return new GraphQLList(getType(itemRef));
    }
    if (typeRef.kind === TypeKind.NON_NULL) {
      let nullableRef = typeRef.ofType;
      if (!nullableRef)
        throw new Error("Decorated type deeper than introspection query.");
      let nullableType = getType(nullableRef);
      return new GraphQLNonNull(assertNullableType(nullableType));
    }
    return getNamedType2(typeRef);
  }
  function getNamedType2(typeRef) {
    let typeName = typeRef.name;
    if (!typeName)
      throw new Error(`Unknown type reference: ${inspect(typeRef)}.`);
    let type = typeMap[typeName];
    if (!type)
      throw new Error(
        `Invalid or incomplete schema, unknown type: ${typeName}. Ensure that a full introspection query is used in order to build a client schema.`
      );
    return type;
  }
  function getObjectType(typeRef) {
    return assertObjectType(getNamedType2(typeRef));
  }
  function getInterfaceType(typeRef) {
    return assertInterfaceType(getNamedType2(typeRef));
  }
  function buildType(type) {
    if (type != null && type.name != null && type.kind != null)
      switch (type.kind) {
        case TypeKind.SCALAR:
          return buildScalarDef(type);
        case TypeKind.OBJECT:
          return buildObjectDef(type);
        case TypeKind.INTERFACE:
          return buildInterfaceDef(type);
        case TypeKind.UNION:
          return buildUnionDef(type);
        case TypeKind.ENUM:
          return buildEnumDef(type);
        case TypeKind.INPUT_OBJECT:
          return buildInputObjectDef(type);
      }
    let typeStr = inspect(type);
    throw new Error(
      `Invalid or incomplete introspection result. Ensure that a full introspection query is used in order to build a client schema: ${typeStr}.`
    );
  }
  function buildScalarDef(scalarIntrospection) {
    return new GraphQLScalarType({
      name: scalarIntrospection.name,
      description: scalarIntrospection.description,
      specifiedByURL: scalarIntrospection.specifiedByURL
    });
  }
  function buildImplementationsList(implementingIntrospection) {
    if (implementingIntrospection.interfaces === null && implementingIntrospection.kind === TypeKind.INTERFACE)
      return [];
    if (!implementingIntrospection.interfaces) {
      let implementingIntrospectionStr = inspect(implementingIntrospection);
      throw new Error(
        `Introspection result missing interfaces: ${implementingIntrospectionStr}.`
      );
    }
    return implementingIntrospection.interfaces.map(getInterfaceType);
  }
  function buildObjectDef(objectIntrospection) {
    return new GraphQLObjectType({
      name: objectIntrospection.name,
      description: objectIntrospection.description,
      interfaces: () => buildImplementationsList(objectIntrospection),
      fields: () => buildFieldDefMap(objectIntrospection)
    });
  }
  function buildInterfaceDef(interfaceIntrospection) {
    return new GraphQLInterfaceType({
      name: interfaceIntrospection.name,
      description: interfaceIntrospection.description,
      interfaces: () => buildImplementationsList(interfaceIntrospection),
      fields: () => buildFieldDefMap(interfaceIntrospection)
    });
  }
  function buildUnionDef(unionIntrospection) {
    if (!unionIntrospection.possibleTypes) {
      let unionIntrospectionStr = inspect(unionIntrospection);
      throw new Error(
        `Introspection result missing possibleTypes: ${unionIntrospectionStr}.`
      );
    }
    return new GraphQLUnionType({
      name: unionIntrospection.name,
      description: unionIntrospection.description,
      types: () => unionIntrospection.possibleTypes.map(getObjectType)
    });
  }
  function buildEnumDef(enumIntrospection) {
    if (!enumIntrospection.enumValues) {
      let enumIntrospectionStr = inspect(enumIntrospection);
      throw new Error(
        `Introspection result missing enumValues: ${enumIntrospectionStr}.`
      );
    }
    return new GraphQLEnumType({
      name: enumIntrospection.name,
      description: enumIntrospection.description,
      values: keyValMap(
        enumIntrospection.enumValues,
        (valueIntrospection) => valueIntrospection.name,
        (valueIntrospection) => ({
          description: valueIntrospection.description,
          deprecationReason: valueIntrospection.deprecationReason
        })
      )
    });
  }
  function buildInputObjectDef(inputObjectIntrospection) {
    if (!inputObjectIntrospection.inputFields) {
      let inputObjectIntrospectionStr = inspect(inputObjectIntrospection);
      throw new Error(
        `Introspection result missing inputFields: ${inputObjectIntrospectionStr}.`
      );
    }
    return new GraphQLInputObjectType({
      name: inputObjectIntrospection.name,
      description: inputObjectIntrospection.description,
      fields: () => buildInputValueDefMap(inputObjectIntrospection.inputFields),
      isOneOf: inputObjectIntrospection.isOneOf
    });
  }
  function buildFieldDefMap(typeIntrospection) {
    if (!typeIntrospection.fields)
      throw new Error(
        `Introspection result missing fields: ${inspect(typeIntrospection)}.`
      );
    return keyValMap(
      typeIntrospection.fields,
      (fieldIntrospection) => fieldIntrospection.name,
      buildField
    );
  }
  function buildField(fieldIntrospection) {
    let type = getType(fieldIntrospection.type);
    if (!isOutputType(type)) {
      let typeStr = inspect(type);
      throw new Error(
        `Introspection must provide output type for fields, but received: ${typeStr}.`
      );
    }
    if (!fieldIntrospection.args) {
      let fieldIntrospectionStr = inspect(fieldIntrospection);
      throw new Error(
        `Introspection result missing field args: ${fieldIntrospectionStr}.`
      );
    }
    return {
      description: fieldIntrospection.description,
      deprecationReason: fieldIntrospection.deprecationReason,
      type,
      args: buildInputValueDefMap(fieldIntrospection.args)
    };
  }
  function buildInputValueDefMap(inputValueIntrospections) {
    return keyValMap(
      inputValueIntrospections,
      (inputValue) => inputValue.name,
      buildInputValue
    );
  }
  function buildInputValue(inputValueIntrospection) {
    let type = getType(inputValueIntrospection.type);
    if (!isInputType(type)) {
      let typeStr = inspect(type);
      throw new Error(
        `Introspection must provide input type for arguments, but received: ${typeStr}.`
      );
    }
    let defaultValue = inputValueIntrospection.defaultValue != null ? valueFromAST(parseValue(inputValueIntrospection.defaultValue), type) : void 0;
    return {
      description: inputValueIntrospection.description,
      type,
      defaultValue,
      deprecationReason: inputValueIntrospection.deprecationReason
    };
  }
  function buildDirective(directiveIntrospection) {
    if (!directiveIntrospection.args) {
      let directiveIntrospectionStr = inspect(directiveIntrospection);
      throw new Error(
        `Introspection result missing directive args: ${directiveIntrospectionStr}.`
      );
    }
    if (!directiveIntrospection.locations) {
      let directiveIntrospectionStr = inspect(directiveIntrospection);
      throw new Error(
        `Introspection result missing directive locations: ${directiveIntrospectionStr}.`
      );
    }
    return new GraphQLDirective({
      name: directiveIntrospection.name,
      description: directiveIntrospection.description,
      isRepeatable: directiveIntrospection.isRepeatable,
      deprecationReason: directiveIntrospection.deprecationReason,
      locations: directiveIntrospection.locations.slice(),
      args: buildInputValueDefMap(directiveIntrospection.args)
    });
  }
}

// node_modules/graphql/utilities/extendSchema.mjs
function extendSchema(schema, documentAST, options) {
  assertSchema(schema), documentAST != null && documentAST.kind === Kind.DOCUMENT || devAssert(!1, "Must provide valid Document AST."), options?.assumeValid !== !0 && options?.assumeValidSDL !== !0 && assertValidSDLExtension(documentAST, schema);
  let schemaConfig = schema.toConfig(), extendedConfig = extendSchemaImpl(schemaConfig, documentAST, options);
  return schemaConfig === extendedConfig ? schema : new GraphQLSchema(extendedConfig);
}
function extendSchemaImpl(schemaConfig, documentAST, options) {
  var _schemaDef, _schemaDef$descriptio, _schemaDef2, _options$assumeValid;
  let typeDefs = [], typeExtensionsMap = /* @__PURE__ */ Object.create(null), directiveExtensionsMap = /* @__PURE__ */ Object.create(null), directiveDefs = [], schemaDef, schemaExtensions = [];
  for (let def of documentAST.definitions)
    if (def.kind === Kind.SCHEMA_DEFINITION)
      schemaDef = def;
    else if (def.kind === Kind.SCHEMA_EXTENSION)
      schemaExtensions.push(def);
    else if (isTypeDefinitionNode(def))
      typeDefs.push(def);
    else if (isTypeExtensionNode(def)) {
      let extendedTypeName = def.name.value, existingTypeExtensions = typeExtensionsMap[extendedTypeName];
      typeExtensionsMap[extendedTypeName] = existingTypeExtensions ? existingTypeExtensions.concat([def]) : [def];
    } else if (def.kind === Kind.DIRECTIVE_DEFINITION)
      directiveDefs.push(def);
    else if (def.kind === Kind.DIRECTIVE_EXTENSION) {
      let extendedDirectiveName = def.name.value, existingDirectiveExtensions = directiveExtensionsMap[extendedDirectiveName];
      directiveExtensionsMap[extendedDirectiveName] = existingDirectiveExtensions ? existingDirectiveExtensions.concat([def]) : [def];
    }
  if (Object.keys(typeExtensionsMap).length === 0 && typeDefs.length === 0 && Object.keys(directiveExtensionsMap).length === 0 && directiveDefs.length === 0 && schemaExtensions.length === 0 && schemaDef == null)
    return schemaConfig;
  let typeMap = /* @__PURE__ */ Object.create(null);
  for (let existingType of schemaConfig.types)
    typeMap[existingType.name] = extendNamedType(existingType);
  for (let typeNode of typeDefs) {
    var _stdTypeMap$name;
    let name = typeNode.name.value;
    typeMap[name] = (_stdTypeMap$name = stdTypeMap[name]) !== null && _stdTypeMap$name !== void 0 ? _stdTypeMap$name : buildType(typeNode);
  }
  let directiveMap = /* @__PURE__ */ Object.create(null);
  for (let existingDirective of schemaConfig.directives)
    directiveMap[existingDirective.name] = extendDirective(existingDirective);
  let operationTypes = {
    // Get the extended root operation types.
    query: schemaConfig.query && replaceNamedType(schemaConfig.query),
    mutation: schemaConfig.mutation && replaceNamedType(schemaConfig.mutation),
    subscription: schemaConfig.subscription && replaceNamedType(schemaConfig.subscription),
    // Then, incorporate schema definition and all schema extensions.
    ...schemaDef && getOperationTypes([schemaDef]),
    ...getOperationTypes(schemaExtensions)
  }, directives = Object.values(directiveMap);
  return {
    description: (_schemaDef = schemaDef) === null || _schemaDef === void 0 || (_schemaDef$descriptio = _schemaDef.description) === null || _schemaDef$descriptio === void 0 ? void 0 : _schemaDef$descriptio.value,
    ...operationTypes,
    types: Object.values(typeMap),
    directives: [
      ...directives.map(replaceDirective),
      ...directiveDefs.map(buildDirective)
    ],
    extensions: /* @__PURE__ */ Object.create(null),
    astNode: (_schemaDef2 = schemaDef) !== null && _schemaDef2 !== void 0 ? _schemaDef2 : schemaConfig.astNode,
    extensionASTNodes: schemaConfig.extensionASTNodes.concat(schemaExtensions),
    assumeValid: (_options$assumeValid = options?.assumeValid) !== null && _options$assumeValid !== void 0 ? _options$assumeValid : !1
  };
  function replaceType(type) {
    return isListType(type) ? new GraphQLList(replaceType(type.ofType)) : isNonNullType(type) ? new GraphQLNonNull(replaceType(type.ofType)) : replaceNamedType(type);
  }
  function replaceNamedType(type) {
    return typeMap[type.name];
  }
  function replaceDirective(directive) {
    let config = directive.toConfig();
    return new GraphQLDirective({
      ...config,
      args: mapValue(config.args, extendArg)
    });
  }
  function extendNamedType(type) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type))
      return type;
    if (isScalarType(type))
      return extendScalarType(type);
    if (isObjectType(type))
      return extendObjectType(type);
    if (isInterfaceType(type))
      return extendInterfaceType(type);
    if (isUnionType(type))
      return extendUnionType(type);
    if (isEnumType(type))
      return extendEnumType(type);
    if (isInputObjectType(type))
      return extendInputObjectType(type);
    invariant(!1, "Unexpected type: " + inspect(type));
  }
  function extendInputObjectType(type) {
    var _typeExtensionsMap$co;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$co = typeExtensionsMap[config.name]) !== null && _typeExtensionsMap$co !== void 0 ? _typeExtensionsMap$co : [];
    return new GraphQLInputObjectType({
      ...config,
      fields: () => ({
        ...mapValue(config.fields, (field) => ({
          ...field,
          type: replaceType(field.type)
        })),
        ...buildInputFieldMap(extensions)
      }),
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendEnumType(type) {
    var _typeExtensionsMap$ty;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$ty = typeExtensionsMap[type.name]) !== null && _typeExtensionsMap$ty !== void 0 ? _typeExtensionsMap$ty : [];
    return new GraphQLEnumType({
      ...config,
      values: { ...config.values, ...buildEnumValueMap(extensions) },
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendScalarType(type) {
    var _typeExtensionsMap$co2;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$co2 = typeExtensionsMap[config.name]) !== null && _typeExtensionsMap$co2 !== void 0 ? _typeExtensionsMap$co2 : [], specifiedByURL = config.specifiedByURL;
    for (let extensionNode of extensions) {
      var _getSpecifiedByURL;
      specifiedByURL = (_getSpecifiedByURL = getSpecifiedByURL(extensionNode)) !== null && _getSpecifiedByURL !== void 0 ? _getSpecifiedByURL : specifiedByURL;
    }
    return new GraphQLScalarType({
      ...config,
      specifiedByURL,
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendObjectType(type) {
    var _typeExtensionsMap$co3;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$co3 = typeExtensionsMap[config.name]) !== null && _typeExtensionsMap$co3 !== void 0 ? _typeExtensionsMap$co3 : [];
    return new GraphQLObjectType({
      ...config,
      interfaces: () => [
        ...type.getInterfaces().map(replaceNamedType),
        ...buildInterfaces(extensions)
      ],
      fields: () => ({
        ...mapValue(config.fields, extendField),
        ...buildFieldMap(extensions)
      }),
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendInterfaceType(type) {
    var _typeExtensionsMap$co4;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$co4 = typeExtensionsMap[config.name]) !== null && _typeExtensionsMap$co4 !== void 0 ? _typeExtensionsMap$co4 : [];
    return new GraphQLInterfaceType({
      ...config,
      interfaces: () => [
        ...type.getInterfaces().map(replaceNamedType),
        ...buildInterfaces(extensions)
      ],
      fields: () => ({
        ...mapValue(config.fields, extendField),
        ...buildFieldMap(extensions)
      }),
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendUnionType(type) {
    var _typeExtensionsMap$co5;
    let config = type.toConfig(), extensions = (_typeExtensionsMap$co5 = typeExtensionsMap[config.name]) !== null && _typeExtensionsMap$co5 !== void 0 ? _typeExtensionsMap$co5 : [];
    return new GraphQLUnionType({
      ...config,
      types: () => [
        ...type.getTypes().map(replaceNamedType),
        ...buildUnionTypes(extensions)
      ],
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function extendField(field) {
    return {
      ...field,
      type: replaceType(field.type),
      args: field.args && mapValue(field.args, extendArg)
    };
  }
  function extendArg(arg) {
    return { ...arg, type: replaceType(arg.type) };
  }
  function getOperationTypes(nodes) {
    let opTypes = {};
    for (let node of nodes) {
      var _node$operationTypes;
      let operationTypesNodes = (
        /* c8 ignore next */
        (_node$operationTypes = node.operationTypes) !== null && _node$operationTypes !== void 0 ? _node$operationTypes : []
      );
      for (let operationType of operationTypesNodes)
        opTypes[operationType.operation] = getNamedType2(operationType.type);
    }
    return opTypes;
  }
  function extendDirective(directive) {
    var _directiveExtensionsM, _config$deprecationRe;
    let config = directive.toConfig(), extensions = (_directiveExtensionsM = directiveExtensionsMap[config.name]) !== null && _directiveExtensionsM !== void 0 ? _directiveExtensionsM : [], deprecationReason = (_config$deprecationRe = config.deprecationReason) !== null && _config$deprecationRe !== void 0 ? _config$deprecationRe : extensions.map((ext) => getDeprecationReason(ext)).find((reason) => reason != null);
    return new GraphQLDirective({
      ...config,
      deprecationReason,
      extensionASTNodes: config.extensionASTNodes.concat(extensions)
    });
  }
  function getNamedType2(node) {
    var _stdTypeMap$name2;
    let name = node.name.value, type = (_stdTypeMap$name2 = stdTypeMap[name]) !== null && _stdTypeMap$name2 !== void 0 ? _stdTypeMap$name2 : typeMap[name];
    if (type === void 0)
      throw new Error(`Unknown type: "${name}".`);
    return type;
  }
  function getWrappedType(node) {
    return node.kind === Kind.LIST_TYPE ? new GraphQLList(getWrappedType(node.type)) : node.kind === Kind.NON_NULL_TYPE ? new GraphQLNonNull(getWrappedType(node.type)) : getNamedType2(node);
  }
  function buildDirective(node) {
    var _directiveExtensionsM2, _getDeprecationReason, _node$description;
    let extensions = (_directiveExtensionsM2 = directiveExtensionsMap[node.name.value]) !== null && _directiveExtensionsM2 !== void 0 ? _directiveExtensionsM2 : [], deprecationReason = (_getDeprecationReason = getDeprecationReason(node)) !== null && _getDeprecationReason !== void 0 ? _getDeprecationReason : extensions.map((ext) => getDeprecationReason(ext)).find((reason) => reason != null);
    return new GraphQLDirective({
      name: node.name.value,
      description: (_node$description = node.description) === null || _node$description === void 0 ? void 0 : _node$description.value,
      // @ts-expect-error
      locations: node.locations.map(({ value }) => value),
      isRepeatable: node.repeatable,
      args: buildArgumentMap(node.arguments),
      deprecationReason,
      astNode: node,
      extensionASTNodes: extensions
    });
  }
  function buildFieldMap(nodes) {
    let fieldConfigMap = /* @__PURE__ */ Object.create(null);
    for (let node of nodes) {
      var _node$fields;
      let nodeFields = (
        /* c8 ignore next */
        (_node$fields = node.fields) !== null && _node$fields !== void 0 ? _node$fields : []
      );
      for (let field of nodeFields) {
        var _field$description;
        fieldConfigMap[field.name.value] = {
          // Note: While this could make assertions to get the correctly typed
          // value, that would throw immediately while type system validation
          // with validateSchema() will produce more actionable results.
          type: getWrappedType(field.type),
          description: (_field$description = field.description) === null || _field$description === void 0 ? void 0 : _field$description.value,
          args: buildArgumentMap(field.arguments),
          deprecationReason: getDeprecationReason(field),
          astNode: field
        };
      }
    }
    return fieldConfigMap;
  }
  function buildArgumentMap(args) {
    let argsNodes = (
      /* c8 ignore next */
      args ?? []
    ), argConfigMap = /* @__PURE__ */ Object.create(null);
    for (let arg of argsNodes) {
      var _arg$description;
      let type = getWrappedType(arg.type);
      argConfigMap[arg.name.value] = {
        type,
        description: (_arg$description = arg.description) === null || _arg$description === void 0 ? void 0 : _arg$description.value,
        defaultValue: valueFromAST(arg.defaultValue, type),
        deprecationReason: getDeprecationReason(arg),
        astNode: arg
      };
    }
    return argConfigMap;
  }
  function buildInputFieldMap(nodes) {
    let inputFieldMap = /* @__PURE__ */ Object.create(null);
    for (let node of nodes) {
      var _node$fields2;
      let fieldsNodes = (
        /* c8 ignore next */
        (_node$fields2 = node.fields) !== null && _node$fields2 !== void 0 ? _node$fields2 : []
      );
      for (let field of fieldsNodes) {
        var _field$description2;
        let type = getWrappedType(field.type);
        inputFieldMap[field.name.value] = {
          type,
          description: (_field$description2 = field.description) === null || _field$description2 === void 0 ? void 0 : _field$description2.value,
          defaultValue: valueFromAST(field.defaultValue, type),
          deprecationReason: getDeprecationReason(field),
          astNode: field
        };
      }
    }
    return inputFieldMap;
  }
  function buildEnumValueMap(nodes) {
    let enumValueMap = /* @__PURE__ */ Object.create(null);
    for (let node of nodes) {
      var _node$values;
      let valuesNodes = (
        /* c8 ignore next */
        (_node$values = node.values) !== null && _node$values !== void 0 ? _node$values : []
      );
      for (let value of valuesNodes) {
        var _value$description;
        enumValueMap[value.name.value] = {
          description: (_value$description = value.description) === null || _value$description === void 0 ? void 0 : _value$description.value,
          deprecationReason: getDeprecationReason(value),
          astNode: value
        };
      }
    }
    return enumValueMap;
  }
  function buildInterfaces(nodes) {
    return nodes.flatMap(
      // FIXME: https://github.com/graphql/graphql-js/issues/2203
      (node) => {
        var _node$interfaces$map, _node$interfaces;
        return (
          /* c8 ignore next */
          (_node$interfaces$map = (_node$interfaces = node.interfaces) === null || _node$interfaces === void 0 ? void 0 : _node$interfaces.map(getNamedType2)) !== null && _node$interfaces$map !== void 0 ? _node$interfaces$map : []
        );
      }
    );
  }
  function buildUnionTypes(nodes) {
    return nodes.flatMap(
      // FIXME: https://github.com/graphql/graphql-js/issues/2203
      (node) => {
        var _node$types$map, _node$types;
        return (
          /* c8 ignore next */
          (_node$types$map = (_node$types = node.types) === null || _node$types === void 0 ? void 0 : _node$types.map(getNamedType2)) !== null && _node$types$map !== void 0 ? _node$types$map : []
        );
      }
    );
  }
  function buildType(astNode) {
    var _typeExtensionsMap$na;
    let name = astNode.name.value, extensionASTNodes = (_typeExtensionsMap$na = typeExtensionsMap[name]) !== null && _typeExtensionsMap$na !== void 0 ? _typeExtensionsMap$na : [];
    switch (astNode.kind) {
      case Kind.OBJECT_TYPE_DEFINITION: {
        var _astNode$description;
        let allNodes = [astNode, ...extensionASTNodes];
        return new GraphQLObjectType({
          name,
          description: (_astNode$description = astNode.description) === null || _astNode$description === void 0 ? void 0 : _astNode$description.value,
          interfaces: () => buildInterfaces(allNodes),
          fields: () => buildFieldMap(allNodes),
          astNode,
          extensionASTNodes
        });
      }
      case Kind.INTERFACE_TYPE_DEFINITION: {
        var _astNode$description2;
        let allNodes = [astNode, ...extensionASTNodes];
        return new GraphQLInterfaceType({
          name,
          description: (_astNode$description2 = astNode.description) === null || _astNode$description2 === void 0 ? void 0 : _astNode$description2.value,
          interfaces: () => buildInterfaces(allNodes),
          fields: () => buildFieldMap(allNodes),
          astNode,
          extensionASTNodes
        });
      }
      case Kind.ENUM_TYPE_DEFINITION: {
        var _astNode$description3;
        let allNodes = [astNode, ...extensionASTNodes];
        return new GraphQLEnumType({
          name,
          description: (_astNode$description3 = astNode.description) === null || _astNode$description3 === void 0 ? void 0 : _astNode$description3.value,
          values: buildEnumValueMap(allNodes),
          astNode,
          extensionASTNodes
        });
      }
      case Kind.UNION_TYPE_DEFINITION: {
        var _astNode$description4;
        let allNodes = [astNode, ...extensionASTNodes];
        return new GraphQLUnionType({
          name,
          description: (_astNode$description4 = astNode.description) === null || _astNode$description4 === void 0 ? void 0 : _astNode$description4.value,
          types: () => buildUnionTypes(allNodes),
          astNode,
          extensionASTNodes
        });
      }
      case Kind.SCALAR_TYPE_DEFINITION: {
        var _astNode$description5;
        return new GraphQLScalarType({
          name,
          description: (_astNode$description5 = astNode.description) === null || _astNode$description5 === void 0 ? void 0 : _astNode$description5.value,
          specifiedByURL: getSpecifiedByURL(astNode),
          astNode,
          extensionASTNodes
        });
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        var _astNode$description6;
        let allNodes = [astNode, ...extensionASTNodes];
        return new GraphQLInputObjectType({
          name,
          description: (_astNode$description6 = astNode.description) === null || _astNode$description6 === void 0 ? void 0 : _astNode$description6.value,
          fields: () => buildInputFieldMap(allNodes),
          astNode,
          extensionASTNodes,
          isOneOf: isOneOf(astNode)
        });
      }
    }
  }
}
var stdTypeMap = keyMap(
  [...specifiedScalarTypes, ...introspectionTypes],
  (type) => type.name
);
function getDeprecationReason(node) {
  let deprecated = getDirectiveValues(GraphQLDeprecatedDirective, node);
  return deprecated?.reason;
}
function getSpecifiedByURL(node) {
  let specifiedBy = getDirectiveValues(GraphQLSpecifiedByDirective, node);
  return specifiedBy?.url;
}
function isOneOf(node) {
  return !!getDirectiveValues(GraphQLOneOfDirective, node);
}

// node_modules/graphql/utilities/buildASTSchema.mjs
function buildASTSchema(documentAST, options) {
  documentAST != null && documentAST.kind === Kind.DOCUMENT || devAssert(!1, "Must provide valid Document AST."), options?.assumeValid !== !0 && options?.assumeValidSDL !== !0 && assertValidSDL(documentAST);
  let config = extendSchemaImpl({
    description: void 0,
    types: [],
    directives: [],
    extensions: /* @__PURE__ */ Object.create(null),
    extensionASTNodes: [],
    assumeValid: !1
  }, documentAST, options);
  if (config.astNode == null)
    for (let type of config.types)
      switch (type.name) {
        // Note: While this could make early assertions to get the correctly
        // typed values below, that would throw immediately while type system
        // validation with validateSchema() will produce more actionable results.
        case "Query":
          config.query = type;
          break;
        case "Mutation":
          config.mutation = type;
          break;
        case "Subscription":
          config.subscription = type;
          break;
      }
  let directives = [
    ...config.directives,
    // If specified directives were not explicitly declared, add them.
    ...specifiedDirectives.filter(
      (stdDirective) => config.directives.every(
        (directive) => directive.name !== stdDirective.name
      )
    )
  ];
  return new GraphQLSchema({ ...config, directives });
}
function buildSchema(source, options) {
  let document = parse(source, options);
  return buildASTSchema(document, {
    assumeValidSDL: options?.assumeValidSDL,
    assumeValid: options?.assumeValid
  });
}

// node_modules/graphql/utilities/lexicographicSortSchema.mjs
function lexicographicSortSchema(schema) {
  let schemaConfig = schema.toConfig(), typeMap = keyValMap(
    sortByName(schemaConfig.types),
    (type) => type.name,
    sortNamedType
  );
  return new GraphQLSchema({
    ...schemaConfig,
    types: Object.values(typeMap),
    directives: sortByName(schemaConfig.directives).map(sortDirective),
    query: replaceMaybeType(schemaConfig.query),
    mutation: replaceMaybeType(schemaConfig.mutation),
    subscription: replaceMaybeType(schemaConfig.subscription)
  });
  function replaceType(type) {
    return isListType(type) ? new GraphQLList(replaceType(type.ofType)) : isNonNullType(type) ? new GraphQLNonNull(replaceType(type.ofType)) : replaceNamedType(type);
  }
  function replaceNamedType(type) {
    return typeMap[type.name];
  }
  function replaceMaybeType(maybeType) {
    return maybeType && replaceNamedType(maybeType);
  }
  function sortDirective(directive) {
    let config = directive.toConfig();
    return new GraphQLDirective({
      ...config,
      locations: sortBy(config.locations, (x) => x),
      args: sortArgs(config.args)
    });
  }
  function sortArgs(args) {
    return sortObjMap(args, (arg) => ({ ...arg, type: replaceType(arg.type) }));
  }
  function sortFields2(fieldsMap) {
    return sortObjMap(fieldsMap, (field) => ({
      ...field,
      type: replaceType(field.type),
      args: field.args && sortArgs(field.args)
    }));
  }
  function sortInputFields(fieldsMap) {
    return sortObjMap(fieldsMap, (field) => ({
      ...field,
      type: replaceType(field.type)
    }));
  }
  function sortTypes(array) {
    return sortByName(array).map(replaceNamedType);
  }
  function sortNamedType(type) {
    if (isScalarType(type) || isIntrospectionType(type))
      return type;
    if (isObjectType(type)) {
      let config = type.toConfig();
      return new GraphQLObjectType({
        ...config,
        interfaces: () => sortTypes(config.interfaces),
        fields: () => sortFields2(config.fields)
      });
    }
    if (isInterfaceType(type)) {
      let config = type.toConfig();
      return new GraphQLInterfaceType({
        ...config,
        interfaces: () => sortTypes(config.interfaces),
        fields: () => sortFields2(config.fields)
      });
    }
    if (isUnionType(type)) {
      let config = type.toConfig();
      return new GraphQLUnionType({
        ...config,
        types: () => sortTypes(config.types)
      });
    }
    if (isEnumType(type)) {
      let config = type.toConfig();
      return new GraphQLEnumType({
        ...config,
        values: sortObjMap(config.values, (value) => value)
      });
    }
    if (isInputObjectType(type)) {
      let config = type.toConfig();
      return new GraphQLInputObjectType({
        ...config,
        fields: () => sortInputFields(config.fields)
      });
    }
    invariant(!1, "Unexpected type: " + inspect(type));
  }
}
function sortObjMap(map, sortValueFn) {
  let sortedMap = /* @__PURE__ */ Object.create(null);
  for (let key of Object.keys(map).sort(naturalCompare))
    sortedMap[key] = sortValueFn(map[key]);
  return sortedMap;
}
function sortByName(array) {
  return sortBy(array, (obj) => obj.name);
}
function sortBy(array, mapToKey) {
  return array.slice().sort((obj1, obj2) => {
    let key1 = mapToKey(obj1), key2 = mapToKey(obj2);
    return naturalCompare(key1, key2);
  });
}

// node_modules/graphql/utilities/printSchema.mjs
function printSchema(schema) {
  return printFilteredSchema(
    schema,
    (n) => !isSpecifiedDirective(n),
    isDefinedType
  );
}
function printIntrospectionSchema(schema) {
  return printFilteredSchema(schema, isSpecifiedDirective, isIntrospectionType);
}
function isDefinedType(type) {
  return !isSpecifiedScalarType(type) && !isIntrospectionType(type);
}
function printFilteredSchema(schema, directiveFilter, typeFilter) {
  let directives = schema.getDirectives().filter(directiveFilter), types = Object.values(schema.getTypeMap()).filter(typeFilter);
  return [
    printSchemaDefinition(schema),
    ...directives.map((directive) => printDirective(directive)),
    ...types.map((type) => printType(type))
  ].filter(Boolean).join(`

`);
}
function printSchemaDefinition(schema) {
  if (schema.description == null && isSchemaOfCommonNames(schema))
    return;
  let operationTypes = [], queryType = schema.getQueryType();
  queryType && operationTypes.push(`  query: ${queryType.name}`);
  let mutationType = schema.getMutationType();
  mutationType && operationTypes.push(`  mutation: ${mutationType.name}`);
  let subscriptionType = schema.getSubscriptionType();
  return subscriptionType && operationTypes.push(`  subscription: ${subscriptionType.name}`), printDescription(schema) + `schema {
${operationTypes.join(`
`)}
}`;
}
function isSchemaOfCommonNames(schema) {
  let queryType = schema.getQueryType();
  if (queryType && queryType.name !== "Query")
    return !1;
  let mutationType = schema.getMutationType();
  if (mutationType && mutationType.name !== "Mutation")
    return !1;
  let subscriptionType = schema.getSubscriptionType();
  return !(subscriptionType && subscriptionType.name !== "Subscription");
}
function printType(type) {
  if (isScalarType(type))
    return printScalar(type);
  if (isObjectType(type))
    return printObject(type);
  if (isInterfaceType(type))
    return printInterface(type);
  if (isUnionType(type))
    return printUnion(type);
  if (isEnumType(type))
    return printEnum(type);
  if (isInputObjectType(type))
    return printInputObject(type);
  invariant(!1, "Unexpected type: " + inspect(type));
}
function printScalar(type) {
  return printDescription(type) + `scalar ${type.name}` + printSpecifiedByURL(type);
}
function printImplementedInterfaces(type) {
  let interfaces = type.getInterfaces();
  return interfaces.length ? " implements " + interfaces.map((i) => i.name).join(" & ") : "";
}
function printObject(type) {
  return printDescription(type) + `type ${type.name}` + printImplementedInterfaces(type) + printFields(type);
}
function printInterface(type) {
  return printDescription(type) + `interface ${type.name}` + printImplementedInterfaces(type) + printFields(type);
}
function printUnion(type) {
  let types = type.getTypes(), possibleTypes = types.length ? " = " + types.join(" | ") : "";
  return printDescription(type) + "union " + type.name + possibleTypes;
}
function printEnum(type) {
  let values = type.getValues().map(
    (value, i) => printDescription(value, "  ", !i) + "  " + value.name + printDeprecated(value.deprecationReason)
  );
  return printDescription(type) + `enum ${type.name}` + printBlock(values);
}
function printInputObject(type) {
  let fields = Object.values(type.getFields()).map(
    (f, i) => printDescription(f, "  ", !i) + "  " + printInputValue(f)
  );
  return printDescription(type) + `input ${type.name}` + (type.isOneOf ? " @oneOf" : "") + printBlock(fields);
}
function printFields(type) {
  let fields = Object.values(type.getFields()).map(
    (f, i) => printDescription(f, "  ", !i) + "  " + f.name + printArgs(f.args, "  ") + ": " + String(f.type) + printDeprecated(f.deprecationReason)
  );
  return printBlock(fields);
}
function printBlock(items) {
  return items.length !== 0 ? ` {
` + items.join(`
`) + `
}` : "";
}
function printArgs(args, indentation = "") {
  return args.length === 0 ? "" : args.every((arg) => !arg.description) ? "(" + args.map(printInputValue).join(", ") + ")" : `(
` + args.map(
    (arg, i) => printDescription(arg, "  " + indentation, !i) + "  " + indentation + printInputValue(arg)
  ).join(`
`) + `
` + indentation + ")";
}
function printInputValue(arg) {
  let defaultAST = astFromValue(arg.defaultValue, arg.type), argDecl = arg.name + ": " + String(arg.type);
  return defaultAST && (argDecl += ` = ${print(defaultAST)}`), argDecl + printDeprecated(arg.deprecationReason);
}
function printDirective(directive) {
  return printDescription(directive) + "directive @" + directive.name + printArgs(directive.args) + printDeprecated(directive.deprecationReason) + (directive.isRepeatable ? " repeatable" : "") + " on " + directive.locations.join(" | ");
}
function printDeprecated(reason) {
  return reason == null ? "" : reason !== DEFAULT_DEPRECATION_REASON ? ` @deprecated(reason: ${print({
    kind: Kind.STRING,
    value: reason
  })})` : " @deprecated";
}
function printSpecifiedByURL(scalar) {
  return scalar.specifiedByURL == null ? "" : ` @specifiedBy(url: ${print({
    kind: Kind.STRING,
    value: scalar.specifiedByURL
  })})`;
}
function printDescription(def, indentation = "", firstInBlock = !0) {
  let { description } = def;
  if (description == null)
    return "";
  let blockString = print({
    kind: Kind.STRING,
    value: description,
    block: isPrintableAsBlockString(description)
  });
  return (indentation && !firstInBlock ? `
` + indentation : indentation) + blockString.replace(/\n/g, `
` + indentation) + `
`;
}

// node_modules/graphql/utilities/concatAST.mjs
function concatAST(documents) {
  let definitions = [];
  for (let doc of documents)
    definitions.push(...doc.definitions);
  return {
    kind: Kind.DOCUMENT,
    definitions
  };
}

// node_modules/graphql/utilities/separateOperations.mjs
function separateOperations(documentAST) {
  let operations = [], depGraph = /* @__PURE__ */ Object.create(null);
  for (let definitionNode of documentAST.definitions)
    switch (definitionNode.kind) {
      case Kind.OPERATION_DEFINITION:
        operations.push(definitionNode);
        break;
      case Kind.FRAGMENT_DEFINITION:
        depGraph[definitionNode.name.value] = collectDependencies(
          definitionNode.selectionSet
        );
        break;
      default:
    }
  let separatedDocumentASTs = /* @__PURE__ */ Object.create(null);
  for (let operation of operations) {
    let dependencies = /* @__PURE__ */ new Set();
    for (let fragmentName of collectDependencies(operation.selectionSet))
      collectTransitiveDependencies(dependencies, depGraph, fragmentName);
    let operationName = operation.name ? operation.name.value : "";
    separatedDocumentASTs[operationName] = {
      kind: Kind.DOCUMENT,
      definitions: documentAST.definitions.filter(
        (node) => node === operation || node.kind === Kind.FRAGMENT_DEFINITION && dependencies.has(node.name.value)
      )
    };
  }
  return separatedDocumentASTs;
}
function collectTransitiveDependencies(collected, depGraph, fromName) {
  if (!collected.has(fromName)) {
    collected.add(fromName);
    let immediateDeps = depGraph[fromName];
    if (immediateDeps !== void 0)
      for (let toName of immediateDeps)
        collectTransitiveDependencies(collected, depGraph, toName);
  }
}
function collectDependencies(selectionSet) {
  let dependencies = [];
  return visit(selectionSet, {
    FragmentSpread(node) {
      dependencies.push(node.name.value);
    }
  }), dependencies;
}

// node_modules/graphql/utilities/stripIgnoredCharacters.mjs
function stripIgnoredCharacters(source) {
  let sourceObj = isSource(source) ? source : new Source(source), body = sourceObj.body, lexer = new Lexer(sourceObj), strippedBody = "", wasLastAddedTokenNonPunctuator = !1;
  for (; lexer.advance().kind !== TokenKind.EOF; ) {
    let currentToken = lexer.token, tokenKind = currentToken.kind, isNonPunctuator = !isPunctuatorTokenKind(currentToken.kind);
    wasLastAddedTokenNonPunctuator && (isNonPunctuator || currentToken.kind === TokenKind.SPREAD) && (strippedBody += " ");
    let tokenBody = body.slice(currentToken.start, currentToken.end);
    tokenKind === TokenKind.BLOCK_STRING ? strippedBody += printBlockString(currentToken.value, {
      minimize: !0
    }) : strippedBody += tokenBody, wasLastAddedTokenNonPunctuator = isNonPunctuator;
  }
  return strippedBody;
}

// node_modules/graphql/utilities/assertValidName.mjs
function assertValidName(name) {
  let error = isValidNameError(name);
  if (error)
    throw error;
  return name;
}
function isValidNameError(name) {
  if (typeof name == "string" || devAssert(!1, "Expected name to be a string."), name.startsWith("__"))
    return new GraphQLError(
      `Name "${name}" must not begin with "__", which is reserved by GraphQL introspection.`
    );
  try {
    assertName(name);
  } catch (error) {
    return error;
  }
}

// node_modules/graphql/utilities/sortValueNode.mjs
function sortValueNode(valueNode) {
  switch (valueNode.kind) {
    case Kind.OBJECT:
      return { ...valueNode, fields: sortFields(valueNode.fields) };
    case Kind.LIST:
      return { ...valueNode, values: valueNode.values.map(sortValueNode) };
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.NULL:
    case Kind.ENUM:
    case Kind.VARIABLE:
      return valueNode;
  }
}
function sortFields(fields) {
  return fields.map((fieldNode) => ({
    ...fieldNode,
    value: sortValueNode(fieldNode.value)
  })).sort(
    (fieldA, fieldB) => naturalCompare(fieldA.name.value, fieldB.name.value)
  );
}

// node_modules/graphql/utilities/findBreakingChanges.mjs
var BreakingChangeType;
(function(BreakingChangeType2) {
  BreakingChangeType2.TYPE_REMOVED = "TYPE_REMOVED", BreakingChangeType2.TYPE_CHANGED_KIND = "TYPE_CHANGED_KIND", BreakingChangeType2.TYPE_REMOVED_FROM_UNION = "TYPE_REMOVED_FROM_UNION", BreakingChangeType2.VALUE_REMOVED_FROM_ENUM = "VALUE_REMOVED_FROM_ENUM", BreakingChangeType2.REQUIRED_INPUT_FIELD_ADDED = "REQUIRED_INPUT_FIELD_ADDED", BreakingChangeType2.IMPLEMENTED_INTERFACE_REMOVED = "IMPLEMENTED_INTERFACE_REMOVED", BreakingChangeType2.FIELD_REMOVED = "FIELD_REMOVED", BreakingChangeType2.FIELD_CHANGED_KIND = "FIELD_CHANGED_KIND", BreakingChangeType2.REQUIRED_ARG_ADDED = "REQUIRED_ARG_ADDED", BreakingChangeType2.ARG_REMOVED = "ARG_REMOVED", BreakingChangeType2.ARG_CHANGED_KIND = "ARG_CHANGED_KIND", BreakingChangeType2.DIRECTIVE_REMOVED = "DIRECTIVE_REMOVED", BreakingChangeType2.DIRECTIVE_ARG_REMOVED = "DIRECTIVE_ARG_REMOVED", BreakingChangeType2.REQUIRED_DIRECTIVE_ARG_ADDED = "REQUIRED_DIRECTIVE_ARG_ADDED", BreakingChangeType2.DIRECTIVE_REPEATABLE_REMOVED = "DIRECTIVE_REPEATABLE_REMOVED", BreakingChangeType2.DIRECTIVE_LOCATION_REMOVED = "DIRECTIVE_LOCATION_REMOVED";
})(BreakingChangeType || (BreakingChangeType = {}));
var DangerousChangeType;
(function(DangerousChangeType2) {
  DangerousChangeType2.VALUE_ADDED_TO_ENUM = "VALUE_ADDED_TO_ENUM", DangerousChangeType2.TYPE_ADDED_TO_UNION = "TYPE_ADDED_TO_UNION", DangerousChangeType2.OPTIONAL_INPUT_FIELD_ADDED = "OPTIONAL_INPUT_FIELD_ADDED", DangerousChangeType2.OPTIONAL_ARG_ADDED = "OPTIONAL_ARG_ADDED", DangerousChangeType2.IMPLEMENTED_INTERFACE_ADDED = "IMPLEMENTED_INTERFACE_ADDED", DangerousChangeType2.ARG_DEFAULT_VALUE_CHANGE = "ARG_DEFAULT_VALUE_CHANGE";
})(DangerousChangeType || (DangerousChangeType = {}));
function findBreakingChanges(oldSchema, newSchema) {
  return findSchemaChanges(oldSchema, newSchema).filter(
    (change) => change.type in BreakingChangeType
  );
}
function findDangerousChanges(oldSchema, newSchema) {
  return findSchemaChanges(oldSchema, newSchema).filter(
    (change) => change.type in DangerousChangeType
  );
}
function findSchemaChanges(oldSchema, newSchema) {
  return [
    ...findTypeChanges(oldSchema, newSchema),
    ...findDirectiveChanges(oldSchema, newSchema)
  ];
}
function findDirectiveChanges(oldSchema, newSchema) {
  let schemaChanges = [], directivesDiff = diff(
    oldSchema.getDirectives(),
    newSchema.getDirectives()
  );
  for (let oldDirective of directivesDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.DIRECTIVE_REMOVED,
      description: `${oldDirective.name} was removed.`
    });
  for (let [oldDirective, newDirective] of directivesDiff.persisted) {
    let argsDiff = diff(oldDirective.args, newDirective.args);
    for (let newArg of argsDiff.added)
      isRequiredArgument(newArg) && schemaChanges.push({
        type: BreakingChangeType.REQUIRED_DIRECTIVE_ARG_ADDED,
        description: `A required arg ${newArg.name} on directive ${oldDirective.name} was added.`
      });
    for (let oldArg of argsDiff.removed)
      schemaChanges.push({
        type: BreakingChangeType.DIRECTIVE_ARG_REMOVED,
        description: `${oldArg.name} was removed from ${oldDirective.name}.`
      });
    oldDirective.isRepeatable && !newDirective.isRepeatable && schemaChanges.push({
      type: BreakingChangeType.DIRECTIVE_REPEATABLE_REMOVED,
      description: `Repeatable flag was removed from ${oldDirective.name}.`
    });
    for (let location of oldDirective.locations)
      newDirective.locations.includes(location) || schemaChanges.push({
        type: BreakingChangeType.DIRECTIVE_LOCATION_REMOVED,
        description: `${location} was removed from ${oldDirective.name}.`
      });
  }
  return schemaChanges;
}
function findTypeChanges(oldSchema, newSchema) {
  let schemaChanges = [], typesDiff = diff(
    Object.values(oldSchema.getTypeMap()),
    Object.values(newSchema.getTypeMap())
  );
  for (let oldType of typesDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.TYPE_REMOVED,
      description: isSpecifiedScalarType(oldType) ? `Standard scalar ${oldType.name} was removed because it is not referenced anymore.` : `${oldType.name} was removed.`
    });
  for (let [oldType, newType] of typesDiff.persisted)
    isEnumType(oldType) && isEnumType(newType) ? schemaChanges.push(...findEnumTypeChanges(oldType, newType)) : isUnionType(oldType) && isUnionType(newType) ? schemaChanges.push(...findUnionTypeChanges(oldType, newType)) : isInputObjectType(oldType) && isInputObjectType(newType) ? schemaChanges.push(...findInputObjectTypeChanges(oldType, newType)) : isObjectType(oldType) && isObjectType(newType) ? schemaChanges.push(
      ...findFieldChanges(oldType, newType),
      ...findImplementedInterfacesChanges(oldType, newType)
    ) : isInterfaceType(oldType) && isInterfaceType(newType) ? schemaChanges.push(
      ...findFieldChanges(oldType, newType),
      ...findImplementedInterfacesChanges(oldType, newType)
    ) : oldType.constructor !== newType.constructor && schemaChanges.push({
      type: BreakingChangeType.TYPE_CHANGED_KIND,
      description: `${oldType.name} changed from ${typeKindName(oldType)} to ${typeKindName(newType)}.`
    });
  return schemaChanges;
}
function findInputObjectTypeChanges(oldType, newType) {
  let schemaChanges = [], fieldsDiff = diff(
    Object.values(oldType.getFields()),
    Object.values(newType.getFields())
  );
  for (let newField of fieldsDiff.added)
    isRequiredInputField(newField) ? schemaChanges.push({
      type: BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED,
      description: `A required field ${newField.name} on input type ${oldType.name} was added.`
    }) : schemaChanges.push({
      type: DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED,
      description: `An optional field ${newField.name} on input type ${oldType.name} was added.`
    });
  for (let oldField of fieldsDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.FIELD_REMOVED,
      description: `${oldType.name}.${oldField.name} was removed.`
    });
  for (let [oldField, newField] of fieldsDiff.persisted)
    isChangeSafeForInputObjectFieldOrFieldArg(
      oldField.type,
      newField.type
    ) || schemaChanges.push({
      type: BreakingChangeType.FIELD_CHANGED_KIND,
      description: `${oldType.name}.${oldField.name} changed type from ${String(oldField.type)} to ${String(newField.type)}.`
    });
  return schemaChanges;
}
function findUnionTypeChanges(oldType, newType) {
  let schemaChanges = [], possibleTypesDiff = diff(oldType.getTypes(), newType.getTypes());
  for (let newPossibleType of possibleTypesDiff.added)
    schemaChanges.push({
      type: DangerousChangeType.TYPE_ADDED_TO_UNION,
      description: `${newPossibleType.name} was added to union type ${oldType.name}.`
    });
  for (let oldPossibleType of possibleTypesDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.TYPE_REMOVED_FROM_UNION,
      description: `${oldPossibleType.name} was removed from union type ${oldType.name}.`
    });
  return schemaChanges;
}
function findEnumTypeChanges(oldType, newType) {
  let schemaChanges = [], valuesDiff = diff(oldType.getValues(), newType.getValues());
  for (let newValue of valuesDiff.added)
    schemaChanges.push({
      type: DangerousChangeType.VALUE_ADDED_TO_ENUM,
      description: `${newValue.name} was added to enum type ${oldType.name}.`
    });
  for (let oldValue of valuesDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
      description: `${oldValue.name} was removed from enum type ${oldType.name}.`
    });
  return schemaChanges;
}
function findImplementedInterfacesChanges(oldType, newType) {
  let schemaChanges = [], interfacesDiff = diff(oldType.getInterfaces(), newType.getInterfaces());
  for (let newInterface of interfacesDiff.added)
    schemaChanges.push({
      type: DangerousChangeType.IMPLEMENTED_INTERFACE_ADDED,
      description: `${newInterface.name} added to interfaces implemented by ${oldType.name}.`
    });
  for (let oldInterface of interfacesDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED,
      description: `${oldType.name} no longer implements interface ${oldInterface.name}.`
    });
  return schemaChanges;
}
function findFieldChanges(oldType, newType) {
  let schemaChanges = [], fieldsDiff = diff(
    Object.values(oldType.getFields()),
    Object.values(newType.getFields())
  );
  for (let oldField of fieldsDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.FIELD_REMOVED,
      description: `${oldType.name}.${oldField.name} was removed.`
    });
  for (let [oldField, newField] of fieldsDiff.persisted)
    schemaChanges.push(...findArgChanges(oldType, oldField, newField)), isChangeSafeForObjectOrInterfaceField(
      oldField.type,
      newField.type
    ) || schemaChanges.push({
      type: BreakingChangeType.FIELD_CHANGED_KIND,
      description: `${oldType.name}.${oldField.name} changed type from ${String(oldField.type)} to ${String(newField.type)}.`
    });
  return schemaChanges;
}
function findArgChanges(oldType, oldField, newField) {
  let schemaChanges = [], argsDiff = diff(oldField.args, newField.args);
  for (let oldArg of argsDiff.removed)
    schemaChanges.push({
      type: BreakingChangeType.ARG_REMOVED,
      description: `${oldType.name}.${oldField.name} arg ${oldArg.name} was removed.`
    });
  for (let [oldArg, newArg] of argsDiff.persisted)
    if (!isChangeSafeForInputObjectFieldOrFieldArg(
      oldArg.type,
      newArg.type
    ))
      schemaChanges.push({
        type: BreakingChangeType.ARG_CHANGED_KIND,
        description: `${oldType.name}.${oldField.name} arg ${oldArg.name} has changed type from ${String(oldArg.type)} to ${String(newArg.type)}.`
      });
    else if (oldArg.defaultValue !== void 0)
      if (newArg.defaultValue === void 0)
        schemaChanges.push({
          type: DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
          description: `${oldType.name}.${oldField.name} arg ${oldArg.name} defaultValue was removed.`
        });
      else {
        let oldValueStr = stringifyValue2(oldArg.defaultValue, oldArg.type), newValueStr = stringifyValue2(newArg.defaultValue, newArg.type);
        oldValueStr !== newValueStr && schemaChanges.push({
          type: DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
          description: `${oldType.name}.${oldField.name} arg ${oldArg.name} has changed defaultValue from ${oldValueStr} to ${newValueStr}.`
        });
      }
  for (let newArg of argsDiff.added)
    isRequiredArgument(newArg) ? schemaChanges.push({
      type: BreakingChangeType.REQUIRED_ARG_ADDED,
      description: `A required arg ${newArg.name} on ${oldType.name}.${oldField.name} was added.`
    }) : schemaChanges.push({
      type: DangerousChangeType.OPTIONAL_ARG_ADDED,
      description: `An optional arg ${newArg.name} on ${oldType.name}.${oldField.name} was added.`
    });
  return schemaChanges;
}
function isChangeSafeForObjectOrInterfaceField(oldType, newType) {
  return isListType(oldType) ? (
    // if they're both lists, make sure the underlying types are compatible
    isListType(newType) && isChangeSafeForObjectOrInterfaceField(
      oldType.ofType,
      newType.ofType
    ) || // moving from nullable to non-null of the same underlying type is safe
    isNonNullType(newType) && isChangeSafeForObjectOrInterfaceField(oldType, newType.ofType)
  ) : isNonNullType(oldType) ? isNonNullType(newType) && isChangeSafeForObjectOrInterfaceField(oldType.ofType, newType.ofType) : (
    // if they're both named types, see if their names are equivalent
    isNamedType(newType) && oldType.name === newType.name || // moving from nullable to non-null of the same underlying type is safe
    isNonNullType(newType) && isChangeSafeForObjectOrInterfaceField(oldType, newType.ofType)
  );
}
function isChangeSafeForInputObjectFieldOrFieldArg(oldType, newType) {
  return isListType(oldType) ? isListType(newType) && isChangeSafeForInputObjectFieldOrFieldArg(oldType.ofType, newType.ofType) : isNonNullType(oldType) ? (
    // if they're both non-null, make sure the underlying types are
    // compatible
    isNonNullType(newType) && isChangeSafeForInputObjectFieldOrFieldArg(
      oldType.ofType,
      newType.ofType
    ) || // moving from non-null to nullable of the same underlying type is safe
    !isNonNullType(newType) && isChangeSafeForInputObjectFieldOrFieldArg(oldType.ofType, newType)
  ) : isNamedType(newType) && oldType.name === newType.name;
}
function typeKindName(type) {
  if (isScalarType(type))
    return "a Scalar type";
  if (isObjectType(type))
    return "an Object type";
  if (isInterfaceType(type))
    return "an Interface type";
  if (isUnionType(type))
    return "a Union type";
  if (isEnumType(type))
    return "an Enum type";
  if (isInputObjectType(type))
    return "an Input type";
  invariant(!1, "Unexpected type: " + inspect(type));
}
function stringifyValue2(value, type) {
  let ast = astFromValue(value, type);
  return ast != null || invariant(!1), print(sortValueNode(ast));
}
function diff(oldArray, newArray) {
  let added = [], removed = [], persisted = [], oldMap = keyMap(oldArray, ({ name }) => name), newMap = keyMap(newArray, ({ name }) => name);
  for (let oldItem of oldArray) {
    let newItem = newMap[oldItem.name];
    newItem === void 0 ? removed.push(oldItem) : persisted.push([oldItem, newItem]);
  }
  for (let newItem of newArray)
    oldMap[newItem.name] === void 0 && added.push(newItem);
  return {
    added,
    persisted,
    removed
  };
}

// node_modules/graphql/utilities/resolveSchemaCoordinate.mjs
function resolveSchemaCoordinate(schema, schemaCoordinate) {
  return resolveASTSchemaCoordinate(
    schema,
    parseSchemaCoordinate(schemaCoordinate)
  );
}
function resolveTypeCoordinate(schema, schemaCoordinate) {
  let typeName = schemaCoordinate.name.value, type = schema.getType(typeName);
  if (type != null)
    return {
      kind: "NamedType",
      type
    };
}
function resolveMemberCoordinate(schema, schemaCoordinate) {
  let typeName = schemaCoordinate.name.value, type = schema.getType(typeName);
  if (!type)
    throw new Error(
      `Expected ${inspect(typeName)} to be defined as a type in the schema.`
    );
  if (!isEnumType(type) && !isInputObjectType(type) && !isObjectType(type) && !isInterfaceType(type))
    throw new Error(
      `Expected ${inspect(
        typeName
      )} to be an Enum, Input Object, Object or Interface type.`
    );
  if (isEnumType(type)) {
    let enumValueName = schemaCoordinate.memberName.value, enumValue = type.getValue(enumValueName);
    return enumValue == null ? void 0 : {
      kind: "EnumValue",
      type,
      enumValue
    };
  }
  if (isInputObjectType(type)) {
    let inputFieldName = schemaCoordinate.memberName.value, inputField = type.getFields()[inputFieldName];
    return inputField == null ? void 0 : {
      kind: "InputField",
      type,
      inputField
    };
  }
  let fieldName = schemaCoordinate.memberName.value, field = type.getFields()[fieldName];
  if (field != null)
    return {
      kind: "Field",
      type,
      field
    };
}
function resolveArgumentCoordinate(schema, schemaCoordinate) {
  let typeName = schemaCoordinate.name.value, type = schema.getType(typeName);
  if (type == null)
    throw new Error(
      `Expected ${inspect(typeName)} to be defined as a type in the schema.`
    );
  if (!isObjectType(type) && !isInterfaceType(type))
    throw new Error(
      `Expected ${inspect(typeName)} to be an object type or interface type.`
    );
  let fieldName = schemaCoordinate.fieldName.value, field = type.getFields()[fieldName];
  if (field == null)
    throw new Error(
      `Expected ${inspect(fieldName)} to exist as a field of type ${inspect(
        typeName
      )} in the schema.`
    );
  let fieldArgumentName = schemaCoordinate.argumentName.value, fieldArgument = field.args.find(
    (arg) => arg.name === fieldArgumentName
  );
  if (fieldArgument != null)
    return {
      kind: "FieldArgument",
      type,
      field,
      fieldArgument
    };
}
function resolveDirectiveCoordinate(schema, schemaCoordinate) {
  let directiveName = schemaCoordinate.name.value, directive = schema.getDirective(directiveName);
  if (directive)
    return {
      kind: "Directive",
      directive
    };
}
function resolveDirectiveArgumentCoordinate(schema, schemaCoordinate) {
  let directiveName = schemaCoordinate.name.value, directive = schema.getDirective(directiveName);
  if (!directive)
    throw new Error(
      `Expected ${inspect(
        directiveName
      )} to be defined as a directive in the schema.`
    );
  let {
    argumentName: { value: directiveArgumentName }
  } = schemaCoordinate, directiveArgument = directive.args.find(
    (arg) => arg.name === directiveArgumentName
  );
  if (directiveArgument)
    return {
      kind: "DirectiveArgument",
      directive,
      directiveArgument
    };
}
function resolveASTSchemaCoordinate(schema, schemaCoordinate) {
  switch (schemaCoordinate.kind) {
    case Kind.TYPE_COORDINATE:
      return resolveTypeCoordinate(schema, schemaCoordinate);
    case Kind.MEMBER_COORDINATE:
      return resolveMemberCoordinate(schema, schemaCoordinate);
    case Kind.ARGUMENT_COORDINATE:
      return resolveArgumentCoordinate(schema, schemaCoordinate);
    case Kind.DIRECTIVE_COORDINATE:
      return resolveDirectiveCoordinate(schema, schemaCoordinate);
    case Kind.DIRECTIVE_ARGUMENT_COORDINATE:
      return resolveDirectiveArgumentCoordinate(schema, schemaCoordinate);
  }
}

export {
  version,
  versionInfo,
  getLocation,
  printLocation,
  printSourceLocation,
  GraphQLError,
  printError,
  formatError,
  syntaxError,
  Location,
  Token,
  OperationTypeNode,
  DirectiveLocation,
  Kind,
  TokenKind,
  Lexer,
  Source,
  parse,
  parseValue,
  parseConstValue,
  parseType,
  parseSchemaCoordinate,
  print,
  valueFromASTUntyped,
  assertName,
  assertEnumValueName,
  isType,
  assertType,
  isScalarType,
  assertScalarType,
  isObjectType,
  assertObjectType,
  isInterfaceType,
  assertInterfaceType,
  isUnionType,
  assertUnionType,
  isEnumType,
  assertEnumType,
  isInputObjectType,
  assertInputObjectType,
  isListType,
  assertListType,
  isNonNullType,
  assertNonNullType,
  isInputType,
  assertInputType,
  isOutputType,
  assertOutputType,
  isLeafType,
  assertLeafType,
  isCompositeType,
  assertCompositeType,
  isAbstractType,
  assertAbstractType,
  GraphQLList,
  GraphQLNonNull,
  isWrappingType,
  assertWrappingType,
  isNullableType,
  assertNullableType,
  getNullableType,
  isNamedType,
  assertNamedType,
  getNamedType,
  resolveReadonlyArrayThunk,
  resolveObjMapThunk,
  GraphQLScalarType,
  GraphQLObjectType,
  isRequiredArgument,
  GraphQLInterfaceType,
  GraphQLUnionType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  isRequiredInputField,
  isEqualType,
  isTypeSubTypeOf,
  doTypesOverlap,
  GRAPHQL_MAX_INT,
  GRAPHQL_MIN_INT,
  GraphQLInt,
  GraphQLFloat,
  GraphQLString,
  GraphQLBoolean,
  GraphQLID,
  specifiedScalarTypes,
  isSpecifiedScalarType,
  isDirective,
  assertDirective,
  GraphQLDirective,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  DEFAULT_DEPRECATION_REASON,
  GraphQLDeprecatedDirective,
  GraphQLSpecifiedByDirective,
  GraphQLOneOfDirective,
  specifiedDirectives,
  isSpecifiedDirective,
  astFromValue,
  __Schema,
  __Directive,
  __DirectiveLocation,
  __Type,
  __Field,
  __InputValue,
  __EnumValue,
  TypeKind,
  __TypeKind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  introspectionTypes,
  isIntrospectionType,
  isSchema,
  assertSchema,
  GraphQLSchema,
  validateSchema,
  assertValidSchema,
  BREAK,
  visit,
  visitInParallel,
  getEnterLeaveForKind,
  getVisitFn,
  typeFromAST,
  TypeInfo,
  visitWithTypeInfo,
  isDefinitionNode,
  isExecutableDefinitionNode,
  isSelectionNode,
  isValueNode,
  isConstValueNode,
  isTypeNode,
  isTypeSystemDefinitionNode,
  isTypeDefinitionNode,
  isTypeSystemExtensionNode,
  isTypeExtensionNode,
  isSchemaCoordinateNode,
  ExecutableDefinitionsRule,
  FieldsOnCorrectTypeRule,
  FragmentsOnCompositeTypesRule,
  KnownArgumentNamesRule,
  KnownDirectivesRule,
  KnownFragmentNamesRule,
  KnownTypeNamesRule,
  LoneAnonymousOperationRule,
  LoneSchemaDefinitionRule,
  MaxIntrospectionDepthRule,
  NoFragmentCyclesRule,
  NoUndefinedVariablesRule,
  NoUnusedFragmentsRule,
  NoUnusedVariablesRule,
  OverlappingFieldsCanBeMergedRule,
  PossibleFragmentSpreadsRule,
  PossibleTypeExtensionsRule,
  ProvidedRequiredArgumentsRule,
  ScalarLeafsRule,
  pathToArray,
  coerceInputValue,
  valueFromAST,
  getVariableValues,
  getArgumentValues,
  getDirectiveValues,
  SingleFieldSubscriptionsRule,
  UniqueArgumentDefinitionNamesRule,
  UniqueArgumentNamesRule,
  UniqueDirectiveNamesRule,
  UniqueDirectivesPerLocationRule,
  UniqueEnumValueNamesRule,
  UniqueFieldDefinitionNamesRule,
  UniqueFragmentNamesRule,
  UniqueInputFieldNamesRule,
  UniqueOperationNamesRule,
  UniqueOperationTypesRule,
  UniqueTypeNamesRule,
  UniqueVariableNamesRule,
  ValuesOfCorrectTypeRule,
  VariablesAreInputTypesRule,
  VariablesInAllowedPositionRule,
  recommendedRules,
  specifiedRules,
  ValidationContext,
  validate,
  locatedError,
  execute,
  executeSync,
  defaultTypeResolver,
  defaultFieldResolver,
  graphql,
  graphqlSync,
  subscribe,
  createSourceEventStream,
  NoDeprecatedCustomRule,
  NoSchemaIntrospectionCustomRule,
  getIntrospectionQuery,
  getOperationAST,
  getOperationRootType,
  introspectionFromSchema,
  buildClientSchema,
  extendSchema,
  buildASTSchema,
  buildSchema,
  lexicographicSortSchema,
  printSchema,
  printIntrospectionSchema,
  printType,
  concatAST,
  separateOperations,
  stripIgnoredCharacters,
  assertValidName,
  isValidNameError,
  BreakingChangeType,
  DangerousChangeType,
  findBreakingChanges,
  findDangerousChanges,
  resolveSchemaCoordinate,
  resolveASTSchemaCoordinate
};
