// Maps every failure of a command to one clear stderr line (plus field errors / contract breaks) and an exit code.
import { CaseTypeMismatchError, describeError, JudgeContractError, NotFoundError } from '../client/errors.js';
import { WatchGaveUpError } from '../io/run-watch.js';
import { sanitize } from '../look/sanitize.js';
import { EXIT } from './command.js';
import type { CommandIO } from './command.js';

/** Bad invocation: unknown flag, missing argument, malformed JSON input, missing configuration. Exit 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** The thing asked for does not exist (including a lookup that answered "none"). Exit 7. */
export class MissingError extends Error {
	override name = 'MissingError';
}

/** Prints the failure and returns the exit code; never prints a token (client errors carry none). */
export function reportFailure(error: unknown, io: CommandIO, command: string): number {
	const write = (line: string) => io.stderr.write(`${line}\n`);
	if (error instanceof UsageError) {
		write(`bench-tui ${command}: ${error.message} (see \`bench-tui ${command} --help\`)`);
		return EXIT.usage;
	}
	if (error instanceof WatchGaveUpError) {
		write(`bench-tui ${command}: ${sanitize(error.message)}`);
		return EXIT.gaveUp;
	}
	if (error instanceof MissingError) {
		write(`bench-tui ${command}: ${sanitize(error.message)}`);
		return EXIT.notFound;
	}
	if (error instanceof NotFoundError) {
		write(`bench-tui ${command}: not found: ${sanitize(error.serverMessage || `${error.method} ${error.path}`)}`);
		return EXIT.notFound;
	}
	if (error instanceof CaseTypeMismatchError) {
		write(`bench-tui ${command}: case_type_mismatch: the case does not match the script signature`);
		for (const field of error.fieldErrors) write(`  ${sanitize(field.path)}: ${sanitize(field.message)}`);
		return EXIT.error;
	}
	if (error instanceof JudgeContractError && error.breaks.length) {
		write(`bench-tui ${command}: judge contract mismatch: the workflow's outputs cannot feed the judge`);
		for (const broken of error.breaks) write(`  ${sanitize(broken)}`);
		return EXIT.error;
	}
	// Server answers, network failures and anything unexpected: exit 1 with the server's message.
	write(`bench-tui ${command}: ${sanitize(describeError(error))}`);
	return EXIT.error;
}
