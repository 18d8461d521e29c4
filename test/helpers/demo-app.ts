// The usual view test's lifecycle: the embedded demo server for the whole file, and the app each test renders against
// it, unmounted after the test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startServer, type RunningServer, type StartServerOptions } from '../../source/server/index.js';
import { renderApp, type RenderAppOptions, type RenderedApp } from './render-view.js';

export interface DemoApp {
	/** The demo server (started before the file's first test). */
	readonly server: RunningServer;
	/** The app against the demo server; unmounted after the test. */
	render(options?: Omit<RenderAppOptions, 'url'>): RenderedApp;
}

export function demoAppPerTest(serverOptions: StartServerOptions = { data: 'demo', pace: 0 }): DemoApp {
	let server: RunningServer | undefined;
	let rendered: RenderedApp | undefined;
	beforeAll(async () => {
		server = await startServer(serverOptions);
	});
	afterAll(() => server?.close());
	afterEach(() => {
		rendered?.unmount();
		rendered = undefined;
	});
	const running = () => {
		if (!server) throw new Error('the demo server starts in beforeAll: call this inside a test');
		return server;
	};
	return {
		get server() {
			return running();
		},
		render(options = {}) {
			rendered?.unmount();
			rendered = renderApp({ ...options, url: running().url });
			return rendered;
		},
	};
}
