/** Runs the selected benchmarks (all by default): `npm run bench -- detection startup`. */
type Bench = { name: string; run: () => Promise<string> };

const benches: Bench[] = [];

export async function main(args: string[]): Promise<void> {
  const selected = args.length ? benches.filter((b) => args.includes(b.name)) : benches;
  for (const b of selected) {
    console.log(`\n## ${b.name}\n`);
    console.log(await b.run());
  }
}
