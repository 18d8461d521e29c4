// `npm run bench`: runs every bench/*.bench.ts (through tsx) one after another; each prints its own figures.
// `npm run bench -- feed` runs only the files whose name contains "feed".
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
	.filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
	.sort();
let failed = 0;
for (const file of files) {
	process.stdout.write(`\n## ${file}\n`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './bench/bundle-aliases.mjs', `bench/${file}`], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
	if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
