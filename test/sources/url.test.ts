import { describe, expect, it } from '@jest/globals';
import { endpointUrl } from '../../src/sources/transport/url.js';
import { queryEndpoint } from '../../src/sources/prometheus/api.js';

describe('endpoint URLs are built with the URL API', () => {
  it('appends the API path to the base path and keeps the query string after it', () => {
    expect(queryEndpoint('https://mimir.example.com/prometheus?tenant=x')).toBe(
      'https://mimir.example.com/prometheus/api/v1/query?tenant=x'
    );
    expect(endpointUrl('https://prom.example.com/?a=1&b=2', '/api/v1/query')).toBe(
      'https://prom.example.com/api/v1/query?a=1&b=2'
    );
  });

  it('joins with one slash whatever the base ends with, and keeps userinfo and port', () => {
    expect(queryEndpoint('http://u:p@127.0.0.1:9090')).toBe('http://u:p@127.0.0.1:9090/api/v1/query');
    expect(queryEndpoint('https://grafana.example.net/api/prom//')).toBe(
      'https://grafana.example.net/api/prom/api/v1/query'
    );
  });

  it('puts the path before a fragment, never inside it', () => {
    expect(endpointUrl('https://prom.example.com/base#x', 'api/v1/query')).toBe(
      'https://prom.example.com/base/api/v1/query#x'
    );
  });
});
