/**
 * A deliberately small JSON path: `$`, then `.name`, `[index]` or `["name"]` steps. Enough to point
 * at a field in a health document; anything else is rejected when the config is read.
 */

export type PathStep = string | number;

const STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(?:"([^"]*)"|'([^']*)')\])/;

/** Parses `$.a.b[0].c`; throws an error that names the path and the expected form. */
export function parseJsonPath(path: string): PathStep[] {
  if (!path.startsWith('$'))
    throw new Error(`JSON path "${path}" must start with "$" (e.g. "$.status" or "$.checks[0].name")`);
  const steps: PathStep[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const match = STEP.exec(rest);
    if (!match) {
      throw new Error(
        `JSON path "${path}" is not understood at "${rest}"; use .name, [index] or ["name"] steps`
      );
    }
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(match[3] ?? match[4] ?? '');
    rest = rest.slice(match[0].length);
  }
  return steps;
}

/** The value at the path, or undefined when any step is missing. */
export function evaluateJsonPath(document: unknown, steps: readonly PathStep[]): unknown {
  let current: unknown = document;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      if (!Object.hasOwn(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}
