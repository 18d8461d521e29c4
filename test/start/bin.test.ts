// The published bin (dist/cli.js): one line and exit 1 on a Node older than 22, and the V8 compile cache kept only in
// a directory no other user can write.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { CLI, ensureBuilt, tempDir } from '../commands/helpers.js';

beforeAll(ensureBuilt, 120_000);

/** Every `node` on PATH (the system one included), with its major version. */
function nodesOnPath(): Array<{ path: string; major: number }> {
	const found = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
	return found.map((path) => ({ path, major: Number(execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).split('.')[0]) }));
}
const oldNode = nodesOnPath().find(({ major }) => major < 22);

test.skipIf(!oldNode)('on Node < 22 the bin prints one line and exits 1, never a syntax error', () => {
	const version = execFileSync(oldNode!.path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
	for (const args of [[], ['--help'], ['runs', 'x']]) {
		const result = spawnSync(oldNode!.path, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir() } });
		expect(result.stderr).toBe(`bench-tui needs Node 22 or newer; this is ${version}\n`);
		expect(result.stdout).toBe('');
		expect(result.status).toBe(1);
	}
});

/** Runs `bench-tui --help` (which loads the start path) with this cache home; returns what the cache dir holds. */
function runWithCacheHome(cacheHome: string): string[] {
	const result = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), XDG_CACHE_HOME: cacheHome } });
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Usage');
	return readdirSync(join(cacheHome, 'bench-tui'), { recursive: true }) as string[];
}

test('the compile cache is written to $XDG_CACHE_HOME/bench-tui, created 0700', () => {
	const cacheHome = tempDir();
	const entries = runWithCacheHome(cacheHome);
	const stats = lstatSync(join(cacheHome, 'bench-tui'));
	expect(stats.mode & 0o777).toBe(0o700);
	expect(stats.uid).toBe(process.getuid!());
	// Node keeps one directory per Node version holding one file per compiled module.
	expect(entries.length).toBeGreaterThan(2);
});

test('the cache falls back to ~/.cache/bench-tui', () => {
	const home = tempDir();
	const result = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: home } });
	expect(result.status).toBe(0);
	expect(readdirSync(join(home, '.cache', 'bench-tui')).length).toBeGreaterThan(0);
});

test('a cache directory other users can write is never used (group- or world-writable, a link)', () => {
	for (const mode of [0o777, 0o770, 0o702]) {
		const cacheHome = tempDir();
		mkdirSync(join(cacheHome, 'bench-tui'));
		chmodSync(join(cacheHome, 'bench-tui'), mode);
		expect(runWithCacheHome(cacheHome)).toEqual([]);
	}
	const linked = tempDir();
	const target = tempDir();
	symlinkSync(target, join(linked, 'bench-tui'));
	expect(runWithCacheHome(linked)).toEqual([]);
	expect(readdirSync(target)).toEqual([]);
});

test.skipIf(process.getuid?.() !== 0)('a cache directory owned by another user is never used', () => {
	const cacheHome = tempDir();
	mkdirSync(join(cacheHome, 'bench-tui'), { mode: 0o700 });
	chownSync(join(cacheHome, 'bench-tui'), 65534, 65534);
	expect(runWithCacheHome(cacheHome)).toEqual([]);
});
