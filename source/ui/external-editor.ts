// Round trip through the user's editor, like `git commit` or `kubectl edit`: the text goes to a temp file, the editor
// ($VISUAL, else $EDITOR, else vi) runs on the real terminal, and the file's contents come back. Callers run this
// inside app.suspend so Ink has released the screen and this process has stopped reading the terminal.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOnTerminal } from './terminal-hand-off.js';

export function resolveEditor(env: NodeJS.ProcessEnv = process.env): string {
	return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

export class EditorFailedError extends Error {
	override name = 'EditorFailedError';
}

export interface EditTextOptions {
	/** File name inside the private temp dir; its extension lets the editor pick a syntax (`case.json`). */
	fileName?: string;
	env?: NodeJS.ProcessEnv;
}

/**
 * Opens `text` in the editor and resolves with the saved contents (less a final newline the editor added). The editor command may carry arguments
 * (`code --wait`), so it runs through `sh -c` with the file passed as a positional argument (never interpolated).
 * Rejects when the editor cannot start or exits non-zero (the caller keeps its text either way).
 */
export async function editText(text: string, options: EditTextOptions = {}): Promise<string> {
	const env = options.env ?? process.env;
	const editor = resolveEditor(env);
	const dir = await mkdtemp(join(tmpdir(), 'bench-tui-'));
	const file = join(dir, options.fileName ?? 'edit.txt');
	try {
		await writeFile(file, text, { encoding: 'utf8', mode: 0o600 });
		const code = await runOnTerminal(editor, [file], { env });
		if (code !== 0) throw new EditorFailedError(`editor "${editor}" ${code === null ? 'was killed' : `exited with ${code}`}`);
		const edited = await readFile(file, 'utf8');
		// Editors add a final newline: drop it when the text handed over had none, so an unchanged value stays unchanged.
		return !text.endsWith('\n') && edited.endsWith('\n') ? edited.slice(0, -1) : edited;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
