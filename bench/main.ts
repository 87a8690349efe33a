/**
 * Runs the selected benchmarks (all by default): `npm run bench -- detection startup`. bench/run.mjs
 * calls main() once per benchmark, each in a process of its own.
 */
import { benchAssess } from './assess.js';
import { benchDetection } from './detection.js';
import { benchStartup } from './startup.js';
import { benchGitHubBudget } from './github-budget.js';
import { benchRealRepos } from './real-repos.js';

type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [
  { name: 'detection', run: benchDetection },
  { name: 'assess', run: benchAssess },
  { name: 'startup', run: benchStartup },
  { name: 'github-budget', run: benchGitHubBudget },
  { name: 'real-repos', run: benchRealRepos }
];

/** The names of the benchmarks `args` select (all when none), in the order they run. */
export function selectBenches(args: string[]): string[] {
  const unknown = args.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}: expected ${benches.map((b) => b.name).join(', ')}`
    );
  return (args.length ? benches.filter((b) => args.includes(b.name)) : benches).map((b) => b.name);
}

export async function main(args: string[]): Promise<void> {
  const names = selectBenches(args);
  for (const b of benches.filter((bench) => names.includes(bench.name))) {
    console.log(`\n## ${b.name}\n`);
    console.log(await b.run());
  }
}
