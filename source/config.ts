// Connection settings: flags > environment (AKRIBES_*) > config file ($XDG_CONFIG_HOME/bench-tui/config.json) > defaults.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseJsonText } from './state/json-text.js';

/** node:crypto is required when a config is written, not imported: loading it costs every start 5–10 ms. */
const randomHex = (bytes: number): string =>
	(createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(bytes).toString('hex');

export const DEFAULT_BASE_URL = 'http://localhost:3001';

export interface Settings {
	baseUrl: string;
	token?: string;
	projectId?: number;
	/** Ring the terminal (BEL + OSC 9/777) when a run this session triggered or watched ends. */
	notify: boolean;
	/** Client waits from BENCH_TUI_CONNECT_TIMEOUT_MS / …_FIRST_BYTE_TIMEOUT_MS / …_STREAM_IDLE_MS (absent: the client's defaults). */
	timeouts: { connectTimeoutMs?: number; firstByteTimeoutMs?: number; streamIdleMs?: number };
	/** Where each value came from, for `login --show` and error hints (never the token's value). */
	sources: { baseUrl: Source; token?: Source; projectId?: Source };
}

export type Source = 'flag' | 'env' | 'file' | 'default';

export interface FileConfig {
	url?: string;
	token?: string;
	project?: number;
	/** `false` turns run-end notifications off (like `--no-notify`). */
	notify?: boolean;
}

export interface SettingFlags {
	url?: string;
	token?: string;
	project?: number | string;
	/** `--no-notify` */
	noNotify?: boolean;
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
	const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
	return join(base, 'bench-tui', 'config.json');
}

/**
 * Reads the config file; a missing file is `{}`. A malformed one throws naming the path and the line and column,
 * never its content (it may hold a token, and JSON.parse's own message quotes the text).
 */
export function readConfigFile(path = configPath()): FileConfig {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return {};
	}
	const parsed = parseJsonText(text);
	if (!parsed.ok) throw new Error(`config file ${path} is not valid JSON (line ${parsed.problem.line}, column ${parsed.problem.column})`);
	if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) throw new Error(`config file ${path} must hold a JSON object`);
	return parsed.value as FileConfig;
}

/**
 * Writes the config file (it may hold a token): into a temporary file created 0600 in the same directory (O_EXCL,
 * so never through an existing file or link), then renamed over the old one, so the token is never readable by
 * others, not even for a moment. A symbolic link at `path` is refused rather than followed or replaced.
 */
export function writeConfigFile(config: FileConfig, path = configPath()): void {
	const directory = dirname(path);
	mkdirSync(directory, { recursive: true, mode: 0o700 });
	let isLink = false;
	try {
		isLink = lstatSync(path).isSymbolicLink();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	if (isLink) throw new Error(`config file ${path} is a symbolic link; refusing to write the token through it`);
	const temporary = join(directory, `.config.json.${process.pid}.${randomHex(6)}.tmp`);
	const descriptor = openSync(temporary, 'wx', 0o600);
	try {
		try {
			writeSync(descriptor, `${JSON.stringify(config, null, 2)}\n`);
			fsyncSync(descriptor);
		} finally {
			closeSync(descriptor);
		}
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

function parseProject(value: unknown, source: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const id = Number(value);
	if (!Number.isInteger(id) || id < 0) throw new Error(`${source}: project id must be an integer, got ${JSON.stringify(value)}`);
	return id;
}

function parseMilliseconds(value: string | undefined, name: string): number | undefined {
	if (value === undefined || value === '') return undefined;
	const ms = Number(value);
	if (!Number.isInteger(ms) || ms < 1) throw new Error(`${name} must be a whole number of milliseconds, got ${JSON.stringify(value)}`);
	return ms;
}

export function resolveSettings(flags: SettingFlags = {}, env: NodeJS.ProcessEnv = process.env, file: FileConfig = readConfigFile(configPath(env))): Settings {
	const sources: Settings['sources'] = { baseUrl: 'default' };
	let baseUrl = DEFAULT_BASE_URL;
	if (flags.url) [baseUrl, sources.baseUrl] = [flags.url, 'flag'];
	else if (env.AKRIBES_BASE_URL) [baseUrl, sources.baseUrl] = [env.AKRIBES_BASE_URL, 'env'];
	else if (file.url) [baseUrl, sources.baseUrl] = [file.url, 'file'];

	let token: string | undefined;
	const envToken = env.AKRIBES_TOKEN || env.AKRIBES_SERVICE_TOKEN;
	if (flags.token) [token, sources.token] = [flags.token, 'flag'];
	else if (envToken) [token, sources.token] = [envToken, 'env'];
	else if (file.token) [token, sources.token] = [file.token, 'file'];

	let projectId: number | undefined;
	if (flags.project !== undefined && flags.project !== '') [projectId, sources.projectId] = [parseProject(flags.project, '--project'), 'flag'];
	else if (env.AKRIBES_PROJECT_ID) [projectId, sources.projectId] = [parseProject(env.AKRIBES_PROJECT_ID, 'AKRIBES_PROJECT_ID'), 'env'];
	else if (file.project !== undefined) [projectId, sources.projectId] = [parseProject(file.project, configPath(env)), 'file'];

	const notify = !flags.noNotify && file.notify !== false;
	const timeouts = {
		connectTimeoutMs: parseMilliseconds(env.BENCH_TUI_CONNECT_TIMEOUT_MS, 'BENCH_TUI_CONNECT_TIMEOUT_MS'),
		firstByteTimeoutMs: parseMilliseconds(env.BENCH_TUI_FIRST_BYTE_TIMEOUT_MS, 'BENCH_TUI_FIRST_BYTE_TIMEOUT_MS'),
		streamIdleMs: parseMilliseconds(env.BENCH_TUI_STREAM_IDLE_MS, 'BENCH_TUI_STREAM_IDLE_MS'),
	};
	return { baseUrl: baseUrl.replace(/\/$/, ''), token, projectId, notify, timeouts, sources };
}

export const TOKEN_FLAG_WARNING = 'warning: --token is visible to other users in the process list; prefer AKRIBES_TOKEN or `bench-tui login`.';
