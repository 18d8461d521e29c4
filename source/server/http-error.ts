// An error that maps to one HTTP status and a JSON envelope (§2.1); thrown by handlers and the coordinator.
export class HttpError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413,
		readonly body: { error: string; [key: string]: unknown },
	) {
		super(body.error);
	}
}

export const badRequest = (error: string) => new HttpError(400, { error });
export const notFound = (error: string) => new HttpError(404, { error });
export const forbidden = (error = 'token may not access this project') => new HttpError(403, { error });
