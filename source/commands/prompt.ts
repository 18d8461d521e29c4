// Terminal prompts for commands: a y/N confirmation (default no) and a no-echo secret entry. Prompts go to stderr.
import { createInterface } from 'node:readline/promises';
import type { ReadStream } from 'node:tty';
import type { CommandIO } from './command.js';
import { UsageError } from './failure.js';

export async function confirm(io: CommandIO, question: string): Promise<boolean> {
	const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
	try {
		io.stderr.write(`${question} [y/N] `);
		const answer = await new Promise<string>((resolve) => {
			rl.once('line', resolve);
			rl.once('close', () => resolve(''));
		});
		return /^y(es)?$/i.test(answer.trim());
	} finally {
		rl.close();
	}
}

/** Reads one line from a terminal without echoing it; Ctrl-C or Ctrl-D abort. */
export async function readSecret(io: CommandIO, prompt: string): Promise<string> {
	const stdin = io.stdin as ReadStream;
	// Echo goes off before the prompt shows, so nothing typed (or pasted) in response can be echoed.
	stdin.setRawMode(true);
	stdin.resume();
	io.stderr.write(prompt);
	try {
		return await new Promise<string>((resolve, reject) => {
			let secret = '';
			const onData = (data: Buffer | string) => {
				for (const char of data.toString('utf8')) {
					if (char === '\r' || char === '\n') return done(() => resolve(secret));
					if (char === '\u0003' || char === '\u0004') return done(() => reject(new Error('aborted')));
					if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
					else if (char >= ' ') secret += char;
				}
			};
			const done = (settle: () => void) => {
				stdin.off('data', onData);
				settle();
			};
			stdin.on('data', onData);
		});
	} finally {
		stdin.setRawMode(false);
		stdin.pause();
		io.stderr.write('\n');
	}
}

/**
 * Gate for destructive commands: `--yes` proceeds; on a terminal the user is asked (default no);
 * without a terminal there is nobody to ask, so the command refuses (usage error) instead of guessing.
 */
export async function confirmDestructive(io: CommandIO, yes: boolean | undefined, question: string): Promise<boolean> {
	if (yes) return true;
	if (!io.stdin.isTTY) throw new UsageError('refusing without --yes: stdin is not a terminal, so there is no one to confirm');
	return confirm(io, question);
}
