// Shows text in the user's pager ($PAGER, else `less -R`) on the real terminal, like `git log`. Callers run this
// inside app.suspend (the same hand-off as $EDITOR: Ink has released the screen and raw mode first).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function resolvePager(env: NodeJS.ProcessEnv = process.env): string {
	return env.PAGER?.trim() || 'less -R';
}

export class PagerFailedError extends Error {
	override name = 'PagerFailedError';
}

/**
 * Writes `text` to a private temp file and runs the pager on it. The pager command may carry arguments, so it runs
 * through `sh -c` with the file as a positional argument (never interpolated). Rejects when it cannot start or
 * exits non-zero; the temp file is removed either way.
 */
export async function showInPager(text: string, options: { fileName?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
	const env = options.env ?? process.env;
	const pager = resolvePager(env);
	const dir = await mkdtemp(join(tmpdir(), 'bench-tui-'));
	const file = join(dir, options.fileName ?? 'section.txt');
	try {
		await writeFile(file, text, { encoding: 'utf8', mode: 0o600 });
		const code = await new Promise<number | null>((resolve, reject) => {
			const child = spawn('sh', ['-c', `${pager} "$@"`, 'pager', file], { stdio: 'inherit', env });
			child.once('error', reject);
			child.once('exit', (exitCode, signal) => resolve(signal ? null : exitCode));
		});
		if (code !== 0) throw new PagerFailedError(`pager "${pager}" ${code === null ? 'was killed' : `exited with ${code}`}`);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
