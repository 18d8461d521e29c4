// Reads an answer's body, as text or chunk by chunk, with a size cap, so a runaway server cannot fill memory.
import { ProtocolError } from './errors.js';
import type { Answer } from './transport.js';

export const MIB = 1024 * 1024;

/** `what` names the call in the error (`GET /projects`); the connection is closed once the body passes `maxBytes`. */
export async function readText(answer: Answer, maxBytes: number, what: string): Promise<string> {
	const decoder = new TextDecoder();
	let text = '';
	for await (const chunk of cappedChunks(answer, maxBytes, what)) text += decoder.decode(chunk, { stream: true });
	return text + decoder.decode();
}

/** The body's chunks, failing with the same error as `readText` once they pass `maxBytes`. */
export async function* cappedChunks(answer: Answer, maxBytes: number, what: string): AsyncGenerator<Uint8Array> {
	if (Number(answer.header('content-length')) > maxBytes) {
		answer.discard();
		throw tooLarge(what, maxBytes);
	}
	let size = 0;
	for await (const chunk of answer.body) {
		size += chunk.byteLength;
		if (size > maxBytes) {
			answer.discard();
			throw tooLarge(what, maxBytes);
		}
		yield chunk;
	}
}

function tooLarge(what: string, maxBytes: number): ProtocolError {
	return new ProtocolError(what, `the body is larger than ${Math.round(maxBytes / MIB)} MiB (the client's limit)`);
}
