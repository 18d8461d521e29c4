// The disk cache of finished runs' results (a finished run never changes), so a second history of a bench is read
// from disk: `$XDG_CACHE_HOME/bench-tui/history/<sha256 of the server URL>/run-<id>.json`, 0600 files in 0700
// directories, bounded in total size (least recently used go first), safe to delete. It holds results only: no
// token, no URL (the directory name is a hash). A file that does not read back as this run's results is ignored
// (and rewritten by the next fetch).
import { chmod, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { decodeWith } from '../wire/decode.js';
import { benchResultSchema, listOf } from '../wire/schemas.js';
import type { BenchResult, BenchRun } from '../wire/types.js';

/** node:crypto is required on first use, not imported: this module loads with the views, and crypto costs 5–10 ms. */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

/** Default bound on the cache's total size. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;
const FORMAT = 1;

/** `$XDG_CACHE_HOME/bench-tui` (absolute paths only, as the XDG spec says), else `~/.cache/bench-tui`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const xdg = env.XDG_CACHE_HOME;
	return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'bench-tui');
}

/** The key of a server: its URL without credentials, query or trailing slash, hashed. */
export function serverKey(baseUrl: string): string {
	let normal = baseUrl;
	try {
		const url = new URL(baseUrl);
		url.username = '';
		url.password = '';
		url.search = '';
		url.hash = '';
		normal = url.toString();
	} catch {
		// not a URL: hash it as it is
	}
	return crypto().createHash('sha256').update(normal.replace(/\/+$/, '')).digest('hex').slice(0, 32);
}

/** Runs whose results can no longer change. */
export function isFinished(run: Pick<BenchRun, 'status'>): boolean {
	return run.status === 'completed' || run.status === 'failed' || run.status === 'canceled';
}

const resultsSchema = listOf(benchResultSchema);

export class ResultCache {
	readonly root: string;
	readonly maxBytes: number;

	constructor(root: string, maxBytes = DEFAULT_CACHE_BYTES) {
		this.root = root;
		this.maxBytes = maxBytes;
	}

	private dirFor(baseUrl: string): string {
		return join(this.root, 'history', serverKey(baseUrl));
	}

	/** The file a run's results live in (tests corrupt it on purpose). */
	fileFor(baseUrl: string, runId: number): string {
		return join(this.dirFor(baseUrl), `run-${runId}.json`);
	}

	/** The cached results of a run, or undefined when absent or unreadable. A hit counts as a use (for pruning). */
	async read(baseUrl: string, runId: number): Promise<BenchResult[] | undefined> {
		const file = this.fileFor(baseUrl, runId);
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch {
			return undefined;
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			return undefined;
		}
		const body = parsed as { format?: unknown; run_id?: unknown; results?: unknown } | null;
		if (!body || body.format !== FORMAT || body.run_id !== runId) return undefined;
		// Decoded like a server answer (the file is a boundary too): anything else is a damaged file, ignored.
		const decoded = decodeWith(resultsSchema, body.results);
		if (!decoded.ok || !decoded.value.every((r) => r.bench_run_id === runId)) return undefined;
		const now = new Date();
		await utimes(file, now, now).catch(() => undefined);
		return decoded.value;
	}

	/** Stores a finished run's results (atomically: a reader sees the old file or the new one, never half). */
	async write(baseUrl: string, runId: number, results: readonly BenchResult[]): Promise<void> {
		const dir = this.dirFor(baseUrl);
		for (const path of [this.root, join(this.root, 'history'), dir]) {
			await mkdir(path, { recursive: true, mode: 0o700 });
			await chmod(path, 0o700);
		}
		const file = this.fileFor(baseUrl, runId);
		const temporary = `${file}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`;
		try {
			await writeFile(temporary, JSON.stringify({ format: FORMAT, run_id: runId, results }), { mode: 0o600 });
			await chmod(temporary, 0o600);
			await rename(temporary, file);
		} catch (error) {
			await rm(temporary, { force: true });
			throw error;
		}
	}

	/** Deletes the least recently used run files until the cache fits `maxBytes`. */
	async prune(): Promise<void> {
		const base = join(this.root, 'history');
		let servers: string[];
		try {
			servers = await readdir(base);
		} catch {
			return;
		}
		const files: { path: string; size: number; used: number }[] = [];
		for (const server of servers) {
			const dir = join(base, server);
			const names = await readdir(dir).catch(() => [] as string[]);
			for (const name of names) {
				const path = join(dir, name);
				const info = await stat(path).catch(() => undefined);
				if (info?.isFile()) files.push({ path, size: info.size, used: info.mtimeMs });
			}
		}
		let total = files.reduce((sum, f) => sum + f.size, 0);
		files.sort((a, b) => a.used - b.used);
		for (const file of files) {
			if (total <= this.maxBytes) break;
			await rm(file.path, { force: true });
			total -= file.size;
		}
	}
}
