import { describe, expect, it } from '@jest/globals';
import { detectContract, looksLikeOpenApi, mightBeContract } from '../../../src/assess/contracts/detect.js';

describe('detectContract by name', () => {
  it.each([
    ['proto/shop/v1/orders.proto', 'protobuf'],
    ['schema.graphql', 'graphql'],
    ['services/users/schema.graphqls', 'graphql'],
    ['queries/Q.GQL', 'graphql'],
    ['openapi.yaml', 'openapi'],
    ['api/openapi.json', 'openapi'],
    ['docs/swagger.yml', 'openapi'],
    ['specs/users.openapi.yaml', 'openapi'],
    ['specs/users-oas.yml', 'openapi'],
    ['windows\\style\\openapi.yaml', 'openapi']
  ])('%s is %s', (path, kind) => {
    expect(detectContract(path, [])).toBe(kind);
  });

  it.each([
    'src/proto.ts',
    'openapi.yaml.bak',
    'README.md',
    'config/app.yaml',
    'graphql/resolvers.ts',
    'myopenapi.json'
  ])('%s is not a contract', (path) => {
    expect(detectContract(path, [])).toBeNull();
  });

  it('requires an *oas* YAML file to sniff as OpenAPI when its content is given', () => {
    expect(detectContract('k8s/toast.yaml', [], 'kind: Deployment\n')).toBeNull();
    expect(detectContract('k8s/toast.yaml', [], 'openapi: 3.0.0\n')).toBe('openapi');
  });
});

describe('detectContract by content and user globs', () => {
  it('recognises a top-level openapi/swagger key in YAML and JSON, not a nested one', () => {
    expect(detectContract('api/users.yaml', [], 'openapi: 3.1.0\ninfo: {}\n')).toBe('openapi');
    expect(detectContract('api/users.json', [], '{"swagger": "2.0", "paths": {}}')).toBe('openapi');
    expect(detectContract('api/users.json', [], '{"x": {"openapi": "3.0.0"}}')).toBeNull();
    expect(detectContract('api/users.yaml', [], 'x:\n  openapi: 3.0.0\n')).toBeNull();
    expect(detectContract('api/users.yaml', [])).toBeNull();
  });

  it('uses user globs and infers the kind from extension or content', () => {
    const globs = ['contracts/**/*.yaml', 'schemas/*.txt'];
    expect(detectContract('contracts/billing/v1.yaml', globs)).toBe('openapi');
    expect(detectContract('contracts/billing/v1.yaml', globs, 'kind: ConfigMap\n')).toBeNull();
    expect(detectContract('schemas/api.txt', globs, 'type Query { a: Int }\n')).toBe('graphql');
    expect(detectContract('schemas/api.txt', globs, 'syntax = "proto3";\nmessage A {}\n')).toBe('protobuf');
    expect(detectContract('elsewhere/v1.yaml', globs)).toBeNull();
  });

  it('keeps glob semantics for braces, leading ** and literal globs', () => {
    expect(detectContract('contracts/a/b.yaml', ['{api,contracts}/**/*.yaml'])).toBe('openapi');
    expect(detectContract('deep/x/service.api.json', ['**/*.api.json'])).toBe('openapi');
    expect(detectContract('docs/api.yaml', ['docs/api.yaml'])).toBe('openapi');
    expect(detectContract('docs/api.yaml.bak', ['docs/api.yaml'])).toBeNull();
    expect(detectContract('docs/api.yml', ['docs/api.y?ml'])).toBeNull();
    expect(detectContract('docs/api.yaml', ['docs/api.y?ml'])).toBe('openapi');
  });

  it('looksLikeOpenApi accepts quoted YAML keys and rejects unrelated text', () => {
    expect(looksLikeOpenApi('a.yaml', '"openapi": "3.0.0"\n')).toBe(true);
    expect(looksLikeOpenApi('a.yaml', '# this is not swagger\nname: x\n')).toBe(false);
  });
});

describe('mightBeContract', () => {
  it('selects JSON/YAML files in API folders whose names do not decide', () => {
    expect(mightBeContract('api/users.yaml')).toBe(true);
    expect(mightBeContract('services/x/spec/v1.json')).toBe(true);
    expect(mightBeContract('openapi/orders.yml')).toBe(true);
    expect(mightBeContract('api/openapi.yaml')).toBe(false);
    expect(mightBeContract('config/app.yaml')).toBe(false);
    expect(mightBeContract('api/handler.ts')).toBe(false);
  });
});
