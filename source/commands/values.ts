// Parsing of positional ids and numeric flag values; anything malformed is a usage error (exit 2).
import { UsageError } from './failure.js';

/** A run or bench id: a non-negative decimal integer. */
export function parseId(value: string, what: string): number {
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`${what} must be a numeric id, got ${JSON.stringify(value)}`);
	return Number(value);
}

/** An integer flag value of at least `min` (1 unless said otherwise). */
export function parseInteger(value: string | undefined, flag: string, min = 1): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} must be an integer of at least ${min}, got ${JSON.stringify(value)}`);
	return Number(value);
}

export function parseNumber(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	const number = Number(value);
	if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`${flag} must be a number, got ${JSON.stringify(value)}`);
	return number;
}
