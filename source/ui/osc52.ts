// Copying text to the user's clipboard, saying honestly what was done. Inside tmux the text goes to a tmux buffer
// (`tmux load-buffer -w -`, which also hands it to the outer terminal's clipboard when tmux's set-clipboard allows);
// on a local desktop to wl-copy / xclip / pbcopy when present; otherwise (over SSH) as OSC 52 to the terminal, which
// may or may not accept it — so the message says "sent", not "copied". The text is sanitized here too.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sanitizeMultiline } from '../look/sanitize.js';

/** Longest wait for a clipboard command; a stuck one is abandoned and OSC 52 is used instead. */
const COMMAND_TIMEOUT_MS = 2000;

export function osc52(text: string): string {
	return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
	return (env.PATH ?? '').split(delimiter).some((dir) => {
		try {
			accessSync(join(dir, command), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

function run(command: string, args: string[], input: string, env: NodeJS.ProcessEnv): Promise<boolean> {
	return new Promise((resolve) => {
		const child = execFile(command, args, { env, timeout: COMMAND_TIMEOUT_MS }, (error) => resolve(!error));
		child.stdin?.on('error', () => undefined);
		child.stdin?.end(input);
	});
}

/** The clipboard tools of a local desktop, in the order tried, with what makes each one usable. */
function desktopTools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Array<[string, string[]]> {
	const tools: Array<[string, string[]]> = [];
	if (env.WAYLAND_DISPLAY) tools.push(['wl-copy', []]);
	if (env.DISPLAY) tools.push(['xclip', ['-selection', 'clipboard']]);
	if (platform === 'darwin') tools.push(['pbcopy', []]);
	return tools;
}

export interface CopyOptions {
	stream?: NodeJS.WritableStream;
	env?: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
}

/**
 * Copies `text` and resolves with what was done: "copied to the tmux buffer", "copied to the clipboard (wl-copy)" or
 * "sent to the terminal clipboard (OSC 52)".
 */
export async function copyToClipboard(raw: string, { stream = process.stdout, env = process.env, platform = process.platform }: CopyOptions = {}): Promise<string> {
	const text = sanitizeMultiline(raw);
	if (env.TMUX && onPath('tmux', env)) {
		if ((await run('tmux', ['load-buffer', '-w', '-'], text, env)) || (await run('tmux', ['load-buffer', '-'], text, env))) return 'copied to the tmux buffer';
	}
	const local = !env.SSH_CONNECTION && !env.SSH_TTY;
	for (const [command, args] of local ? desktopTools(env, platform) : []) {
		if (onPath(command, env) && (await run(command, args, text, env))) return `copied to the clipboard (${command})`;
	}
	stream.write(osc52(text));
	return 'sent to the terminal clipboard (OSC 52)';
}
