// A proxy in front of the embedded server that gives every result of one run the same workflow_output (a 1 MB
// JSON, a hostile string): the demo's own outputs are small and tame.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchResult, Json } from '../../source/wire/types.js';

export interface OutputProxy {
	url: string;
	close(): Promise<void>;
}

export async function startOutputProxy(upstream: string, runId: number, output: Json): Promise<OutputProxy> {
	const server = createServer(async (req, res) => {
		const answer = await fetch(`${upstream}${req.url}`, { headers: { accept: req.headers.accept ?? '*/*' } });
		let body = await answer.text();
		if (req.url?.split('?')[0] === `/bench-runs/${runId}/results`) {
			const rows = JSON.parse(body) as BenchResult[];
			body = JSON.stringify(rows.map((row) => ({ ...row, workflow_output: output })));
		}
		res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
