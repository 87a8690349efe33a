import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { redactUrl, scrubSecrets } from '../../src/sources/transport/redact.js';
import { promDuration } from '../../src/sources/prometheus/promql-duration.js';
import { evaluateJsonPath, parseJsonPath } from '../../src/sources/http/json-path.js';
import { backoff } from '../../src/sources/transport/request.js';

const alnum = (min: number) => fc.stringMatching(new RegExp(`^[a-z0-9]{${min},20}$`));

describe('properties', () => {
  it('redactUrl never shows the password or a token value, and keeps ordinary parameters', () => {
    fc.assert(
      fc.property(alnum(6), alnum(6), alnum(1), (password, token, page) => {
        const out = redactUrl(
          `https://deploy:PW${password}@host.example/api?access_token=TK${token}&page=${page}`
        );
        return !out.includes(`PW${password}`) && !out.includes(`TK${token}`) && out.includes(`page=${page}`);
      })
    );
  });

  it('scrubSecrets removes every registered secret', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.stringMatching(/^[A-Za-z0-9+/=_-]{4,30}$/),
        fc.string(),
        (before, secret, after) => {
          return !scrubSecrets(`${before}${secret}${after}${secret}`, [secret]).includes(secret);
        }
      )
    );
  });

  it('promDuration writes the window rounded to whole seconds, at least 1s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 86_400_000 }), (ms) => {
        const text = promDuration(ms);
        expect(text).toMatch(/^(\d+d)?(\d+h)?(\d+m)?(\d+s)?$/);
        const units: Record<string, number> = { d: 86_400, h: 3_600, m: 60, s: 1 };
        const seconds = [...text.matchAll(/(\d+)([dhms])/g)].reduce(
          (sum, [, n, u]) => sum + Number(n) * units[u!]!,
          0
        );
        return seconds === Math.max(1, Math.round(ms / 1000));
      })
    );
  });

  it('a JSON path reaches the value placed at it', () => {
    const step = fc.oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), fc.jsonValue(), (steps, leaf) => {
        let document: unknown = leaf;
        for (const s of [...steps].reverse()) {
          if (typeof s === 'number') {
            const list: unknown[] = new Array(s + 1).fill(null);
            list[s] = document;
            document = list;
          } else document = { [s]: document };
        }
        const path = '$' + steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
        expect(evaluateJsonPath(document, parseJsonPath(path))).toEqual(leaf);
      })
    );
  });

  it('backoff stays within half and all of the capped exponential step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, r) => {
          const ceiling = Math.min(30_000, 500 * 2 ** (attempt - 1));
          const wait = backoff(attempt, 500, 30_000, () => r);
          return wait >= Math.floor(ceiling / 2) && wait <= ceiling;
        }
      )
    );
  });
});
