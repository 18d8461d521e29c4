// Deterministic hashing: canonical JSON for `input_hash` (§8 #2), uniform numbers and UUID-shaped ids from seeds.
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

export function inputHash(inputs: unknown): string {
	return sha256Hex(canonicalJson(inputs));
}

/** Eight uniform numbers in [0, 1) derived from a seed string (FNV-1a into mulberry32: fast, not cryptographic). */
export function uniforms(seed: string): number[] {
	let hash = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
	const random = seededRandom(hash);
	return [random(), random(), random(), random(), random(), random(), random(), random()];
}

export function uuidFrom(seed: string): string {
	const h = sha256Hex(seed);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Small seeded PRNG (mulberry32) for sampling. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
