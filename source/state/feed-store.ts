// How a feed holds 100,000 results in little memory: the numbers a list line, its filters, sorts and aggregates read
// sit in typed-array columns, the case id and name as UTF-8 in byte slabs, and every other field (execution ids,
// hash, score, error, workflow output…) as compact positional JSON in the same slabs, read back for the one result a
// pane shows. All of it lives outside the JS heap; per row the heap holds one two-field FeedRow, so loading a big run
// neither grows V8's young generation (which keeps its size after the load) nor leaves much for the GC to walk.
import { RESULT_STATUSES, type BenchResult, type Json, type ResultStatus, type Verdict } from '../wire/types.js';

/** The fields of a result that a list line, a filter, a sort or an aggregate reads. */
export type ListedResult = Pick<
	BenchResult,
	'id' | 'case_id' | 'case_name' | 'status' | 'headline_score' | 'cost_usd' | 'duration_ms' | 'cache_hit' | 'verdict'
>;

const VERDICTS: readonly (Verdict | undefined)[] = [undefined, 'pass', 'fail', 'error'];
const STATUS_CODE = new Map(RESULT_STATUSES.map((status, code) => [status, code]));
const VERDICT_CODE = new Map(VERDICTS.map((verdict, code) => [verdict, code]));
const VERDICT_SHIFT = 3;
const CACHE_HIT = 1 << 5;
const ENRICHED = 1 << 6;
/** The case texts are stored as JSON strings: one has a lone surrogate, which UTF-8 cannot carry. */
const CASE_AS_JSON = 1 << 7;
const LONE_SURROGATE = /\p{Cs}/u;

/** A place in TextSlabs. */
export interface TextPlace {
	at: number;
	length: number;
}

const NO_NAME = -1;
const NULL_NAME = -2;
/** Replaced bytes are reclaimed once they pass this and the live ones. */
const COMPACT_AFTER_BYTES = 8 << 20;

/**
 * Every stored result of a feed by arrival index (`seq`): numbers in typed-array columns that double as they fill
 * (null is NaN), texts in TextSlabs. Outside the JS heap but for the few objects holding them.
 */
export class RowStore {
	size = 0;
	ids = new Float64Array(1024);
	headline = new Float64Array(1024);
	cost = new Float64Array(1024);
	duration = new Float64Array(1024);
	/** status code | verdict code << 3 | cache hit | enriched */
	flags = new Uint8Array(1024);
	detailAt = new Float64Array(1024);
	detailLength = new Uint32Array(1024);
	caseIdAt = new Float64Array(1024);
	caseIdLength = new Uint32Array(1024);
	caseNameAt = new Float64Array(1024);
	/** Bytes, or NO_NAME (absent) or NULL_NAME. */
	caseNameLength = new Int32Array(1024);
	#texts = new TextSlabs();

	/** Stores a new result; returns its seq. */
	append(result: BenchResult, enriched: boolean): number {
		const seq = this.size++;
		if (seq >= this.flags.length) this.#grow();
		this.ids[seq] = result.id;
		this.#write(seq, result, enriched);
		return seq;
	}

	/** The enriched `/results` row of the stored result `seq` replaces it. */
	enrich(seq: number, result: BenchResult): void {
		this.#texts.release(this.detailLength[seq] + this.caseIdLength[seq] + Math.max(0, this.caseNameLength[seq]));
		this.#write(seq, result, true);
		if (this.#texts.deadBytes > Math.max(COMPACT_AFTER_BYTES, this.#texts.liveBytes)) this.#compact();
	}

	caseId(seq: number): string {
		return this.#caseText(seq, this.caseIdAt[seq], this.caseIdLength[seq]);
	}

	caseName(seq: number): string | null | undefined {
		const length = this.caseNameLength[seq];
		if (length === NO_NAME) return undefined;
		if (length === NULL_NAME) return null;
		return this.#caseText(seq, this.caseNameAt[seq], length);
	}

	#caseText(seq: number, at: number, length: number): string {
		const text = this.#texts.read(at, length);
		return this.flags[seq] & CASE_AS_JSON ? (JSON.parse(text) as string) : text;
	}

	/** The whole result again, every field as it was decoded. */
	result(seq: number, row: FeedRow): BenchResult {
		return resultOf(row, this.#texts.read(this.detailAt[seq], this.detailLength[seq]));
	}

	#write(seq: number, result: BenchResult, enriched: boolean): void {
		this.headline[seq] = result.headline_score ?? NaN;
		this.cost[seq] = result.cost_usd;
		this.duration[seq] = result.duration_ms ?? NaN;
		const name = result.case_name;
		const asJson = LONE_SURROGATE.test(result.case_id) || (typeof name === 'string' && LONE_SURROGATE.test(name));
		const caseText = asJson ? JSON.stringify : (text: string) => text;
		this.flags[seq] =
			(STATUS_CODE.get(result.status) ?? 0) |
			((VERDICT_CODE.get(result.verdict) ?? 0) << VERDICT_SHIFT) |
			(result.cache_hit ? CACHE_HIT : 0) |
			(enriched ? ENRICHED : 0) |
			(asJson ? CASE_AS_JSON : 0);
		const detail = this.#texts.add(detailJson(result));
		this.detailAt[seq] = detail.at;
		this.detailLength[seq] = detail.length;
		const caseId = this.#texts.add(caseText(result.case_id));
		this.caseIdAt[seq] = caseId.at;
		this.caseIdLength[seq] = caseId.length;
		if (typeof name === 'string') {
			const place = this.#texts.add(caseText(name));
			this.caseNameAt[seq] = place.at;
			this.caseNameLength[seq] = place.length;
		} else this.caseNameLength[seq] = name === null ? NULL_NAME : NO_NAME;
	}

	/** Copies the referenced texts into fresh slabs, dropping the bytes of the replaced ones. */
	#compact(): void {
		const fresh = new TextSlabs();
		for (let seq = 0; seq < this.size; seq++) {
			this.detailAt[seq] = fresh.copy(this.#texts, this.detailAt[seq], this.detailLength[seq]);
			this.caseIdAt[seq] = fresh.copy(this.#texts, this.caseIdAt[seq], this.caseIdLength[seq]);
			if (this.caseNameLength[seq] >= 0) this.caseNameAt[seq] = fresh.copy(this.#texts, this.caseNameAt[seq], this.caseNameLength[seq]);
		}
		this.#texts = fresh;
	}

	#grow(): void {
		const capacity = this.flags.length * 2;
		const grown = <T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(from: T, make: (n: number) => T): T => {
			const to = make(capacity);
			to.set(from);
			return to;
		};
		const f64 = (n: number) => new Float64Array(n);
		this.ids = grown(this.ids, f64);
		this.headline = grown(this.headline, f64);
		this.cost = grown(this.cost, f64);
		this.duration = grown(this.duration, f64);
		this.flags = grown(this.flags, (n) => new Uint8Array(n));
		this.detailAt = grown(this.detailAt, f64);
		this.detailLength = grown(this.detailLength, (n) => new Uint32Array(n));
		this.caseIdAt = grown(this.caseIdAt, f64);
		this.caseIdLength = grown(this.caseIdLength, (n) => new Uint32Array(n));
		this.caseNameAt = grown(this.caseNameAt, f64);
		this.caseNameLength = grown(this.caseNameLength, (n) => new Int32Array(n));
	}
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * One stored result in arrival order (`seq`): a view of its RowStore columns, so a 100,000-row feed holds 100,000 of
 * these two-field objects and nothing else per row on the JS heap. Its fields change when a backfill enriches it.
 */
export class FeedRow implements ListedResult {
	constructor(
		readonly seq: number,
		private readonly store: RowStore,
	) {}

	get id(): number {
		return this.store.ids[this.seq];
	}

	get case_id(): string {
		return this.store.caseId(this.seq);
	}

	get case_name(): string | null | undefined {
		return this.store.caseName(this.seq);
	}

	get status(): ResultStatus {
		return RESULT_STATUSES[this.store.flags[this.seq] & 7];
	}

	get verdict(): Verdict | undefined {
		return VERDICTS[(this.store.flags[this.seq] >> VERDICT_SHIFT) & 3];
	}

	get cache_hit(): boolean {
		return (this.store.flags[this.seq] & CACHE_HIT) !== 0;
	}

	/** The row came from `/results` (so workflow_output, case_name and verdict are known). */
	get enriched(): boolean {
		return (this.store.flags[this.seq] & ENRICHED) !== 0;
	}

	get headline_score(): number | null {
		return orNull(this.store.headline[this.seq]);
	}

	get cost_usd(): number {
		return this.store.cost[this.seq];
	}

	get duration_ms(): number | null {
		return orNull(this.store.duration[this.seq]);
	}

	/** Changes whenever the stored result is replaced (enriched) or moved. */
	get version(): number {
		return this.store.detailAt[this.seq];
	}
}

/** The stored fields besides the listed ones, in this order; the JSON is `[presentBits, ...values, extraKeys?]`. */
const DETAIL_KEYS = [
	'bench_run_id',
	'workflow_execution_id',
	'judge_execution_id',
	'score',
	'input_hash',
	'error',
	'created_at',
	'workflow_cost_usd',
	'judge_cost_usd',
	'workflow_output',
] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([
	'id',
	'case_id',
	'case_name',
	'status',
	'headline_score',
	'cost_usd',
	'duration_ms',
	'cache_hit',
	'verdict',
	...DETAIL_KEYS,
]);

/**
 * The JSON of every field a FeedRow does not hold, by position (no key names): a bit per field says it is present,
 * so an absent key stays absent and a null stays null. Keys unknown to this client follow as one object.
 */
function detailJson(result: BenchResult): string {
	const fields = result as unknown as Record<string, Json | undefined>;
	const values: (Json | Record<string, Json | undefined>)[] = [0];
	let present = 0;
	for (let i = 0; i < DETAIL_KEYS.length; i++) {
		const value = fields[DETAIL_KEYS[i]];
		if (value !== undefined) present |= 1 << i;
		values.push(value ?? null);
	}
	values[0] = present;
	let extra: Record<string, Json | undefined> | undefined;
	for (const key in fields) if (!KNOWN_KEYS.has(key)) (extra ??= {})[key] = fields[key];
	if (extra) values.push(extra);
	return JSON.stringify(values);
}

/** The whole result again: the row's fields with its detail. */
function resultOf(row: FeedRow, detail: string): BenchResult {
	const values = JSON.parse(detail) as [number, ...Json[]];
	const present = values[0];
	const result: Record<string, unknown> = { id: row.id, case_id: row.case_id };
	for (let i = 0; i < DETAIL_KEYS.length; i++) if (present & (1 << i)) result[DETAIL_KEYS[i]] = values[i + 1];
	result.status = row.status;
	result.headline_score = row.headline_score;
	result.cost_usd = row.cost_usd;
	result.duration_ms = row.duration_ms;
	result.cache_hit = row.cache_hit;
	if (row.case_name !== undefined) result.case_name = row.case_name;
	if (row.verdict !== undefined) result.verdict = row.verdict;
	const extra = values[DETAIL_KEYS.length + 1];
	if (extra) Object.assign(result, extra);
	return result as unknown as BenchResult;
}

const SLAB_BYTES = 1 << 20;

/**
 * Append-only text storage in 1 MiB byte slabs (ArrayBuffers: outside the JS heap, so 100,000 stored texts neither
 * grow the young generation nor cost the garbage collector anything to keep). A text larger than a slab gets a
 * slab of its own. Places are `slab × SLAB_BYTES + offset`, lengths in bytes.
 */
class TextSlabs {
	#slabs: Uint8Array[] = [];
	#used = SLAB_BYTES;
	#live = 0;
	#dead = 0;
	readonly #encoder = new TextEncoder();
	readonly #decoder = new TextDecoder();

	/** Bytes held by stored texts that are still referenced. */
	get liveBytes(): number {
		return this.#live;
	}

	/** Bytes of texts given up with `release`. */
	get deadBytes(): number {
		return this.#dead;
	}

	add(text: string): TextPlace {
		// Try the current slab's free space first; a text that did not fit is encoded again into a fresh slab.
		if (this.#used < SLAB_BYTES) {
			const slab = this.#slabs[this.#slabs.length - 1];
			const { read, written } = this.#encoder.encodeInto(text, slab.subarray(this.#used));
			if (read === text.length) return this.#placed(this.#slabs.length - 1, written);
		}
		return this.#addBytes(this.#encoder.encode(text));
	}

	read(at: number, length: number): string {
		return length === 0 ? '' : this.#decoder.decode(this.#bytes(at, length));
	}

	/** `length` bytes of stored texts are no longer referenced. */
	release(length: number): void {
		this.#live -= length;
		this.#dead += length;
	}

	/** Copies the text at `at` of `from` into these slabs; returns its new place. */
	copy(from: TextSlabs, at: number, length: number): number {
		return this.#addBytes(from.#bytes(at, length)).at;
	}

	#bytes(at: number, length: number): Uint8Array {
		const slab = this.#slabs[Math.floor(at / SLAB_BYTES)];
		const offset = at % SLAB_BYTES;
		return slab.subarray(offset, offset + length);
	}

	#addBytes(bytes: Uint8Array): TextPlace {
		if (bytes.length > SLAB_BYTES) {
			// A slab of its own, and the next text starts a fresh one.
			this.#slabs.push(bytes.slice());
			this.#used = SLAB_BYTES;
			this.#live += bytes.length;
			return { at: (this.#slabs.length - 1) * SLAB_BYTES, length: bytes.length };
		}
		if (this.#used + bytes.length > SLAB_BYTES) {
			this.#slabs.push(new Uint8Array(SLAB_BYTES));
			this.#used = 0;
		}
		this.#slabs[this.#slabs.length - 1].set(bytes, this.#used);
		return this.#placed(this.#slabs.length - 1, bytes.length);
	}

	#placed(slab: number, length: number): TextPlace {
		const at = slab * SLAB_BYTES + this.#used;
		this.#used += length;
		this.#live += length;
		return { at, length };
	}
}
