// Settings → client, exactly as the interactive app resolves them: flags > AKRIBES_* env > config file > defaults.
import type { Client } from '../client/api.js';
import { createClient } from '../client/index.js';
import { resolveSettings, TOKEN_FLAG_WARNING, type Settings } from '../config.js';
import type { CommandIO } from './command.js';
import { UsageError } from './failure.js';

export interface Connection {
	client: Client;
	settings: Settings;
	/** The resolved project id; a usage error naming the three ways to set it when there is none. */
	projectId(): number;
}

export interface ConnectionFlags {
	url?: string;
	project?: string;
	token?: string;
	/** false with `--no-notify` (commands that watch a run). */
	notify?: boolean;
}

export function loadSettings(flags: ConnectionFlags, io: CommandIO): Settings {
	try {
		return resolveSettings({ ...flags, noNotify: flags.notify === false }, io.env);
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

export function connect(flags: ConnectionFlags, io: CommandIO): Connection {
	if (flags.token) io.stderr.write(`${TOKEN_FLAG_WARNING}\n`);
	const settings = loadSettings(flags, io);
	const client = createClient({ baseUrl: settings.baseUrl, token: settings.token, ...settings.timeouts });
	return {
		client,
		settings,
		projectId() {
			if (settings.projectId === undefined) throw new UsageError('no project: pass --project P, set AKRIBES_PROJECT_ID, or run `bench-tui login --project P`');
			return settings.projectId;
		},
	};
}
