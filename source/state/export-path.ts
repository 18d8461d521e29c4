// Where an export typed at a prompt goes: `~` and `~/…` are the home directory (as a shell would expand them),
// relative paths start at the working directory. Pure: the caller passes home and cwd.
import { isAbsolute, join, resolve } from 'node:path';

export function resolveExportPath(typed: string, where: { home: string; cwd: string }): string {
	const path = typed.trim();
	if (path === '~') return where.home;
	if (path.startsWith('~/')) return join(where.home, path.slice(2));
	return isAbsolute(path) ? path : resolve(where.cwd, path);
}
