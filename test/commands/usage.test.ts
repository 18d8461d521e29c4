// Usage errors (exit 2), network errors (exit 1) and help text, through the built binary. No server needed.
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './helpers.js';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

beforeAll(() => ensureBuilt());

describe('usage errors exit 2 with one line naming the problem', () => {
	it.concurrent.for([
		[['runs', 'summarize', '--bogus'], /runs: unknown flag --bogus/],
		[['runs'], /runs: missing argument/],
		[['run', '1', '2'], /run: unexpected argument "2"/],
		[['run', 'abc'], /run-id must be a numeric id, got "abc"/],
		[['runs', 'x', '--limit', '0'], /--limit must be an integer of at least 1/],
		[['watch', '1', '--fail-under', 'high'], /--fail-under must be a number, got "high"/],
		[['trigger', 'summarize', '--fail-under', '50'], /--fail-under needs --watch/],
		[['trigger', 'summarize', '--sample', 'some'], /--sample must be an integer of at least 1/],
		[['compare', '1', '2', '--format', 'xml'], /Unknown value for flag --format: xml/],
		[['results', '1', '--status', 'great'], /Unknown value for flag --status: great/],
		[['case'], /case: missing subcommand/],
		[['case', 'frobnicate'], /case: unknown subcommand "frobnicate"/],
		[['case', 'patch', 'c1', '{"inputs": '], /patch JSON from inline JSON is not valid JSON/],
		[['case', 'patch', 'c1', '[1, 2]'], /patch JSON from inline JSON must be a JSON object/],
		[['case', 'create', 'summarize', '{"name": "x"}', '-p', '1'], /case JSON needs an "inputs" object/],
		[['case', 'create', 'summarize', '/nonexistent/case.json', '-p', '1'], /cannot read \/nonexistent\/case.json: ENOENT/],
		[['benches'], /no project: pass --project P, set AKRIBES_PROJECT_ID/],
		[['frobnicate'], /unknown command "frobnicate"/],
		[['serve', '--bogus'], /^bench-tui serve: unknown flag --bogus \(see `bench-tui serve --help`\)\n$/],
		[['serve', '--port', 'x'], /^bench-tui serve: --port, --pace and --load-cases take numbers/],
	] as const)('bench-tui %j', async ([args, message], { expect }) => {
		const { code, stdout, stderr } = await runCli([...args], { env: { AKRIBES_BASE_URL: 'http://127.0.0.1:9' } });
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('bad JSON on stdin (`-`) is a usage error too', async () => {
		const { code, stderr } = await runCli(['case', 'patch', 'c1', '-'], { input: 'not json' });
		expect(code).toBe(2);
		expect(stderr).toMatch(/patch JSON from stdin is not valid JSON/);
	});

	it('an invalid AKRIBES_PROJECT_ID is a usage error', async () => {
		const { code, stderr } = await runCli(['benches'], { env: { AKRIBES_PROJECT_ID: 'seven' } });
		expect(code).toBe(2);
		expect(stderr).toMatch(/AKRIBES_PROJECT_ID: project id must be an integer/);
	});
});

describe('network errors exit 1 with the reason', () => {
	it('connection refused', async () => {
		const port = await closedPort();
		const { code, stdout, stderr } = await runCli(['cancel', '5'], { env: { AKRIBES_BASE_URL: `http://127.0.0.1:${port}` } });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^bench-tui cancel: .*ECONNREFUSED/);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('help', () => {
	it('every command and case subcommand has --help on stdout, exit 0', async () => {
		const { COMMANDS } = await import('../../source/commands/index.js');
		const names = [...Object.keys(COMMANDS).filter((name) => name !== 'serve' && name !== 'case'), 'case get', 'case create', 'case patch', 'case delete', 'case promote'];
		const results = await Promise.all(names.map((name) => runCli([...name.split(' '), '--help'])));
		results.forEach(({ code, stdout, stderr }, i) => {
			expect({ name: names[i], code, stderr }).toEqual({ name: names[i], code: 0, stderr: '' });
			expect(stdout).toContain(`$ bench-tui ${names[i]}`);
			expect(stdout).toContain('--json');
		});
	});

	it('`case --help` lists the subcommands', async () => {
		const { code, stdout } = await runCli(['case', '--help']);
		expect(code).toBe(0);
		for (const sub of ['get', 'create', 'patch', 'delete', 'promote']) expect(stdout).toContain(`$ bench-tui case ${sub}`);
	});

	it('commandsHelp lists every command and the exit codes', async () => {
		const { COMMANDS, commandsHelp } = await import('../../source/commands/index.js');
		const text = commandsHelp();
		for (const name of Object.keys(COMMANDS)) expect(text).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
		// Every code of EXIT, and no other, is named.
		const { EXIT } = await import('../../source/commands/command.js');
		const named = [...text.matchAll(/(?:^| · | {2})(\d+) [a-z]/gm)].map((match) => Number(match[1]));
		expect(new Set(named)).toEqual(new Set([...Object.values(EXIT), 130]));
	});
});

describe('--version', () => {
	it('prints the package version on stdout, exit 0', async () => {
		const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
		for (const flag of ['--version', '-v']) expect(await runCli([flag])).toMatchObject({ code: 0, stdout: `bench-tui ${version}\n`, stderr: '' });
	});
});
