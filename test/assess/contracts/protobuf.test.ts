import { describe, expect, it } from '@jest/globals';
import { diffProtobuf, inventoryProtobuf, joinDottedNames } from '../../../src/assess/contracts/protobuf.js';
import { protobufLines } from '../../../src/assess/contracts/protobuf-lines.js';
import { ContractParseError } from '../../../src/assess/contracts/finding.js';
import { findDetail, lineContaining } from './helpers.js';

const BASE = `syntax = "proto3";
package shop.v1;

message Order {
  reserved 7;
  reserved "coupon";
  string id = 1;
  int64 total_cents = 2;
  repeated string tags = 3;
  Status status = 4;
  oneof payment {
    string card = 5;
  }
}

enum Status {
  STATUS_UNSPECIFIED = 0;
  PAID = 1;
}

service Orders {
  rpc GetOrder (GetOrderRequest) returns (Order);
}

message GetOrderRequest { string id = 1; }
`;

const HEAD = `syntax = "proto3";
package shop.v1;

// message Order { this comment must not move the line of the real declaration }
message Order {
  string id = 1;
  int32 total_cents = 2;
  string tags = 3;
  Status status = 4;
  oneof payment {
    string card = 5;
    string voucher = 6;
  }
  string coupon = 7;
  string note = 8 [(validate.rules).string = {max_len: 140}];
}

enum Status {
  STATUS_UNSPECIFIED = 0;
  PAID = 1;
  REFUNDED = 2;
}

service Orders {
  rpc GetOrder (GetOrderRequest) returns (stream Order);
  rpc CancelOrder (GetOrderRequest) returns (Order) {
    option (google.api.http) = { post: "/v1/orders/{id}:cancel" body: "*" };
  }
}

message GetOrderRequest { string id = 1; }

message CancelReason { string text = 1; }
`;

describe('diffProtobuf', () => {
  it('classifies each rollback hazard with the line of the head declaration', async () => {
    const findings = await diffProtobuf(HEAD, BASE);

    // Added by N: a rollback takes it away from clients that had minutes to adopt it.
    const note = findDetail(findings, 'Order.note (= 8)');
    expect(note.severity).toBe('warning');
    expect(note.change).toBe('added');
    expect(note.line).toBe(lineContaining(HEAD, 'string note = 8'));

    const voucher = findDetail(findings, 'Order.voucher (= 6)');
    expect(voucher.severity).toBe('warning');
    expect(voucher.line).toBe(lineContaining(HEAD, 'voucher'));

    // Reserved by number and name in N-1: N-1 ignores it, nothing is misread.
    const coupon = findDetail(findings, 'Order.coupon (= 7)');
    expect(coupon.severity).toBe('warning');
    expect(coupon.detail).toContain('reserves');

    const total = findDetail(
      findings,
      'Order.total_cents (= 2): type changes from int32 in N to int64 in N-1'
    );
    expect(total.severity).toBe('warning');
    expect(total.detail).toContain('wire-compatible');

    const tags = findDetail(findings, 'Order.tags (= 3): singular in N, repeated in N-1');
    expect(tags.severity).toBe('blocker');
    expect(tags.line).toBe(lineContaining(HEAD, 'string tags = 3'));

    const refunded = findDetail(findings, 'Status.REFUNDED (= 2)');
    expect(refunded.severity).toBe('warning');
    expect(refunded.line).toBe(lineContaining(HEAD, 'REFUNDED = 2'));

    const streaming = findDetail(findings, 'rpc Orders.GetOrder: response is streamed in N, unary in N-1');
    expect(streaming.severity).toBe('blocker');
    expect(streaming.line).toBe(lineContaining(HEAD, 'rpc GetOrder'));

    const cancel = findDetail(findings, 'rpc Orders.CancelOrder');
    expect(cancel.severity).toBe('warning');
    expect(cancel.line).toBe(lineContaining(HEAD, 'rpc CancelOrder'));

    const reason = findDetail(findings, 'message CancelReason');
    expect(reason.severity).toBe('warning');
    expect(reason.line).toBe(lineContaining(HEAD, 'message CancelReason'));
  });

  it('treats renumbering as a blocker and a wire-incompatible type change as a blocker', async () => {
    const head = 'syntax = "proto3";\nmessage A {\n  string name = 1;\n  int32 count = 2;\n}\n';
    const base = 'syntax = "proto3";\nmessage A {\n  string name = 3;\n  string count = 2;\n}\n';
    const findings = await diffProtobuf(head, base);
    const renumbered = findDetail(findings, 'A.name (= 1): renumbered to 3');
    expect(renumbered.severity).toBe('blocker');
    expect(renumbered.line).toBe(3);
    const retyped = findDetail(
      findings,
      'A.count (= 2): type changes from int32 in N to string in N-1 (wire-incompatible)'
    );
    expect(retyped.severity).toBe('blocker');
    expect(retyped.line).toBe(4);
  });

  it('warns about a field N added whether or not N-1 reserves it, without forward-only notes', async () => {
    const head = 'syntax = "proto3";\nmessage A {\n  string secret = 2;\n}\n';
    const base = 'syntax = "proto3";\nmessage A {\n  reserved 2;\n}\n';
    const added = findDetail(await diffProtobuf(head, base), 'A.secret');
    expect(added.severity).toBe('warning');
    // Number reuse matters to later releases, not to this rollback.
    expect(added.detail).not.toMatch(/reused/);
    const unreserved = findDetail(await diffProtobuf(head, 'syntax = "proto3";\nmessage A {}\n'), 'A.secret');
    expect(unreserved.detail).not.toMatch(/reused/);
    const bothReserved = 'syntax = "proto3";\nmessage A {\n  reserved 2;\n  reserved "secret";\n}\n';
    expect(findDetail(await diffProtobuf(head, bothReserved), 'A.secret').severity).toBe('warning');
  });

  it('reports enum renumbering, oneof moves, package and rpc type changes', async () => {
    const head = `syntax = "proto3";
package a.v2;
enum Kind { KIND_UNSPECIFIED = 0; BIG = 1; }
message M { oneof choice { string x = 1; } int32 y = 2; }
message Other { string z = 1; }
service S { rpc Do (M) returns (M); }
`;
    const base = `syntax = "proto3";
package a.v1;
enum Kind { KIND_UNSPECIFIED = 0; BIG = 2; }
message M { string x = 1; int32 y = 2; }
message Other { string z = 1; }
service S { rpc Do (Other) returns (M); }
`;
    const findings = await diffProtobuf(head, base);
    expect(findDetail(findings, 'Package changes from a.v2 in N to a.v1 in N-1')).toMatchObject({
      severity: 'blocker',
      line: 2
    });
    expect(findDetail(findings, 'Kind.BIG (= 1): renumbered to 2')).toMatchObject({
      severity: 'blocker',
      line: 3
    });
    expect(findDetail(findings, 'M.x (= 1): oneof choice in N, no oneof in N-1')).toMatchObject({
      severity: 'warning',
      line: 4
    });
    expect(findDetail(findings, 'request type changes from M in N to Other in N-1')).toMatchObject({
      severity: 'blocker',
      line: 6
    });
  });

  it('does not mistake proto3 optional for a oneof move, and finds nothing when nothing changed', async () => {
    const head = 'syntax = "proto3";\nmessage A { optional string x = 1; }\n';
    const base = 'syntax = "proto3";\nmessage A { string x = 1; }\n';
    expect(await diffProtobuf(head, base)).toEqual([]);
    expect(await diffProtobuf(HEAD, HEAD)).toEqual([]);
  });

  it('finds only harmless changes when N removed things', async () => {
    const findings = await diffProtobuf(
      'syntax = "proto3";\nmessage A { string x = 1; }\n',
      'syntax = "proto3";\nmessage A { string x = 1; string y = 2; }\nmessage B {}\n'
    );
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('reads a type name with spaces around a dot as protoc does, and only there', async () => {
    // As in Temporal's adminservice protos: `temporal.server.api.common.v1. HistoryDLQTaskMetadata`.
    const proto = (field: string) => `syntax = "proto3";
package shop.v1;
import "common/v1/meta.proto";
// See tasks. Registry: a comment keeps its spaces.
message Page {
  option (note) = "keep. this";
  common.v1. Meta max_meta = 1;
  common.v1 .Meta min_meta = 2;
  ${field} = 3;
}
`;
    const base = proto('bool is_enabled');
    const head = proto('bool enabled');
    // Parsed, so the one change is judged by its rule (a rename), not reported as unreadable.
    const findings = await diffProtobuf(head, base);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: 'Page.enabled', change: 'changed', line: 9 });
    expect(findings[0]!.detail).toContain('renamed to is_enabled in N-1');
    expect(joinDottedNames(base)).toContain('common.v1.Meta max_meta = 1;');
    expect(joinDottedNames(base)).toContain('common.v1.Meta min_meta = 2;');
    expect(joinDottedNames(base)).toContain('// See tasks. Registry');
    expect(joinDottedNames(base)).toContain('"keep. this"');
    expect(joinDottedNames(base).split('\n')).toHaveLength(base.split('\n').length);
  });

  it('throws a ContractParseError for broken text', async () => {
    await expect(diffProtobuf('message {', BASE)).rejects.toBeInstanceOf(ContractParseError);
  });
});

describe('protobufLines', () => {
  it('skips comments and string literals that look like declarations', () => {
    const text = `/* message Ghost {
  string id = 1;
} */
syntax = "proto3";
option java_package = "message Ghost {";
message Real { // message Ghost {
  map<string, int64> counts = 1;
  string label = 2 [json_name = "message"];
  message Inner { int32 n = 1; }
}`;
    const lines = protobufLines(text);
    expect(lines.has('Ghost')).toBe(false);
    expect(lines.get('Real')).toBe(lineContaining(text, 'message Real'));
    expect(lines.get('Real.counts')).toBe(lineContaining(text, 'counts'));
    expect(lines.get('Real.label')).toBe(lineContaining(text, 'label'));
    expect(lines.get('Real.Inner')).toBe(lineContaining(text, 'message Inner'));
    expect(lines.get('Real.Inner.n')).toBe(lineContaining(text, 'message Inner'));
  });
});

describe('inventoryProtobuf', () => {
  it('counts messages, enums, services and rpcs', async () => {
    expect((await inventoryProtobuf(HEAD)).summary).toBe('3 messages, 1 enum, 1 service with 2 rpcs');
  });
});
