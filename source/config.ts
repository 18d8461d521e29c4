// Connection settings: flags > environment (AKRIBES_*) > config file ($XDG_CONFIG_HOME/bench-tui/config.json) > defaults.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEFAULT_BASE_URL = 'http://localhost:3001';

export interface Settings {
	baseUrl: string;
	token?: string;
	projectId?: number;
	/** Ring the terminal (BEL + OSC 9/777) when a run this session triggered or watched ends. */
	notify: boolean;
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

/** Reads the config file; a missing file is `{}`, a malformed one throws with the path in the message. */
export function readConfigFile(path = configPath()): FileConfig {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return {};
	}
	try {
		const parsed = JSON.parse(text) as FileConfig;
		return typeof parsed === 'object' && parsed !== null ? parsed : {};
	} catch (error) {
		throw new Error(`config file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
	}
}

/** Writes the config file with mode 0600 (it may hold a token), creating its directory. */
export function writeConfigFile(config: FileConfig, path = configPath()): void {
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
	chmodSync(path, 0o600);
}

function parseProject(value: unknown, source: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const id = Number(value);
	if (!Number.isInteger(id) || id < 0) throw new Error(`${source}: project id must be an integer, got ${JSON.stringify(value)}`);
	return id;
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
	return { baseUrl: baseUrl.replace(/\/$/, ''), token, projectId, notify, sources };
}

export const TOKEN_FLAG_WARNING = 'warning: --token is visible to other users in the process list; prefer AKRIBES_TOKEN or `bench-tui login`.';
