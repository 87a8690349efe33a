/**
 * Security fixes a CHANGELOG announces when no commit message does: a `### Security` section
 * (Keep a Changelog) that the range added or grew, and entries anywhere that call a change, often
 * a dependency bump, a security fix. Pure: the two texts in, the new entries out.
 */
import type { ChangedFile, Factor } from './types.js';

const CHANGELOG_NAME =
  /^(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(?:\.(?:md|markdown|rst|txt))?$/i;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SECURITY_HEADING = /\bsecurity\b/i;
/** An entry outside a Security section that still says it fixes a vulnerability. */
const SECURITY_ENTRY = /\b(?:security|vulnerab\w*|CVE-\d{4}-\d+|GHSA(?:-\w{4}){3})\b/i;
const ENTRY = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/;
/** A heading that opens a release's section: a version, a date, or "Unreleased". */
const RELEASE_HEADING = /\bunreleased\b|\bv?\d+\.\d+(?:\.\d+)?\b|\b\d{4}-\d{2}-\d{2}\b/i;
const MAX_NAMED = 3;
const MAX_ENTRY_CHARS = 100;

export function isChangelog(path: string): boolean {
  return CHANGELOG_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

export interface SecurityEntry {
  text: string;
  /** 1-based line in the head file. */
  line: number;
  /** Whether it stands under a Security heading (else it names a vulnerability itself). */
  inSecuritySection: boolean;
}

/** An entry with the release section it stands in. */
interface PlacedEntry extends SecurityEntry {
  /** The heading of its release section, normalised; null above the first release heading. */
  release: string | null;
  /** Whether that section is the file's first (newest, or "Unreleased"). */
  newestRelease: boolean;
}

function normalise(entry: string): string {
  return entry.replace(/\s+/g, ' ').trim();
}

/** Every list entry of the text with whether it stands under a Security heading, and in which release. */
function entriesOf(text: string): PlacedEntry[] {
  const entries: PlacedEntry[] = [];
  /** Level of the Security heading we are under, or 0. */
  let securityLevel = 0;
  let release: string | null = null;
  let releases = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const title = heading[2]!;
      if (SECURITY_HEADING.test(title)) securityLevel = level;
      else if (securityLevel && level <= securityLevel) securityLevel = 0;
      if (!SECURITY_HEADING.test(title) && RELEASE_HEADING.test(title)) {
        release = normalise(title);
        releases++;
      }
      continue;
    }
    const entry = ENTRY.exec(line);
    if (entry)
      entries.push({
        text: normalise(entry[1]!),
        line: index + 1,
        inSecuritySection: securityLevel > 0,
        release,
        newestRelease: releases <= 1
      });
  }
  return entries;
}

/**
 * The security entries of the head text that the base text does not have, in the range's own
 * releases: the newest (or "Unreleased") section, or a release heading the base did not have. An
 * old release's section reworded in the range ("Fix some security issues in the token service",
 * 2017) is an edit of history, not a fix the rollback would undo.
 */
export function addedSecurityEntries(head: string, base: string | null): SecurityEntry[] {
  const earlier = base === null ? [] : entriesOf(base);
  const before = new Set(earlier.map((entry) => entry.text));
  const oldReleases = new Set(earlier.map((entry) => entry.release).filter((r) => r !== null));
  return entriesOf(head)
    .filter(
      (entry) =>
        !before.has(entry.text) &&
        (entry.inSecuritySection || SECURITY_ENTRY.test(entry.text)) &&
        (entry.newestRelease || entry.release === null || !oldReleases.has(entry.release))
    )
    .map(({ text, line, inSecuritySection }) => ({ text, line, inSecuritySection }));
}

function clip(text: string): string {
  return text.length <= MAX_ENTRY_CHARS ? text : `${text.slice(0, MAX_ENTRY_CHARS - 1)}…`;
}

/** One blocker per changelog that gained security entries, naming them. */
export function changelogSecurityFactor(file: ChangedFile, entries: SecurityEntry[]): Factor | null {
  if (!entries.length) return null;
  const named = entries.slice(0, MAX_NAMED).map((entry) => `"${clip(entry.text)}"`);
  const more = entries.length > MAX_NAMED ? ` and ${entries.length - MAX_NAMED} more` : '';
  const where = entries.some((entry) => entry.inSecuritySection)
    ? 'under "Security"'
    : 'that name a vulnerability';
  return {
    kind: 'critical-change',
    severity: 'blocker',
    category: 'security',
    path: file.path,
    line: entries[0]!.line,
    commit: file.commits[0] ?? null,
    detail: `${file.path} gained ${entries.length === 1 ? 'an entry' : `${entries.length} entries`} ${where} in the range: ${named.join(', ')}${more}. Rolling back would undo ${entries.length === 1 ? 'this fix' : 'these fixes'}.`,
    recommendation:
      'Do not roll back past a security fix: roll forward with a fix, or revert only the change that broke.'
  };
}
