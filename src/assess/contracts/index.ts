/**
 * One changed contract file in, rollback factors out. The parsers load on first use: the healthy
 * verify path never pays for them. Never throws: a file that cannot be read as its kind is a
 * warning naming the parser's message, so an unreadable contract is never taken for a safe one.
 */
import type { ChangedFile, Factor, Severity } from '../types.js';
import type { ContractKind } from './detect.js';
import {
  ContractParseError,
  errorMessage,
  INFO_ADVICE,
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

function factorFor(
  file: ChangedFile,
  severity: Severity,
  line: number | null,
  detail: string,
  recommendation: string
): Factor {
  return {
    kind: 'contract',
    severity,
    path: file.path,
    line,
    commit: file.commits[0] ?? null,
    detail,
    recommendation
  };
}

function unreadable(file: ChangedFile, kind: ContractKind, error: unknown): Factor {
  const side = error instanceof ContractParseError ? (error.side === 'head' ? ' in N' : ' in N-1') : '';
  return factorFor(
    file,
    'warning',
    null,
    `${file.path}${side} could not be read as ${KIND_LABEL[kind]}: ${errorMessage(error)}. Its API changes were not checked.`,
    'Check this contract by hand before rolling back: compare what N offers with what N-1 offers.'
  );
}

/** Actionable findings one by one; informational ones folded into a single line. */
function toFactors(file: ChangedFile, kind: ContractKind, findings: ContractFinding[]): Factor[] {
  const actionable = findings.filter((finding) => finding.severity !== 'info');
  const infos = findings.filter((finding) => finding.severity === 'info');
  const factors = actionable.map((finding) =>
    factorFor(file, finding.severity, finding.line, finding.detail, finding.recommendation)
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
        'info',
        infos.find((finding) => finding.line !== null)?.line ?? null,
        detail,
        INFO_ADVICE
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
        'info',
        null,
        `${KIND_LABEL[kind]} contract ${file.path} is new in N but declares nothing yet.`,
        INFO_ADVICE
      )
    ];
  }
  return [
    factorFor(
      file,
      'blocker',
      1,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N (${inventory.summary}): a rollback to N-1 removes all of it.`,
      `N added ${file.path}: clients that adopted it break on rollback; keep it in N-1 (expand first) or roll forward.`
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
          'warning',
          null,
          `${file.path}: content missing on both sides; the contract was not checked.`,
          'Check this contract by hand before rolling back.'
        )
      ];
    }
    if (head === null) {
      return [
        factorFor(
          file,
          'info',
          null,
          `${KIND_LABEL[kind]} contract ${file.path} was deleted in N; a rollback restores it.`,
          INFO_ADVICE
        )
      ];
    }
    const classifier = await classifierFor(kind);
    if (base === null) return await addedInHead(file, kind, classifier, head);
    return toFactors(file, kind, await classifier.diff(head, base));
  } catch (error) {
    return [unreadable(file, kind, error)];
  }
}
