// `bench-tui login`: saves url, project and token to the config file (0600). The token is read from stdin or a
// no-echo prompt, never from argv, and is never printed. `--show` reports what every command would use.
import { configPath, readConfigFile, writeConfigFile, type FileConfig, type Settings, type Source } from '../config.js';
import { redactUrl } from '../client/url.js';
import type { CommandIO } from './command.js';
import { loadSettings } from './connection.js';
import { defineCommand } from './define.js';
import { UsageError } from './failure.js';
import { readStream } from './json-input.js';
import { fields, printJson, type Style } from './output.js';
import { readSecret } from './prompt.js';
import { parseInteger } from './values.js';

function describeSource(source: Source | undefined, envName: string): string {
	if (source === 'env') return `env ${envName}`;
	if (source === 'file') return 'config file';
	return source ?? '';
}

function show(io: CommandIO, style: Style, settings: Settings, json: boolean | undefined): number {
	const path = configPath(io.env);
	const tokenEnv = io.env.AKRIBES_TOKEN ? 'AKRIBES_TOKEN' : 'AKRIBES_SERVICE_TOKEN';
	if (json) {
		printJson(io, {
			url: redactUrl(settings.baseUrl),
			url_source: settings.sources.baseUrl,
			project: settings.projectId ?? null,
			project_source: settings.sources.projectId ?? null,
			token_set: settings.token !== undefined,
			token_source: settings.sources.token ?? null,
			config_path: path,
		});
		return 0;
	}
	io.stdout.write(
		fields(style, [
			['url', `${redactUrl(settings.baseUrl)}  (${describeSource(settings.sources.baseUrl, 'AKRIBES_BASE_URL')})`],
			['project', settings.projectId === undefined ? 'not set' : `${settings.projectId}  (${describeSource(settings.sources.projectId, 'AKRIBES_PROJECT_ID')})`],
			['token', settings.token === undefined ? 'not set' : `set  (${describeSource(settings.sources.token, tokenEnv)})`],
			['config', path],
		]),
	);
	return 0;
}

async function readToken(io: CommandIO, fromStdin: boolean | undefined): Promise<string> {
	if (fromStdin || !io.stdin.isTTY) {
		const token = (await readStream(io.stdin)).split('\n')[0].trim();
		if (!token && fromStdin) throw new UsageError('--token-stdin: no token on stdin');
		return token;
	}
	return (await readSecret(io, 'Token (input hidden; empty keeps the current one): ')).trim();
}

export const { run } = defineCommand(
	{
		name: 'login',
		summary: 'save the server URL, project and token for every command and the app',
		usage: '[--url U] [--project P] [--token-stdin] | --show',
		args: [0, 0],
		flags: { tokenStdin: { type: 'boolean' }, show: { type: 'boolean' } },
		options: [
			['--token-stdin', 'read the token from stdin (otherwise a hidden prompt on a terminal)'],
			['--show', 'print the url, project and whether a token is set, and where each comes from'],
		],
		notes: `The config file is $XDG_CONFIG_HOME/bench-tui/config.json (mode 0600). Flags and AKRIBES_* variables
override it. The token is never taken from the command line and never printed.`,
	},
	async ({ io, flags, style }) => {
		if (flags.token) throw new UsageError('login never takes the token from the command line; pipe it with --token-stdin or type it at the prompt');
		if (flags.show) return show(io, style, loadSettings({ url: flags.url, project: flags.project }, io), flags.json);

		const path = configPath(io.env);
		let file: FileConfig;
		try {
			file = readConfigFile(path);
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		const project = parseInteger(flags.project, '--project', 0);
		const token = await readToken(io, flags.tokenStdin);
		const config: FileConfig = { ...file };
		if (flags.url) config.url = flags.url.replace(/\/$/, '');
		if (project !== undefined) config.project = project;
		if (token) config.token = token;
		writeConfigFile(config, path);

		const saved = [`url ${config.url ? redactUrl(config.url) : '(default)'}`, `project ${config.project ?? '(not set)'}`, `token ${config.token ? 'set' : 'not set'}`];
		io.stdout.write(`Saved ${path}: ${saved.join(', ')}\n`);
		if (io.env.AKRIBES_TOKEN || io.env.AKRIBES_SERVICE_TOKEN) io.stderr.write('note: AKRIBES_TOKEN / AKRIBES_SERVICE_TOKEN is set and takes precedence over the saved token.\n');
		return 0;
	},
);
