/**
 * Is the deployed version live? Looks for it in a named response header or in the body, accepting
 * an abbreviated git SHA on either side (a service often reports the 7- or 12-character form).
 */
import type { HttpResponse } from '../transport/request.js';

const HEX_SHA = /^[0-9a-f]{7,64}$/i;
const SHA_TOKEN = /\b[0-9a-f]{7,64}\b/gi;
const VERSION_FIELDS = [
  ['version'],
  ['sha'],
  ['commit'],
  ['revision'],
  ['build', 'version'],
  ['git', 'commit', 'id'],
  ['app', 'version']
];

export interface VersionResult {
  live: boolean;
  detail: string;
}

/** Same version, allowing one side to be an abbreviation (at least 7 characters) of the other. */
export function sameVersion(seen: string, wanted: string): boolean {
  const a = seen.trim().toLowerCase();
  const b = wanted.trim().toLowerCase();
  if (a === b) return true;
  if (!HEX_SHA.test(a) || !HEX_SHA.test(b)) return false;
  return a.startsWith(b) || b.startsWith(a);
}

export function checkVersion(
  expected: { value: string; header?: string },
  response: HttpResponse,
  json: unknown
): VersionResult {
  const wanted = expected.value;
  const live = { live: true, detail: `version ${short(wanted)} live` };
  if (expected.header) {
    const seen = response.headers.get(expected.header);
    if (seen === null)
      return {
        live: false,
        detail: `version ${short(wanted)} not live yet, saw no ${expected.header} header`
      };
    return sameVersion(seen, wanted)
      ? live
      : { live: false, detail: `version ${short(wanted)} not live yet, saw ${short(seen.trim())}` };
  }
  if (response.body.includes(wanted)) return live;
  if (HEX_SHA.test(wanted)) {
    for (const token of response.body.match(SHA_TOKEN) ?? []) if (sameVersion(token, wanted)) return live;
  }
  return {
    live: false,
    detail: `version ${short(wanted)} not live yet, saw ${describeSeen(response.body, json)}`
  };
}

function describeSeen(body: string, json: unknown): string {
  for (const path of VERSION_FIELDS) {
    let node: unknown = json;
    for (const key of path)
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node === 'string' || typeof node === 'number') return short(String(node));
  }
  const token = body.match(SHA_TOKEN)?.[0];
  return token ? short(token) : 'no version in the body';
}

function short(version: string): string {
  return HEX_SHA.test(version) && version.length > 12 ? version.slice(0, 12) : version.slice(0, 64);
}
