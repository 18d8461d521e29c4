// Number and time formatting shared by views and commands. Pure; no terminal knowledge.
import { drawing } from '../look/drawing.js';

export function formatUsd(value: number | null | undefined): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	const abs = Math.abs(value);
	const digits = abs === 0 ? 2 : abs < 0.01 ? 4 : abs < 100 ? 2 : 0;
	const text = abs.toFixed(digits);
	// A value that rounds to zero shows no sign: `-$0.0000` reads as a change where there is none.
	return `${value < 0 && Number(text) !== 0 ? '-' : ''}$${text}`;
}

export function formatSignedUsd(value: number | null | undefined): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	const text = formatUsd(value);
	return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

export function formatScore(value: number | null | undefined, digits = 1): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	return value.toFixed(digits);
}

export function formatSigned(value: number | null | undefined, digits = 1): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	const text = value.toFixed(digits);
	return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/** A share from 0 to 1 as a whole percent (`83%`), e.g. a pass rate. */
export function formatShare(value: number | null | undefined): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	return `${Math.round(value * 100)}%`;
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
	if (value == null || !Number.isFinite(value)) return drawing.dash;
	return `${value > 0 ? '+' : ''}${value.toFixed(digits)}%`;
}

/** 850ms, 12.3s, 4m05s, 2h10m */
export function formatDuration(ms: number | null | undefined): string {
	if (ms == null || !Number.isFinite(ms) || ms < 0) return drawing.dash;
	if (ms < 1000) return `${Math.round(ms)}ms`;
	const seconds = ms / 1000;
	if (seconds < 60) return `${seconds.toFixed(1)}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m${String(Math.floor(seconds % 60)).padStart(2, '0')}s`;
	return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** A compact relative time: `12s ago`, `5m ago`, `3h ago`, `4d ago`; absolute date past a month. */
export function formatAgo(iso: string | null | undefined, now = Date.now()): string {
	if (!iso) return drawing.dash;
	const then = Date.parse(iso);
	if (Number.isNaN(then)) return drawing.dash;
	const seconds = Math.max(0, Math.round((now - then) / 1000));
	if (seconds < 60) return `${seconds}s ago`;
	if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
	if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ago`;
	if (seconds < 30 * 86_400) return `${Math.floor(seconds / 86_400)}d ago`;
	return iso.slice(0, 10);
}

/** Milliseconds until the `formatAgo` label of any of `isoTimes` changes (the next whole second, minute, hour or day
 *  of its age); null when none is a valid time. Lets an idle view re-render exactly when a label would go stale. */
export function msUntilAgoChanges(isoTimes: readonly (string | null | undefined)[], now = Date.now()): number | null {
	let soonest: number | null = null;
	for (const iso of isoTimes) {
		const then = iso ? Date.parse(iso) : Number.NaN;
		if (Number.isNaN(then)) continue;
		// formatAgo rounds the age to whole seconds and derives every unit from that: shift by ½ s, then floor.
		const shifted = Math.max(0, now - then) + 500;
		const seconds = Math.floor(shifted / 1000);
		const step = seconds < 60 ? 1000 : seconds < 3600 ? 60_000 : seconds < 86_400 ? 3_600_000 : 86_400_000;
		const wait = step - (shifted % step);
		soonest = Math.min(soonest ?? wait, wait);
	}
	return soonest;
}
