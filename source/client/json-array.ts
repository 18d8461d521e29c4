// Reads a JSON array body as a stream, element by element: each element is parsed (and decoded by the caller) on
// its own as soon as its last byte arrives, so a 100,000-row /results body never exists as one string.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isWhitespace(byte: number): boolean {
	return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Splits the bytes of one JSON array at its top-level commas. Structure bytes are ASCII and never part of a UTF-8
 * sequence, so elements are cut on byte boundaries and each is decoded whole. Throws SyntaxError on a body that is
 * not one array (JSON.parse validates each element).
 */
export class JsonArraySplitter {
	#depth = 0;
	#inString = false;
	#escaped = false;
	#opened = false;
	#closed = false;
	/** Bytes of the current element carried over from earlier chunks. */
	#carried: Uint8Array[] = [];
	#inElement = false;
	#expectElement = false;
	readonly #decoder = new TextDecoder('utf-8', { fatal: true });

	constructor(private readonly onElement: (value: unknown) => void) {}

	push(chunk: Uint8Array): void {
		let start = this.#inElement ? 0 : -1;
		for (let i = 0; i < chunk.length; i++) {
			const byte = chunk[i];
			if (this.#inString) {
				if (this.#escaped) this.#escaped = false;
				else if (byte === BACKSLASH) this.#escaped = true;
				else if (byte === QUOTE) this.#inString = false;
				continue;
			}
			if (isWhitespace(byte)) continue;
			if (this.#closed) throw new SyntaxError('unexpected data after the JSON array');
			if (!this.#opened) {
				if (byte !== OPEN_BRACKET) throw new SyntaxError('the body is not a JSON array');
				this.#opened = true;
				this.#depth = 1;
				continue;
			}
			if (this.#depth === 1 && (byte === COMMA || byte === CLOSE_BRACKET)) {
				if (this.#inElement) this.#emit(chunk, start, i);
				else if (byte === COMMA || this.#expectElement) throw new SyntaxError('an empty element in the JSON array');
				this.#inElement = false;
				start = -1;
				this.#expectElement = byte === COMMA;
				if (byte === CLOSE_BRACKET) {
					this.#depth = 0;
					this.#closed = true;
				}
				continue;
			}
			if (!this.#inElement) {
				this.#inElement = true;
				start = i;
			}
			if (byte === QUOTE) this.#inString = true;
			else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) this.#depth++;
			else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) this.#depth--;
		}
		if (this.#inElement) this.#carried.push(chunk.slice(start));
	}

	/** The body has ended: throws unless it held one complete array. */
	end(): void {
		if (!this.#closed) throw new SyntaxError('the JSON array ends early');
	}

	#emit(chunk: Uint8Array, start: number, end: number): void {
		const tail = chunk.subarray(start, end);
		let bytes = tail;
		if (this.#carried.length > 0) {
			bytes = new Uint8Array(this.#carried.reduce((sum, part) => sum + part.length, tail.length));
			let offset = 0;
			for (const part of this.#carried) {
				bytes.set(part, offset);
				offset += part.length;
			}
			bytes.set(tail, offset);
			this.#carried = [];
		}
		let text: string;
		try {
			text = this.#decoder.decode(bytes);
		} catch {
			throw new SyntaxError('an element of the JSON array is not valid UTF-8');
		}
		this.onElement(JSON.parse(text));
	}
}

/** Every element of the streamed array, each passed through `decode` (which throws to reject the body). */
export async function readJsonArray<T>(body: AsyncIterable<Uint8Array>, decode: (value: unknown, index: number) => T): Promise<T[]> {
	const elements: T[] = [];
	const splitter = new JsonArraySplitter((value) => elements.push(decode(value, elements.length)));
	for await (const chunk of body) splitter.push(chunk);
	splitter.end();
	return elements;
}
