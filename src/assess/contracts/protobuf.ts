/**
 * Protocol Buffers in the rollback direction. protobufjs parses; the compatibility rules are ours
 * (no maintained JavaScript library has them), following the protobuf language guide's "updating
 * a message type": numbers are the wire identity, names matter to JSON and generated code.
 */
import type { Enum, Field, MapField, Method, Namespace, ReflectionObject, Service, Type } from 'protobufjs';
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
import { protobufLines } from './protobuf-lines.js';

type Protobuf = typeof import('protobufjs');

interface ProtoFile {
  packageName: string;
  messages: Map<string, Type>;
  enums: Map<string, Enum>;
  services: Map<string, Service>;
}

// Scalar types that decode each other's bytes (the language guide's compatible groups).
const WIRE_GROUPS: Record<string, string> = {
  int32: 'varint',
  int64: 'varint',
  uint32: 'varint',
  uint64: 'varint',
  bool: 'varint',
  sint32: 'zigzag',
  sint64: 'zigzag',
  fixed32: 'fixed32',
  sfixed32: 'fixed32',
  fixed64: 'fixed64',
  sfixed64: 'fixed64',
  float: 'float',
  double: 'double',
  string: 'length-delimited',
  bytes: 'length-delimited'
};

async function loadProtobuf(): Promise<Protobuf> {
  const module = await import('protobufjs');
  // The CommonJS build arrives as the default export under ESM.
  return ((module as unknown as { default?: Protobuf }).default ?? module) as Protobuf;
}

function localName(fullName: string, packageName: string): string {
  const name = fullName.replace(/^\./, '');
  return packageName && name.startsWith(`${packageName}.`) ? name.slice(packageName.length + 1) : name;
}

// Comments and strings first, so a dot inside them is never reached: the scan takes them whole.
const PROTO_COMMENT_STRING_OR_SPACED_DOT =
  /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(?<=[A-Za-z0-9_])[ \t]*\.[ \t]*(?=[A-Za-z_])/g;

/**
 * protoc reads `.` as a token of its own, so `common.v1. Payload` names `common.v1.Payload`;
 * protobufjs reads a dotted name as one token and rejects it. Spaces and tabs around a dot
 * between two names are dropped, outside comments and strings; lines stay where they are.
 */
export function joinDottedNames(text: string): string {
  return text.replace(PROTO_COMMENT_STRING_OR_SPACED_DOT, (match) =>
    match.startsWith('/') || match.startsWith('"') || match.startsWith("'") ? match : '.'
  );
}

function parseProto(protobuf: Protobuf, text: string, side: 'head' | 'base'): ProtoFile {
  let parsed: ReturnType<Protobuf['parse']>;
  try {
    parsed = protobuf.parse(joinDottedNames(text), { keepCase: true, alternateCommentMode: true });
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
  const packageName = parsed.package ?? '';
  const file: ProtoFile = { packageName, messages: new Map(), enums: new Map(), services: new Map() };
  const visit = (namespace: Namespace): void => {
    for (const nested of namespace.nestedArray) {
      const name = localName(nested.fullName, packageName);
      if (nested instanceof protobuf.Type) file.messages.set(name, nested);
      else if (nested instanceof protobuf.Enum) file.enums.set(name, nested);
      else if (nested instanceof protobuf.Service) file.services.set(name, nested);
      if (nested instanceof protobuf.Namespace) visit(nested);
    }
  };
  visit(parsed.root);
  return file;
}

/** Type of a field as a package-relative name, resolved when the file itself defines it. */
function fieldType(protobuf: Protobuf, field: Field, packageName: string): { name: string; group: string } {
  if (field.type in WIRE_GROUPS) return { name: field.type, group: WIRE_GROUPS[field.type]! };
  let resolved: ReflectionObject | null = null;
  try {
    resolved = field.resolve().resolvedType;
  } catch {
    // Imported types cannot be resolved from one file: compare them by name.
  }
  const name = localName(resolved?.fullName ?? field.type, packageName);
  const group = resolved instanceof protobuf.Enum ? 'varint' : 'length-delimited';
  return { name, group };
}

/** proto3 `optional` makes a synthetic oneof `_name`: not a real oneof for compatibility. */
function realOneof(field: Field): string | null {
  const oneof = field.partOf;
  if (!oneof) return null;
  return oneof.name === `_${field.name}` && oneof.oneof.length === 1 ? null : oneof.name;
}

function isReserved(
  reserved: (number[] | string)[] | undefined,
  id: number,
  name: string
): { number: boolean; name: boolean } {
  const ranges = reserved ?? [];
  return {
    number: ranges.some((entry) => Array.isArray(entry) && entry[0]! <= id && id <= entry[1]!),
    name: ranges.some((entry) => entry === name)
  };
}

/** proto2 `required`: `Field.required` is only set once resolved, the parsed rule always. */
function isRequired(field: Field): boolean {
  return field.required || field.rule === 'required';
}

function labelOf(field: Field): string {
  if (field.map) return 'map';
  if (field.repeated) return 'repeated';
  return 'singular';
}

class ProtoComparison {
  readonly findings: ContractFinding[] = [];
  private readonly lines: Map<string, number>;

  constructor(
    private readonly protobuf: Protobuf,
    private readonly head: ProtoFile,
    private readonly base: ProtoFile,
    headText: string
  ) {
    this.lines = protobufLines(headText);
  }

  private add(
    severity: ContractFinding['severity'],
    key: string | null,
    detail: string,
    recommendation: string,
    change?: ContractChange
  ): void {
    const finding: ContractFinding = {
      severity,
      line: key === null ? null : (this.lines.get(key) ?? null),
      detail,
      recommendation
    };
    if (change) finding.change = change;
    if (key !== null) finding.subject = key;
    this.findings.push(finding);
  }

  run(): ContractFinding[] {
    if (this.head.packageName !== this.base.packageName) {
      const what = `package ${this.head.packageName || '(none)'}`;
      this.add(
        'blocker',
        'package',
        `Package changes from ${this.head.packageName || '(none)'} in N to ${this.base.packageName || '(none)'} in N-1: every fully qualified name and gRPC path changes.`,
        changeAdvice(what),
        'changed'
      );
    }
    const removed: string[] = [];
    // Report a removed message once, not once more for each of its nested types.
    const insideRemoved = (name: string): boolean => removed.some((parent) => name.startsWith(`${parent}.`));
    const declarations: [string, Map<string, unknown>, Map<string, unknown>][] = [
      ['message', this.head.messages, this.base.messages],
      ['enum', this.head.enums, this.base.enums],
      ['service', this.head.services, this.base.services]
    ];
    for (const [noun, headMap, baseMap] of declarations) {
      for (const name of headMap.keys()) {
        if (baseMap.has(name) || insideRemoved(name)) continue;
        removed.push(name);
        this.add(
          'warning',
          name,
          `${noun} ${name}: declared in N, missing from N-1.`,
          removalAdvice(`${noun} ${name}`),
          'added'
        );
      }
      for (const name of baseMap.keys()) {
        if (!headMap.has(name))
          this.add(
            'info',
            null,
            `${noun} ${name}: removed by N, restored by a rollback.`,
            INFO_ADVICE,
            'removed'
          );
      }
    }
    for (const [name, message] of this.head.messages) {
      const baseMessage = this.base.messages.get(name);
      if (baseMessage) this.compareMessage(name, message, baseMessage);
    }
    for (const [name, enumType] of this.head.enums) {
      const baseEnum = this.base.enums.get(name);
      if (baseEnum) this.compareEnum(name, enumType, baseEnum);
    }
    for (const [name, service] of this.head.services) {
      const baseService = this.base.services.get(name);
      if (baseService) this.compareService(name, service, baseService);
    }
    return this.findings;
  }

  private compareMessage(messageName: string, head: Type, base: Type): void {
    const baseById = new Map(base.fieldsArray.map((field) => [field.id, field]));
    for (const field of head.fieldsArray) {
      const key = `${messageName}.${field.name}`;
      const at = `${messageName}.${field.name} (= ${field.id})`;
      const baseField = base.fields[field.name];
      if (!baseField) {
        const sameNumber = baseById.get(field.id);
        if (sameNumber) {
          this.add(
            'blocker',
            key,
            `${at}: renamed to ${sameNumber.name} in N-1 (same number: binary clients still work, JSON clients and generated code do not).`,
            changeAdvice(`the name of ${at}`),
            'changed'
          );
          this.compareFieldShape(key, at, field, sameNumber);
        } else {
          this.fieldRemoved(key, at, field, base);
        }
        continue;
      }
      if (baseField.id !== field.id) {
        this.add(
          'blocker',
          key,
          `${at}: renumbered to ${baseField.id} in N-1; the two versions read each other's data as a different field.`,
          changeAdvice(`the number of ${at}`),
          'changed'
        );
        continue;
      }
      this.compareFieldShape(key, at, field, baseField);
    }
    // proto2 `required` in N-1 on a field N dropped: messages from clients of N lack it.
    const headIds = new Set(head.fieldsArray.map((field) => field.id));
    for (const baseField of base.fieldsArray) {
      if (!isRequired(baseField) || head.fields[baseField.name] || headIds.has(baseField.id)) continue;
      const at = `${messageName}.${baseField.name} (= ${baseField.id})`;
      this.add(
        'blocker',
        messageName,
        `${at}: not in N, required by N-1: N-1 rejects messages from clients of N.`,
        requirementAdvice(at),
        'removed'
      );
    }
  }

  private fieldRemoved(key: string, at: string, field: Field, base: Type): void {
    const reserved = isReserved(base.reserved, field.id, field.name);
    if (reserved.number && reserved.name) {
      this.add(
        'warning',
        key,
        `${at}: added in N; N-1 reserves its number and name, so N-1 ignores the values clients of N send.`,
        removalAdvice(`field ${at}`),
        'added'
      );
      return;
    }
    // Whether N-1 reserves the number only matters to later releases, not to this rollback.
    this.add(
      'warning',
      key,
      `${at}: declared in N, missing from N-1: N-1 ignores the values clients of N send and never returns it.`,
      removalAdvice(`field ${at}`),
      'added'
    );
  }

  private compareFieldShape(key: string, at: string, head: Field, base: Field): void {
    const headType = fieldType(this.protobuf, head, this.head.packageName);
    const baseType = fieldType(this.protobuf, base, this.base.packageName);
    if (headType.name !== baseType.name) {
      const compatible = headType.group === baseType.group;
      this.add(
        compatible ? 'warning' : 'blocker',
        key,
        `${at}: type changes from ${headType.name} in N to ${baseType.name} in N-1 (${compatible ? 'wire-compatible, but values may be truncated or reinterpreted' : 'wire-incompatible'}).`,
        compatible ? dangerAdvice(at) : changeAdvice(`the type of ${at}`),
        'changed'
      );
    }
    const headKey = head.map ? (head as unknown as MapField).keyType : null;
    const baseKey = base.map ? (base as unknown as MapField).keyType : null;
    if (headKey && baseKey && headKey !== baseKey) {
      this.add(
        'blocker',
        key,
        `${at}: map key type changes from ${headKey} in N to ${baseKey} in N-1.`,
        changeAdvice(`the key type of ${at}`),
        'changed'
      );
    }
    if (labelOf(head) !== labelOf(base)) {
      this.add(
        'blocker',
        key,
        `${at}: ${labelOf(head)} in N, ${labelOf(base)} in N-1.`,
        changeAdvice(`the cardinality of ${at}`),
        'changed'
      );
    }
    if (isRequired(base) && !isRequired(head)) {
      this.add(
        'warning',
        key,
        `${at}: optional in N, required in N-1: N-1 rejects messages from clients of N that omit it.`,
        removalAdvice(`that ${at} is optional`),
        'added'
      );
    }
    const headOneof = realOneof(head);
    const baseOneof = realOneof(base);
    if (headOneof !== baseOneof) {
      const move = `${headOneof ? `oneof ${headOneof}` : 'no oneof'} in N, ${baseOneof ? `oneof ${baseOneof}` : 'no oneof'} in N-1`;
      this.add(
        'warning',
        key,
        `${at}: ${move}; setting one member may clear another.`,
        dangerAdvice(at),
        'changed'
      );
    }
  }

  private compareEnum(enumName: string, head: Enum, base: Enum): void {
    const baseNameOf = new Map<number, string>();
    for (const [valueName, number] of Object.entries(base.values))
      if (!(valueName in head.values)) baseNameOf.set(number, valueName);
    for (const [valueName, number] of Object.entries(head.values)) {
      const key = `${enumName}.${valueName}`;
      const at = `${enumName}.${valueName} (= ${number})`;
      const baseNumber = base.values[valueName];
      if (baseNumber === undefined) {
        const replaced = baseNameOf.get(number);
        const reserved = isReserved(base.reserved as (number[] | string)[] | undefined, number, valueName);
        if (replaced !== undefined) {
          this.add(
            'blocker',
            key,
            `${at}: replaces ${replaced} of N-1 at the same number; clients of N use the new name.`,
            changeAdvice(`enum value ${at}`),
            'changed'
          );
        } else {
          this.add(
            'warning',
            key,
            reserved.number && reserved.name
              ? `${at}: added in N; N-1 reserves it and treats it as unknown.`
              : `${at}: declared in N, missing from N-1: N-1 cannot read it and JSON parsing fails.`,
            removalAdvice(`enum value ${at}`),
            'added'
          );
        }
      } else if (baseNumber !== number) {
        this.add(
          'blocker',
          key,
          `${at}: renumbered to ${baseNumber} in N-1.`,
          changeAdvice(`the number of ${at}`),
          'changed'
        );
      }
    }
  }

  private compareService(serviceName: string, head: Service, base: Service): void {
    for (const method of head.methodsArray) {
      const key = `${serviceName}.${method.name}`;
      const at = `rpc ${serviceName}.${method.name}`;
      const baseMethod = base.methods[method.name];
      if (!baseMethod) {
        this.add(
          'warning',
          key,
          `${at}: served by N, missing from N-1 (UNIMPLEMENTED after rollback).`,
          removalAdvice(at),
          'added'
        );
        continue;
      }
      this.compareMethod(key, at, method, baseMethod);
    }
  }

  private compareMethod(key: string, at: string, head: Method, base: Method): void {
    const headNames = [head.requestType, head.responseType].map((name) =>
      localName(name, this.head.packageName)
    );
    const baseNames = [base.requestType, base.responseType].map((name) =>
      localName(name, this.base.packageName)
    );
    ['request', 'response'].forEach((role, index) => {
      if (headNames[index] !== baseNames[index]) {
        this.add(
          'blocker',
          key,
          `${at}: ${role} type changes from ${headNames[index]} in N to ${baseNames[index]} in N-1.`,
          changeAdvice(`the ${role} of ${at}`),
          'changed'
        );
      }
    });
    for (const [role, headStream, baseStream] of [
      ['request', head.requestStream, base.requestStream],
      ['response', head.responseStream, base.responseStream]
    ] as const) {
      if (Boolean(headStream) !== Boolean(baseStream)) {
        this.add(
          'blocker',
          key,
          `${at}: ${role} is ${headStream ? 'streamed' : 'unary'} in N, ${baseStream ? 'streamed' : 'unary'} in N-1.`,
          changeAdvice(`the ${role} streaming of ${at}`),
          'changed'
        );
      }
    }
  }
}

export async function diffProtobuf(head: string, base: string): Promise<ContractFinding[]> {
  const protobuf = await loadProtobuf();
  const headFile = parseProto(protobuf, head, 'head');
  const baseFile = parseProto(protobuf, base, 'base');
  return new ProtoComparison(protobuf, headFile, baseFile, head).run();
}

export async function inventoryProtobuf(text: string): Promise<ContractInventory> {
  const protobuf = await loadProtobuf();
  const file = parseProto(protobuf, text, 'head');
  const rpcs = [...file.services.values()].reduce((count, service) => count + service.methodsArray.length, 0);
  const parts = [`${file.messages.size} message${file.messages.size === 1 ? '' : 's'}`];
  if (file.enums.size > 0) parts.push(`${file.enums.size} enum${file.enums.size === 1 ? '' : 's'}`);
  parts.push(
    `${file.services.size} service${file.services.size === 1 ? '' : 's'} with ${rpcs} rpc${rpcs === 1 ? '' : 's'}`
  );
  return {
    summary: parts.join(', '),
    empty: file.messages.size + file.enums.size + file.services.size === 0
  };
}
