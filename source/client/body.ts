// Reads a response body, as text or chunk by chunk, with a size cap, so a runaway server cannot fill memory.
import { ProtocolError } from './errors.js';

export const MIB = 1024 * 1024;

/** `what` names the call in the error (`GET /projects`); the body is cancelled once it passes `maxBytes`. */
export async function readText(response: Response, maxBytes: number, what: string): Promise<string> {
	if (!response.body) return '';
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) {
		await response.body.cancel().catch(() => undefined);
		throw tooLarge(what, maxBytes);
	}
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let text = '';
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await reader.cancel().catch(() => undefined);
				throw tooLarge(what, maxBytes);
			}
			text += decoder.decode(value, { stream: true });
		}
		return text + decoder.decode();
	} finally {
		reader.releaseLock();
	}
}

/** The body's chunks, failing with the same error as `readText` once they pass `maxBytes`. */
export async function* cappedChunks(response: Response, maxBytes: number, what: string): AsyncGenerator<Uint8Array> {
	if (!response.body) return;
	let size = 0;
	for await (const chunk of response.body) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge(what, maxBytes);
		yield chunk;
	}
}

function tooLarge(what: string, maxBytes: number): ProtocolError {
	return new ProtocolError(what, `the body is larger than ${Math.round(maxBytes / MIB)} MiB (the client's limit)`);
}
