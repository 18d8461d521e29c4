// Node's built-in V8 compile cache for the start path, kept in a directory only this user can write: a cache
// someone else planted would be code execution, so any other directory means no cache at all.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { isAbsolute, join } from 'node:path';

/** `$XDG_CACHE_HOME/bench-tui`, else `~/.cache/bench-tui`; undefined when neither is known. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
	if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'bench-tui');
	if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, '.cache', 'bench-tui');
	return undefined;
}

/** Creates `path` (0700) if missing; true only for a real directory (not a link) owned by us that no one else can write. */
export function isPrivateDirectory(path: string): boolean {
	const uid = process.getuid?.();
	if (uid === undefined) return false;
	try {
		mkdirSync(path, { recursive: true, mode: 0o700 });
		const stats = lstatSync(path);
		return stats.isDirectory() && stats.uid === uid && (stats.mode & 0o022) === 0;
	} catch {
		return false;
	}
}

/** Turns the cache on when its directory is private; a failure only costs speed. Returns the directory used. */
export function enableCompileCache(env: NodeJS.ProcessEnv): string | undefined {
	// NODE_COMPILE_CACHE: the user chose a directory and Node has already enabled it.
	if (env.NODE_COMPILE_CACHE !== undefined || env.NODE_DISABLE_COMPILE_CACHE !== undefined) return undefined;
	const directory = compileCacheDirectory(env);
	if (!directory || !isPrivateDirectory(directory)) return undefined;
	try {
		const { status } = module.enableCompileCache(directory);
		return status === module.constants.compileCacheStatus.FAILED ? undefined : directory;
	} catch {
		return undefined;
	}
}
