// A server named for people: its host and port only (never userinfo, path or query, which may carry secrets).
export function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return '(invalid server URL)';
	}
}
