// A deterministic CompareReport of any size, and a tiny node:http server that serves it with its two runs —
// for the 50 000-case benchmark and the large-report tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchRun, CompareCase, CompareReport } from '../../../source/wire/types.js';
import { seededRandom } from '../../../source/server/hashing.js';

export function syntheticReport(size: number, runA = 1, runB = 2, seed = 42): CompareReport {
	const next = seededRandom(seed);
	const perCase: CompareCase[] = [];
	let improved = 0;
	let regressed = 0;
	let unchanged = 0;
	let deltaSum = 0;
	let scored = 0;
	let costA = 0;
	let costB = 0;
	for (let i = 0; i < size; i++) {
		const roll = next();
		const scoreA = Math.round(next() * 100);
		const change = roll < 0.15 ? -Math.ceil(next() * 40) : roll < 0.3 ? Math.ceil(next() * 40) : 0;
		const scoreB = Math.max(0, Math.min(100, scoreA + change));
		const missing = roll > 0.995 ? 'missing_a' : roll > 0.99 ? 'missing_b' : null;
		const a = missing === 'missing_a' ? null : scoreA;
		const b = missing === 'missing_b' ? null : scoreB;
		const delta = a !== null && b !== null ? b - a : null;
		const flag: CompareCase['flag'] = missing ?? (delta! > 0 ? 'improved' : delta! < 0 ? 'regressed' : 'unchanged');
		if (flag === 'improved') improved++;
		else if (flag === 'regressed') regressed++;
		else if (flag === 'unchanged') unchanged++;
		if (delta !== null) {
			deltaSum += delta;
			scored++;
		}
		const cA = missing === 'missing_a' ? 0 : Math.round(next() * 2000) / 100_000;
		const cB = missing === 'missing_b' ? 0 : Math.round(cA * (0.8 + next() * 0.5) * 100_000) / 100_000;
		costA += cA;
		costB += cB;
		const costDelta = Math.round((cB - cA) * 1e6) / 1e6;
		perCase.push({
			case_id: `case-${String(i).padStart(6, '0')}`,
			case_label: `synthetic case ${i} ${['invoice', 'summary', 'ticket', 'email'][i % 4]}`,
			score_a: a,
			score_b: b,
			delta,
			flag,
			cost_a: cA,
			cost_b: cB,
			cost_delta: costDelta,
			cost_flag: Math.abs(costDelta) <= 1e-6 ? 'cost_unchanged' : costDelta > 0 ? 'cost_regressed' : 'cost_improved',
		});
	}
	const costDelta = costB - costA;
	return {
		run_a_id: runA,
		run_b_id: runB,
		aggregate: {
			mean_score_delta: scored ? deltaSum / scored : 0,
			cost_delta_usd: costDelta,
			n_regressed: regressed,
			n_improved: improved,
			n_unchanged: unchanged,
			cost_delta_pct: costA > 0 ? (costDelta / costA) * 100 : null,
			cost_regression: costDelta > 0 && costA > 0 && (costDelta / costA) * 100 >= 10,
		},
		per_case: perCase,
	};
}

export function syntheticRun(id: number, triggeredAt: string, benchId = 1): BenchRun {
	return {
		id,
		bench_id: benchId,
		channel: id % 2 ? 'production' : 'draft',
		workflow_version_id: 10 + id,
		judge_version_id: 3,
		status: 'completed',
		triggered_by: 'bench',
		triggered_at: triggeredAt,
		completed_at: triggeredAt,
		total_cost_usd: 0,
		total_cases: 0,
		cache_hit_cases: 0,
		notes: null,
	};
}

export interface ReportServer {
	url: string;
	/** performance.now() when the last compare response finished sending. */
	lastCompareSentAt(): number;
	close(): Promise<void>;
}

/** Serves GET /bench-runs/{1,2} and /bench-runs/1/compare/2 (and 2/compare/1, same body: only timing matters). */
export async function serveReport(report: CompareReport): Promise<ReportServer> {
	const body = JSON.stringify(report);
	const runs = new Map([
		[report.run_a_id, JSON.stringify(syntheticRun(report.run_a_id, '2026-01-01T10:00:00Z'))],
		[report.run_b_id, JSON.stringify(syntheticRun(report.run_b_id, '2026-01-02T10:00:00Z'))],
	]);
	let sentAt = 0;
	const server: Server = createServer((req, res) => {
		const compare = /^\/bench-runs\/\d+\/compare\/\d+$/.test(req.url ?? '');
		const run = /^\/bench-runs\/(\d+)$/.exec(req.url ?? '');
		const text = compare ? body : run ? runs.get(Number(run[1])) : undefined;
		if (!text) {
			res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
			return;
		}
		if (compare) res.on('finish', () => (sentAt = performance.now()));
		res.writeHead(200, { 'content-type': 'application/json' }).end(text);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		lastCompareSentAt: () => sentAt,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
