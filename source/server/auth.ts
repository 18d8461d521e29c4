// Bearer-token auth (§1.3, §11 #38/#40). No tokens configured → anonymous callers are accepted with full access.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A configured token. `service: true` = a service secret (may read MCP session costs); otherwise a scoped token
 * (conventionally `akribes_tk_…`). `projects` limits the readable projects (absent = all). `user` becomes `triggered_by`.
 */
export interface TokenSpec {
	token: string;
	service?: boolean;
	projects?: number[];
	user?: string;
}

export interface Principal {
	service: boolean;
	/** Readable project ids; null = every project. */
	projects: number[] | null;
	user: string | null;
}

const ANONYMOUS: Principal = { service: true, projects: null, user: null };

const digest = (text: string) => createHash('sha256').update(text).digest();

export class Authenticator {
	private readonly tokens: Array<{ digest: Buffer; principal: Principal }>;

	constructor(tokens: TokenSpec[] | undefined) {
		this.tokens = (tokens ?? []).map((spec) => ({
			digest: digest(spec.token),
			principal: { service: spec.service === true, projects: spec.projects ?? null, user: spec.user ?? null },
		}));
	}

	get required(): boolean {
		return this.tokens.length > 0;
	}

	/** The caller's principal, or undefined when a token is required and missing/unknown (→ 401). */
	authenticate(authorization: string | undefined, queryToken: string | undefined): Principal | undefined {
		if (!this.required) return ANONYMOUS;
		const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? queryToken;
		if (!bearer) return undefined;
		const presented = digest(bearer);
		return this.tokens.find((t) => timingSafeEqual(t.digest, presented))?.principal;
	}
}

export const canRead = (principal: Principal, projectId: number): boolean => principal.projects === null || principal.projects.includes(projectId);
