// Drives the built binary in tmux as a person would: a private tmux server, one session per scenario running a shell,
// keys sent with send-keys, the screen read with capture-pane. Bytes that must arrive in ONE read go through
// paste-buffer (one write to the pane; with -p a bracketed paste when the app asked for one).
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export function tmuxServer(socket: string) {
	const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

	/** A session running a shell; `start` runs the binary in it (its exit code is echoed as EXIT=n). */
	function session(name: string, columns = 120, rows = 40, env = '') {
		tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), `env -u CI ${env} PS1="$ " sh`);
		const screen = () => tmux('capture-pane', '-p', '-t', name);
		const until = async (predicate: (text: string) => boolean, what: string, timeoutMs = 15_000) => {
			for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
				const text = screen();
				if (predicate(text)) return text;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
			}
		};
		return {
			screen,
			until,
			keys: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
			/** `bytes` in one write to the pane, as a laggy link or a held key delivers them. */
			write: (bytes: string) => {
				tmux('set-buffer', '-b', `raw-${name}`, '--', bytes);
				tmux('paste-buffer', '-d', '-b', `raw-${name}`, '-t', name);
			},
			/** A paste from the terminal: bracketed, since the app turned bracketed paste on. */
			paste: (text: string) => {
				tmux('set-buffer', '-b', `paste-${name}`, '--', text);
				tmux('paste-buffer', '-p', '-d', '-b', `paste-${name}`, '-t', name);
			},
			/** A tmux format of the pane, e.g. `#{alternate_on}` or `#{cursor_flag}`. */
			display: (format: string) => tmux('display', '-p', '-t', name, format).trim(),
			resize: (newColumns: number, newRows: number) => tmux('resize-window', '-t', name, '-x', String(newColumns), '-y', String(newRows)),
			close: () => spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]),
			/** Runs `node dist/cli.js <args>` at the shell prompt. */
			start: async (args: string) => {
				await until((s) => s.trimEnd().endsWith('$'), 'the shell prompt');
				tmux('send-keys', '-t', name, `node dist/cli.js ${args}; echo EXIT=$?`, 'Enter');
			},
		};
	}

	return { tmux, session, kill: () => spawnSync('tmux', ['-L', socket, 'kill-server']) };
}
