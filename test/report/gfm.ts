/** GitHub-flavoured markdown rendered by cmark-gfm (GitHub's own parser), as GitHub configures it. */
import { execFileSync } from 'node:child_process';

export const CMARK = process.env.CMARK_GFM ?? '/usr/bin/cmark-gfm';

export function gfm(markdown: string): string {
  return execFileSync(
    CMARK,
    [
      '--unsafe',
      ...['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'].flatMap((e) => ['-e', e])
    ],
    { input: markdown, encoding: 'utf8' }
  );
}
