/** Cuts `text` to at most `max` characters, ending with an ellipsis when something was dropped. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Cuts `text` to at most `max` characters, ending with `note` so readers know the rest is elsewhere. */
export function truncateWithNote(text: string, max: number, note: string): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - note.length))}${note}`.slice(0, max);
}
