// Tab completion for the `:` command line: command names first, then the argument each command takes (script names,
// run ids, bench ids) from what the current view knows. Pure: the candidates are passed in.
import { COMMAND_NAMES, COMMAND_ARGUMENT, type ArgumentKind } from './command-line.js';

export type Candidates = Partial<Record<ArgumentKind, readonly string[]>>;

export interface Completion {
	/** The line after Tab (unchanged when nothing matched). */
	line: string;
	/** What still matches when the completion is ambiguous (shown beside the field). */
	options: string[];
}

function commonPrefix(words: readonly string[]): string {
	let prefix = words[0] ?? '';
	for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

function complete(head: string, word: string, pool: readonly string[]): Completion {
	const matches = [...new Set(pool.filter((candidate) => candidate.startsWith(word)))];
	if (matches.length === 0) return { line: head + word, options: [] };
	if (matches.length === 1) return { line: `${head}${matches[0]} `, options: [] };
	return { line: head + commonPrefix(matches), options: matches };
}

export function completeCommandLine(line: string, candidates: Candidates): Completion {
	const words = line.replace(/^:/, '').split(' ');
	if (words.length === 1) return complete('', words[0], COMMAND_NAMES);
	const kind = COMMAND_ARGUMENT[words[0]];
	const pool = kind ? (candidates[kind] ?? []) : [];
	const head = `${words.slice(0, -1).join(' ')} `;
	return complete(head, words.at(-1)!, pool);
}
