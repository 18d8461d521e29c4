// JSON arguments for `case …`: a file path, `-` for stdin, or inline JSON. Malformed input is a usage error.
import { readFile } from 'node:fs/promises';
import type { JsonObject } from '../wire/types.js';
import type { CommandIO } from './command.js';
import { UsageError } from './failure.js';

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString('utf8');
}

async function readSource(arg: string, io: CommandIO): Promise<{ text: string; origin: string }> {
	if (arg === '-') return { text: await readStream(io.stdin), origin: 'stdin' };
	// Inline JSON starts like an object or array; anything else names a file.
	if (/^\s*[[{]/.test(arg)) return { text: arg, origin: 'inline JSON' };
	try {
		return { text: await readFile(arg, 'utf8'), origin: arg };
	} catch (error) {
		throw new UsageError(`cannot read ${arg}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

/** Reads a JSON object from `arg`; `what` names it in errors (e.g. "case JSON"). */
export async function readJsonObject(arg: string, io: CommandIO, what: string): Promise<JsonObject> {
	const { text, origin } = await readSource(arg, io);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new UsageError(`${what} from ${origin} is not valid JSON: ${(error as Error).message}`);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${what} from ${origin} must be a JSON object`);
	return value as JsonObject;
}
