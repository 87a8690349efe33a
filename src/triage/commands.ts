/**
 * Slash commands in incident comments. A comment is parsed into data and nothing else: no part
 * of it is evaluated or handed to a shell. Only the first line that starts with `/` counts, and
 * lines in quotes (`> /rollback`, a reply quoting someone) or code blocks are never commands.
 */

export type TriageCommand =
  | { kind: 'status' }
  | { kind: 'reassess' }
  | { kind: 'ack' }
  | { kind: 'resolve'; note: string | null }
  | { kind: 'rollback'; ref: string | null; override: null }
  | { kind: 'rollback'; ref: null; override: { reason: string } }
  /** A `/word` we do not know, or a known one with arguments we cannot accept: reply with help. */
  | { kind: 'unknown'; name: string; reply: string }
  | { kind: 'invalid'; name: string; reply: string };

export const COMMAND_HELP = [
  '`/status`: the last verdict and the rollback assessment',
  '`/reassess`: assess the rollback again and post the result',
  '`/ack`: assign yourself and mark the incident acknowledged',
  '`/resolve [note]`: close the incident, with an optional note',
  '`/rollback [ref]`: revert to the known-good target (or to `ref`) when the policy allows it',
  '`/rollback --override <reason>`: admins only; revert despite migrations, contracts or blockers'
];

const MAX_NOTE = 1000;
const COMMAND_LINE = /^ {0,3}\/([A-Za-z][\w-]*)(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The command in a comment, or null when it has none. */
export function parseCommand(body: string): TriageCommand | null {
  const line = firstCommandLine(body);
  if (line === null) return null;
  const match = COMMAND_LINE.exec(line);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  const args = (match[2] ?? '').trim();
  switch (name) {
    case 'status':
    case 'reassess':
    case 'ack':
      return args ? invalid(name, `\`/${name}\` takes no arguments.`) : { kind: name };
    case 'resolve':
      return { kind: 'resolve', note: args ? args.slice(0, MAX_NOTE) : null };
    case 'rollback':
      return parseRollback(args);
    default:
      return {
        kind: 'unknown',
        name,
        reply: `Postflight does not know \`/${sanitizeName(name)}\`. Commands it understands:\n\n${COMMAND_HELP.map((h) => `- ${h}`).join('\n')}`
      };
  }
}

function parseRollback(args: string): TriageCommand {
  if (!args) return { kind: 'rollback', ref: null, override: null };
  const override = /^--override(?:[ \t]+(.*))?$/.exec(args);
  if (override) {
    const reason = (override[1] ?? '').trim();
    if (!reason)
      return invalid(
        'rollback',
        '`/rollback --override` needs a reason, e.g. `/rollback --override the migration is additive`.'
      );
    return { kind: 'rollback', ref: null, override: { reason: reason.slice(0, MAX_NOTE) } };
  }
  if (args.startsWith('-'))
    return invalid('rollback', 'The only option of `/rollback` is `--override <reason>`.');
  if (/\s/.test(args))
    return invalid('rollback', '`/rollback` takes one ref (a tag, branch or SHA) at most.');
  if (!isSafeRef(args))
    return invalid('rollback', 'That is not a ref Postflight accepts: use a tag, branch or commit SHA.');
  return { kind: 'rollback', ref: args, override: null };
}

/**
 * A conservative subset of git's ref rules: enough for tags, branches and SHAs, and nothing that
 * could be read as an option, a range or a path escape.
 */
export function isSafeRef(ref: string): boolean {
  return (
    ref.length <= 200 &&
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) &&
    !ref.includes('..') &&
    !ref.includes('//') &&
    !ref.endsWith('/') &&
    !ref.endsWith('.lock') &&
    !ref.endsWith('.')
  );
}

function firstCommandLine(body: string): string | null {
  let fence: string | null = null;
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (
        fenceMatch &&
        fenceMatch[1]![0] === fence[0] &&
        fenceMatch[1]!.length >= fence.length &&
        raw.trim() === fenceMatch[1]
      )
        fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (/^( {4}|\t)/.test(raw)) continue; // indented code block
    if (/^\s*>/.test(raw)) continue; // quoted text
    if (/^ {0,3}\//.test(raw)) return raw.trimEnd();
  }
  return null;
}

function invalid(name: string, reply: string): TriageCommand {
  return {
    kind: 'invalid',
    name,
    reply: `${reply}\n\nCommands Postflight understands:\n\n${COMMAND_HELP.map((h) => `- ${h}`).join('\n')}`
  };
}

/** Command names are `[\w-]` already; the cap keeps a reply short whatever was typed. */
function sanitizeName(name: string): string {
  return name.slice(0, 40);
}
