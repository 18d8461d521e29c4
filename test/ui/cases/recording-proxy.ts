// A recording HTTP proxy in front of the embedded server: tests assert on exactly what the client sent (a sparse
// PATCH body) and script faults (a 500 on PATCH) while every other request reaches the real server.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
	method: string;
	path: string;
	json: unknown;
}

export type Fault = { status: number; json: unknown } | undefined;

export interface RecordingProxy {
	url: string;
	requests: ProxiedRequest[];
	/** Answers instead of the server while it returns a fault. */
	fault: (request: ProxiedRequest) => Fault;
	writes(): ProxiedRequest[];
	close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
	const upstream = new URL(target);
	const proxy: RecordingProxy = {
		url: '',
		requests: [],
		fault: () => undefined,
		writes: () => proxy.requests.filter((r) => r.method !== 'GET'),
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
	const server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks);
		let json: unknown;
		try {
			json = body.length ? JSON.parse(body.toString('utf8')) : undefined;
		} catch {
			json = undefined;
		}
		const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', json };
		proxy.requests.push(recorded);
		const fault = proxy.fault(recorded);
		if (fault) {
			res.writeHead(fault.status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(fault.json));
			return;
		}
		const out = forward(
			{ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		out.on('error', () => res.destroy());
		out.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const close = proxy.close;
	proxy.close = () => {
		server.closeAllConnections();
		return close();
	};
	return proxy;
}
