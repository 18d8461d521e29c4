// A node:http reverse proxy that forwards everything to the server but cuts the run event stream mid-frame a few
// times, as a flaky network or a restarting load balancer would.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
	url: string;
	/** Streams cut so far. */
	readonly cuts: number;
	/** Event-stream connections opened so far. */
	readonly streams: number;
	close(): Promise<void>;
}

/** Cuts each of the first `cuts` event streams once it has forwarded `afterResults` result frames (plus half a chunk). */
export async function startCuttingProxy(target: string, options: { cuts: number; afterResults: number }): Promise<CuttingProxy> {
	let cuts = 0;
	let streams = 0;
	const server = createServer((req, res) => {
		const isStream = /^\/bench-runs\/\d+\/events$/.test(req.url ?? '');
		const cutThis = isStream && streams++ < options.cuts;
		let cutting = false;
		const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
			res.writeHead(answer.statusCode ?? 502, answer.headers);
			res.flushHeaders();
			let results = 0;
			answer.on('data', (chunk: Buffer) => {
				if (cutting) return;
				if (!cutThis) return void res.write(chunk);
				results += chunk.toString('utf8').split('event: result').length - 1;
				if (results < options.afterResults) return void res.write(chunk);
				cutting = true;
				// Forward half of this chunk, so the client is left holding a partial frame, then drop the connection.
				res.write(chunk.subarray(0, Math.floor(chunk.length / 2)), () => {
					cuts++;
					res.socket?.destroy();
					upstream.destroy();
				});
			});
			answer.on('end', () => res.end());
		});
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		get cuts() {
			return cuts;
		},
		get streams() {
			return streams;
		},
		close() {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}
