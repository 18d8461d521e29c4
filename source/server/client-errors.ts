// Requests Node's HTTP parser refuses before they reach hono (headers over the size limit, malformed request lines): answered
// with the same JSON error envelope as every other error, instead of Node's bare status line.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const ANSWERS: Record<string, [number, string, string]> = {
	HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'request headers too large'],
	ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request timed out'],
};

export function answerClientErrors(server: Server): void {
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
		if (error.code === 'ECONNRESET' || !socket.writable) {
			socket.destroy();
			return;
		}
		const [status, reason, message] = ANSWERS[error.code ?? ''] ?? [400, 'Bad Request', 'malformed HTTP request'];
		const body = JSON.stringify({ error: message });
		socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
	});
}
