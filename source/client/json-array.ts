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
 * sequence, so elements are cut on character boundaries and each is decoded whole (JSON.parse validates it).
 * Throws SyntaxError on a body that is not exactly one array.
 */
export class JsonArraySplitter {
	#depth = 0;
	#inString = false;
	#escaped = false;
	#opened = false;
	#closed = false;
	/** The current top-level element has a non-blank byte (an empty one, as in `[1,,2]`, is an error). */
	#filled = false;
	/** Some element was complete (so a blank one before `]` is a trailing comma). */
	#seenElement = false;
	/** Bytes of the current element carried over from earlier chunks. */
	#carried: Uint8Array[] = [];
	readonly #decoder = new TextDecoder('utf-8', { fatal: true });

	constructor(private readonly onElement: (value: unknown) => void) {}

	push(chunk: Uint8Array): void {
		let start = 0;
		/** Top-level commas (and the closing bracket) in this chunk: each ends an element. */
		const cuts: number[] = [];
		let i = 0;
		if (!this.#opened) {
			while (i < chunk.length && isWhitespace(chunk[i])) i++;
			if (i === chunk.length) return;
			if (chunk[i] !== OPEN_BRACKET) throw new SyntaxError('the body is not a JSON array');
			this.#opened = true;
			this.#depth = 1;
			start = ++i;
		}
		// Locals in the hot loop, written back after it.
		let depth = this.#depth;
		let inString = this.#inString;
		let escaped = this.#escaped;
		let filled = this.#filled;
		let seenElement = this.#seenElement;
		let closed = this.#closed;
		for (; i < chunk.length; i++) {
			const byte = chunk[i];
			if (inString) {
				if (escaped) escaped = false;
				else if (byte === BACKSLASH) escaped = true;
				else if (byte === QUOTE) inString = false;
				continue;
			}
			if (isWhitespace(byte)) continue;
			if (closed) throw new SyntaxError('unexpected data after the JSON array');
			if (depth === 1 && (byte === COMMA || byte === CLOSE_BRACKET)) {
				// `[]` is the one place a blank element is allowed.
				if (!filled && (byte === COMMA || seenElement)) throw new SyntaxError('an empty element in the JSON array');
				if (byte === CLOSE_BRACKET) {
					closed = true;
					depth = 0;
				}
				seenElement ||= filled;
				if (filled) cuts.push(i);
				filled = false;
				continue;
			}
			filled = true;
			if (byte === QUOTE) inString = true;
			else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) depth++;
			else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) depth--;
		}
		this.#depth = depth;
		this.#inString = inString;
		this.#escaped = escaped;
		this.#filled = filled;
		this.#seenElement = seenElement;
		this.#closed = closed;
		let from = start;
		for (const cut of cuts) {
			this.#parse(chunk.subarray(from, cut));
			from = cut + 1;
		}
		if (from < chunk.length) this.#carried.push(chunk.slice(from));
	}

	/** The body has ended: throws unless it held one complete array. */
	end(): void {
		if (!this.#closed) throw new SyntaxError('the JSON array ends early');
	}

	/** `tail` ends just before a top-level comma or the closing bracket: carried + tail are one whole element. */
	#parse(tail: Uint8Array): void {
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
			throw new SyntaxError('the JSON array is not valid UTF-8');
		}
		this.onElement(JSON.parse(text));
	}
}

/**
 * Every element of the streamed array, each passed through `decode` (which throws to reject the body), handed to
 * `take` a network chunk at a time: the caller can store each batch compactly while the body is still arriving. A
 * body rejected part-way has already handed over its earlier batches.
 */
export async function readJsonArrayBatches<T>(
	body: AsyncIterable<Uint8Array>,
	decode: (value: unknown, index: number) => T,
	take: (batch: T[]) => void,
): Promise<void> {
	let index = 0;
	let batch: T[] = [];
	const splitter = new JsonArraySplitter((value) => batch.push(decode(value, index++)));
	for await (const chunk of body) {
		splitter.push(chunk);
		if (batch.length > 0) {
			const full = batch;
			batch = [];
			take(full);
		}
	}
	splitter.end();
}
