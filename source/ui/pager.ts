// Shows text in the user's pager ($PAGER, else `less -R`) on the real terminal, like `git log`: the text goes to the
// pager's stdin. Callers run this inside app.suspend (the same terminal hand-off as $EDITOR, see terminal-hand-off.ts).
import { runOnTerminal } from './terminal-hand-off.js';

export function resolvePager(env: NodeJS.ProcessEnv = process.env): string {
	return env.PAGER?.trim() || 'less -R';
}

export class PagerFailedError extends Error {
	override name = 'PagerFailedError';
}

/** Rejects when the pager cannot start or exits non-zero. */
export async function showInPager(text: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
	const pager = resolvePager(env);
	const code = await runOnTerminal(pager, [], { input: text, env });
	if (code !== 0) throw new PagerFailedError(`pager "${pager}" ${code === null ? 'was killed' : `exited with ${code}`}`);
}
