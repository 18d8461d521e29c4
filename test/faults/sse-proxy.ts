// A small HTTP proxy that sits between the client and a server and misbehaves on SSE streams: it forwards whole
// frames only, and can cut the connection after a chosen number of frames or inject text (malformed frames)
// between them. Other requests pass through untouched. `stop()` refuses connections until `start()` again.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SseProxyOptions {
	upstream: string;
	/** Frames to forward on a new stream connection before cutting it; undefined = never cut. */
	framesBeforeCut?: () => number | undefined;
	/** Text written before the n-th forwarded frame (counted over every connection), or undefined. */
	inject?: (frameIndex: number) => string | undefined;
	/** Called at each cut (for timing diagnostics). */
	onCut?: () => void;
	/** Which requests are streams. Default: paths ending in /events. */
	isStream?: (path: string) => boolean;
}

export interface SseProxy {
	readonly url: string;
	/** Stream connections cut by the proxy, frames forwarded, injections written. */
	readonly stats: { cuts: number; frames: number; injected: number; streams: number };
	stop(): Promise<void>;
	start(): Promise<void>;
	close(): Promise<void>;
}

const FRAME_END = '\n\n';

export async function startSseProxy(options: SseProxyOptions): Promise<SseProxy> {
	const upstream = new URL(options.upstream);
	const isStream = options.isStream ?? ((path: string) => /\/events$/.test(path));
	const stats = { cuts: 0, frames: 0, injected: 0, streams: 0 };
	const sockets = new Set<Socket>();

	const forward = (req: IncomingMessage, res: ServerResponse) => {
		const path = (req.url ?? '/').split('?')[0];
		const outgoing = request(
			{ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				const streaming = isStream(path) && (answer.headers['content-type'] ?? '').startsWith('text/event-stream');
				if (!streaming) {
					answer.pipe(res);
					return;
				}
				res.flushHeaders();
				relayFrames(answer, res, () => outgoing.destroy());
			},
		);
		outgoing.on('error', () => res.destroy());
		res.on('close', () => outgoing.destroy());
		req.pipe(outgoing);
	};

	/** Forwards whole frames, injecting and cutting as configured. */
	const relayFrames = (answer: IncomingMessage, res: ServerResponse, abortUpstream: () => void) => {
		stats.streams++;
		let budget = options.framesBeforeCut?.();
		let pending = '';
		let cut = false;
		answer.setEncoding('utf8');
		answer.on('data', (chunk: string) => {
			if (cut) return;
			pending += chunk;
			let out = '';
			let end: number;
			while ((end = pending.indexOf(FRAME_END)) >= 0) {
				if (budget !== undefined && budget <= 0) {
					if (out) res.write(out);
					stats.cuts++;
					cut = true;
					options.onCut?.();
					abortUpstream();
					res.socket?.destroy();
					return;
				}
				const injection = options.inject?.(stats.frames);
				if (injection) {
					out += injection;
					stats.injected++;
				}
				out += pending.slice(0, end + FRAME_END.length);
				pending = pending.slice(end + FRAME_END.length);
				stats.frames++;
				if (budget !== undefined) budget--;
			}
			if (out) res.write(out);
		});
		answer.on('end', () => !cut && res.end(pending));
		answer.on('error', () => res.destroy());
	};

	let server: Server | undefined;
	let port = 0;
	const start = async () => {
		server = createServer(forward);
		server.on('connection', (socket) => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
		port = (server.address() as AddressInfo).port;
	};
	const stop = async () => {
		const closing = server;
		server = undefined;
		if (!closing) return;
		for (const socket of sockets) socket.destroy();
		await new Promise<void>((resolve) => closing.close(() => resolve()));
	};
	await start();
	return {
		url: `http://127.0.0.1:${port}`,
		stats,
		stop,
		start,
		close: stop,
	};
}
