/**
 * Reading health documents: the IETF draft `application/health+json` and Spring Boot actuator.
 * Each reader says healthy or not, with the words a person needs (which checks fail).
 */

export type HealthFormat = 'health+json' | 'actuator' | 'plain';

export interface BodyVerdict {
  healthy: boolean;
  /** e.g. "actuator status DOWN (db: DOWN)". */
  summary: string;
  /** Healthy but worth saying (health+json `warn`, actuator UNKNOWN). */
  note?: string;
}

const IETF_HEALTHY = new Set(['pass', 'ok', 'up']);
const IETF_WARN = new Set(['warn']);
const IETF_UNHEALTHY = new Set(['fail', 'error', 'down']);
const ACTUATOR_STATUSES = new Set(['UP', 'DOWN', 'OUT_OF_SERVICE', 'UNKNOWN']);

/** The format to read a body in: forced by config, or detected from the content type and shape. */
export function detectFormat(
  configured: 'auto' | HealthFormat,
  contentType: string | null,
  json: unknown
): HealthFormat {
  if (configured !== 'auto') return configured;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('application/health+json')) return 'health+json';
  if (type.includes('spring-boot.actuator')) return 'actuator';
  const status = statusOf(json);
  if (status === undefined) return 'plain';
  if (ACTUATOR_STATUSES.has(status)) return 'actuator';
  const lower = status.toLowerCase();
  if (IETF_HEALTHY.has(lower) || IETF_WARN.has(lower) || IETF_UNHEALTHY.has(lower)) return 'health+json';
  return 'plain';
}

function statusOf(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const status = (json as Record<string, unknown>).status;
  return typeof status === 'string' ? status : undefined;
}

/** IETF draft-inadarei-api-health-check: top-level `status`, `checks` as name -> array of results. */
export function readHealthJson(json: unknown): BodyVerdict {
  const status = statusOf(json);
  if (status === undefined) return { healthy: false, summary: 'health+json body has no "status" string' };
  const lower = status.toLowerCase();
  const failing = checksWithStatus(json, IETF_UNHEALTHY);
  const warning = checksWithStatus(json, IETF_WARN);
  const named = (list: string[]) => (list.length > 0 ? ` (${list.join(', ')})` : '');
  if (IETF_UNHEALTHY.has(lower))
    return { healthy: false, summary: `health+json status ${status}${named(failing)}` };
  if (IETF_WARN.has(lower)) {
    return {
      healthy: true,
      summary: `health+json status ${status}${named(warning)}`,
      note: `warn${named(warning)}`
    };
  }
  if (IETF_HEALTHY.has(lower)) return { healthy: true, summary: `health+json status ${status}` };
  return { healthy: false, summary: `health+json status "${status}" is not one of pass, warn, fail` };
}

function checksWithStatus(json: unknown, statuses: Set<string>): string[] {
  const checks = (json as { checks?: unknown }).checks;
  if (checks === null || typeof checks !== 'object' || Array.isArray(checks)) return [];
  const names: string[] = [];
  for (const [name, results] of Object.entries(checks as Record<string, unknown>)) {
    const list = Array.isArray(results) ? results : [results];
    for (const result of list) {
      const s = statusOf(result);
      if (s === undefined || !statuses.has(s.toLowerCase())) continue;
      const output = (result as { output?: unknown }).output;
      const id = (result as { componentId?: unknown }).componentId;
      const label = typeof id === 'string' && !name.includes(id) ? `${name} ${id}` : name;
      names.push(
        typeof output === 'string' && output !== '' ? `${label}: ${s}, ${output}` : `${label}: ${s}`
      );
    }
  }
  return names;
}

/** Spring Boot actuator `/actuator/health`: `status` and nested `components`. */
export function readActuator(json: unknown): BodyVerdict {
  const status = statusOf(json);
  if (status === undefined) return { healthy: false, summary: 'actuator body has no "status" string' };
  const notUp: string[] = [];
  collectComponents(json, '', notUp);
  const named = notUp.length > 0 ? ` (${notUp.join(', ')})` : '';
  switch (status) {
    case 'UP':
      return { healthy: true, summary: 'actuator status UP' };
    // Spring maps UNKNOWN to HTTP 200: the application does not consider itself down.
    case 'UNKNOWN':
      return { healthy: true, summary: `actuator status UNKNOWN${named}`, note: 'actuator status UNKNOWN' };
    case 'DOWN':
    case 'OUT_OF_SERVICE':
      return { healthy: false, summary: `actuator status ${status}${named}` };
    default:
      return {
        healthy: false,
        summary: `actuator status "${status}" is not one of UP, DOWN, OUT_OF_SERVICE, UNKNOWN`
      };
  }
}

function collectComponents(node: unknown, prefix: string, out: string[]): void {
  const components = (node as { components?: unknown }).components;
  if (components === null || typeof components !== 'object' || Array.isArray(components)) return;
  for (const [name, component] of Object.entries(components as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const nested = (component as { components?: unknown }).components;
    // A composite names its failing leaves, which say more than the composite itself.
    if (nested && typeof nested === 'object') {
      const before = out.length;
      collectComponents(component, path, out);
      if (out.length > before) continue;
    }
    const s = statusOf(component);
    if (s !== undefined && s !== 'UP') out.push(`${path}: ${s}`);
  }
}
