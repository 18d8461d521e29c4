// Runs bench/pty_probe.py (a command on a pseudo-terminal) and returns its JSON report.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export type ProbeStep = { wait: string; mark?: string } | { send: string } | { measure: number } | { wait_exit: true };

export interface ProbeResult {
	marks: Record<string, number>;
	bytes?: number;
	seconds?: number;
	cpu_seconds?: number;
	exit_ms?: number;
	status?: number;
	error?: string;
}

/** Async, so a server running in this process keeps answering while the probe runs. */
export async function probe(cmd: string[], steps: ProbeStep[], options: { cols?: number; rows?: number; env?: Record<string, string>; timeout?: number } = {}): Promise<ProbeResult> {
	const config = { cmd, steps, cols: options.cols ?? 120, rows: options.rows ?? 40, env: options.env ?? {}, timeout: options.timeout ?? 30 };
	const { stdout } = await promisify(execFile)('python3', [new URL('./pty_probe.py', import.meta.url).pathname, JSON.stringify(config)], { encoding: 'utf8' });
	const result = JSON.parse(stdout) as ProbeResult;
	if (result.error) throw new Error(`pty probe: ${result.error}`);
	return result;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
