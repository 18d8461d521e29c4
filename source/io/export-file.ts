// Writes an export without ever replacing a file by surprise: the first write refuses an existing file, and only an
// explicit yes (asked by the caller) overwrites it.
import { writeFile } from 'node:fs/promises';

/** Writes `text` to `path`; when the file exists, asks `confirmOverwrite` first. Resolves false when declined. */
export async function writeExport(path: string, text: string, confirmOverwrite: () => Promise<boolean>): Promise<boolean> {
	try {
		await writeFile(path, text, { flag: 'wx' });
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	if (!(await confirmOverwrite())) return false;
	await writeFile(path, text);
	return true;
}
