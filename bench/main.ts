/** Runs the selected benchmarks (all by default): `npm run bench -- detection startup`. */
import { benchAssess } from './assess.js';
import { benchDetection } from './detection.js';
import { benchStartup } from './startup.js';
import { benchGitHubBudget } from './github-budget.js';

type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [
  { name: 'detection', run: benchDetection },
  { name: 'assess', run: benchAssess },
  { name: 'startup', run: benchStartup },
  { name: 'github-budget', run: benchGitHubBudget }
];

export async function main(args: string[]): Promise<void> {
  const selected = args.length ? benches.filter((b) => args.includes(b.name)) : benches;
  for (const b of selected) {
    console.log(`\n## ${b.name}\n`);
    console.log(await b.run());
  }
}
