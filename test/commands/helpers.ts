// Runs the built binary (dist/cli.js, what users run) as a child process with a clean environment.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
const LOCK = join(ROOT, 'dist/.build-lock');

/** Builds dist/cli.js when stale; a lock directory keeps parallel test workers from building at once. */
export function ensureBuilt(): void {
	mkdirSync(join(ROOT, 'dist'), { recursive: true });
	const deadline = Date.now() + 120_000;
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
			else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
		}
	}
	try {
		const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface CliOptions {
	/** Added to a minimal environment (PATH, HOME and XDG_CONFIG_HOME in a fresh temp dir, no AKRIBES_*). */
	env?: Record<string, string | undefined>;
	/** Written to stdin, which is then closed (stdin is a pipe, never a terminal). */
	input?: string;
	/** Called with each stdout chunk as it arrives. */
	onStdout?: (chunk: string, child: ReturnType<typeof spawn>) => void;
}

const tempDirs: string[] = [];
// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
	for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the test file. */
export function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-tui-cmd-'));
	tempDirs.push(dir);
	return dir;
}

export function baseEnv(home: string): Record<string, string> {
	return { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), LANG: 'C.UTF-8' };
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
	const home = tempDir();
	const env = { ...baseEnv(home), ...options.env };
	for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
			options.onStdout?.(chunk, child);
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
		child.stdin.end(options.input ?? '');
	});
}

/** `script` (util-linux) gives the child a pseudo-terminal, for the prompts and glyphs only a TTY gets. */
export const HAS_SCRIPT = existsSync('/usr/bin/script') && process.platform === 'linux';

/**
 * Runs the CLI on a pseudo-terminal. `answers` are typed one by one, each once `ready(output)` says the prompt
 * is showing. Returns everything the terminal showed (stdout and stderr together, with the tty's echo).
 */
export function runCliInTty(
	args: string[],
	env: Record<string, string>,
	answers: { when: (output: string) => boolean; type: string }[] = [],
	/** Redirects the CLI's stdout to this file, leaving only stderr on the terminal. */
	stdoutFile?: string,
): Promise<{ code: number | null; output: string }> {
	const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
	const command = [process.execPath, CLI, ...args].map(quote).join(' ') + (stdoutFile ? ` > ${quote(stdoutFile)}` : '');
	return new Promise((resolvePromise, reject) => {
		const child = spawn('script', ['-qfec', command, '/dev/null'], { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
		let output = '';
		const pending = [...answers];
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
			while (pending.length && pending[0].when(output)) child.stdin.write(pending.shift()!.type);
		});
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({ code, output }));
	});
}
