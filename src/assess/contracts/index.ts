/**
 * One changed contract file in, rollback factors out. The parsers load on first use: the healthy
 * verify path never pays for them. Never throws: a file that cannot be read as its kind is a
 * warning naming the parser's message, so an unreadable contract is never taken for a safe one.
 */
import type { ChangedFile, Factor, FactorCategory, Severity } from '../types.js';
import type { ContractKind } from './detect.js';
import {
  ContractParseError,
  errorMessage,
  INFO_ADVICE,
  removalAdvice,
  type ContractChange,
  type ContractFinding,
  type ContractInventory
} from './finding.js';

export type { ContractKind } from './detect.js';
export { detectContract, mightBeContract } from './detect.js';

interface Classifier {
  diff(head: string, base: string): Promise<ContractFinding[]>;
  inventory(text: string): Promise<ContractInventory>;
}

const KIND_LABEL: Record<ContractKind, string> = {
  openapi: 'OpenAPI',
  graphql: 'GraphQL',
  protobuf: 'protobuf'
};

// Info findings (what a rollback restores, doc changes) are many and need no action: show a few.
const INFO_EXAMPLES = 3;

async function classifierFor(kind: ContractKind): Promise<Classifier> {
  switch (kind) {
    case 'openapi': {
      const module = await import('./openapi.js');
      return { diff: module.diffOpenApi, inventory: module.inventoryOpenApi };
    }
    case 'graphql': {
      const module = await import('./graphql.js');
      return { diff: module.diffGraphql, inventory: module.inventoryGraphql };
    }
    case 'protobuf': {
      const module = await import('./protobuf.js');
      return { diff: module.diffProtobuf, inventory: module.inventoryProtobuf };
    }
  }
}

const CATEGORY: Record<ContractChange, FactorCategory> = {
  added: 'contract-added',
  changed: 'contract-changed',
  removed: 'contract-removed'
};

function factorFor(
  file: ChangedFile,
  kind: ContractKind,
  severity: Severity,
  line: number | null,
  detail: string,
  recommendation: string,
  category: FactorCategory
): Factor {
  return {
    kind: 'contract',
    severity,
    path: file.path,
    line,
    commit: file.commits[0] ?? null,
    detail,
    recommendation,
    category,
    framework: kind
  };
}

function unreadable(file: ChangedFile, kind: ContractKind, error: unknown): Factor {
  const side = error instanceof ContractParseError ? (error.side === 'head' ? ' in N' : ' in N-1') : '';
  const factor = factorFor(
    file,
    kind,
    'warning',
    null,
    `${file.path}${side} does not parse as ${KIND_LABEL[kind]}, so its API changes were not checked.`,
    'Check this contract by hand before rolling back: compare what N offers with what N-1 offers.',
    'unparsed'
  );
  factor.evidenceDetail = errorMessage(error);
  return factor;
}

/**
 * One finding per thing: a property of a shared schema reached through several operations and
 * media types is one element at one line of the head file, so it is reported once.
 */
function mergeRepeats(findings: ContractFinding[]): ContractFinding[] {
  const first = new Map<string, { finding: ContractFinding; repeats: number }>();
  const kept: ContractFinding[] = [];
  for (const finding of findings) {
    const key =
      finding.subject !== undefined && finding.line !== null
        ? `${finding.change ?? ''}\u0000${finding.subject}\u0000${finding.line}`
        : null;
    const seen = key === null ? undefined : first.get(key);
    if (seen) {
      seen.repeats++;
      continue;
    }
    const entry = { finding: { ...finding }, repeats: 0 };
    if (key !== null) first.set(key, entry);
    kept.push(entry.finding);
  }
  for (const { finding, repeats } of first.values()) {
    if (repeats > 0)
      finding.detail = `${finding.detail.replace(/\.$/, '')} (the same element, reached through ${repeats} more operation${repeats === 1 ? '' : 's'} or media type${repeats === 1 ? '' : 's'}).`;
  }
  return kept;
}

/** Actionable findings one by one; informational ones folded into a single line. */
function toFactors(file: ChangedFile, kind: ContractKind, findings: ContractFinding[]): Factor[] {
  const actionable = mergeRepeats(findings.filter((finding) => finding.severity !== 'info'));
  const infos = findings.filter((finding) => finding.severity === 'info');
  const factors = actionable.map((finding) =>
    factorFor(
      file,
      kind,
      finding.severity,
      finding.line,
      finding.detail,
      finding.recommendation,
      CATEGORY[finding.change ?? 'changed']
    )
  );
  if (actionable.length === 0 || infos.length > 0) {
    const examples = infos.slice(0, INFO_EXAMPLES).map((finding) => finding.detail);
    const more = infos.length > INFO_EXAMPLES ? ` (and ${infos.length - INFO_EXAMPLES} more)` : '';
    const summary =
      actionable.length === 0
        ? `${KIND_LABEL[kind]} contract checked: nothing that clients of N use disappears or changes on rollback to N-1.`
        : `${KIND_LABEL[kind]} contract: ${infos.length} harmless change(s) on rollback.`;
    const detail = examples.length > 0 ? `${summary} ${examples.join(' ')}${more}` : summary;
    factors.push(
      factorFor(
        file,
        kind,
        'info',
        infos.find((finding) => finding.line !== null)?.line ?? null,
        detail,
        INFO_ADVICE,
        infos.some((finding) => finding.change === 'removed') ? 'contract-removed' : 'contract-changed'
      )
    );
  }
  return factors;
}

async function addedInHead(
  file: ChangedFile,
  kind: ContractKind,
  classifier: Classifier,
  head: string
): Promise<Factor[]> {
  const inventory = await classifier.inventory(head);
  if (inventory.empty) {
    return [
      factorFor(
        file,
        kind,
        'info',
        null,
        `${KIND_LABEL[kind]} contract ${file.path} is new in N but declares nothing yet.`,
        INFO_ADVICE,
        'contract-added'
      )
    ];
  }
  return [
    factorFor(
      file,
      kind,
      'warning',
      1,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N (${inventory.summary}): a rollback to N-1 removes all of it.`,
      removalAdvice(`${file.path} (${inventory.summary})`),
      'contract-added'
    )
  ];
}

/**
 * Factors for one contract file changed between N-1 (`base`) and N (`head`), in the rollback
 * direction. `null` content means the file does not exist on that side.
 */
export async function diffContract(
  file: ChangedFile,
  head: string | null,
  base: string | null,
  kind: ContractKind
): Promise<Factor[]> {
  try {
    if (head === null && base === null) {
      return [
        factorFor(
          file,
          kind,
          'warning',
          null,
          `${file.path}: content missing on both sides; the contract was not checked.`,
          'Check this contract by hand before rolling back.',
          'unparsed'
        )
      ];
    }
    if (head === null) {
      return [
        factorFor(
          file,
          kind,
          'info',
          null,
          `${KIND_LABEL[kind]} contract ${file.path} was deleted in N; a rollback restores it.`,
          INFO_ADVICE,
          'contract-removed'
        )
      ];
    }
    const classifier = await classifierFor(kind);
    if (base !== null && head === base) {
      // Unchanged text differs in nothing; parsed once all the same, so a broken file still says so.
      await classifier.inventory(head);
      return toFactors(file, kind, []);
    }
    if (base === null) return await addedInHead(file, kind, classifier, head);
    return toFactors(file, kind, await classifier.diff(head, base));
  } catch (error) {
    return [unreadable(file, kind, error)];
  }
}
