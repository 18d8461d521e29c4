// The contexts every view uses: the one configured client, the app's actions (navigation, banner, dialogs) and its
// layout (terminal size, marks, overlays). Actions are stable, so a resize re-renders only what reads the layout.
import { createContext, useContext, useMemo } from 'react';
import type { Client } from '../client/api.js';
import type { Route } from './routes.js';

export const ClientContext = createContext<Client | null>(null);

/** The single configured API client. Views never build their own or call fetch. */
export function useClient(): Client {
	const client = useContext(ClientContext);
	if (!client) throw new Error('useClient outside <ClientContext.Provider>');
	return client;
}

export interface ConfirmRequest {
	/** The question, naming the thing acted on: `Cancel run 812 (summarize)?` */
	question: string;
	/** Label of the affirmative choice, e.g. `Cancel run`. The default (focused) choice is always No. */
	confirmLabel?: string;
}

export interface PromptRequest {
	question: string;
	initial?: string;
	/** Returns an error message for invalid input, or undefined when valid. */
	validate?: (value: string) => string | undefined;
}

/** How the current view receives live updates, shown in the status bar. */
export type ConnectionBadge = 'connecting' | 'live' | 'polling' | 'offline';

/** What a view can ask of the app: stable callbacks (a resize or a mark does not change them). */
export interface AppActions {
	push(route: Route): void;
	pop(): void;
	replace(route: Route): void;
	/** Shows the error in the banner (never blocks navigation) and as the status bar's last error. */
	reportError(error: unknown, context?: string): void;
	/** A short transient message in the status bar (kept in the `!` message log). */
	notify(message: string): void;
	/** A warning (e.g. a trigger's pre-flight warnings): logged under `action`, flashed with the `!` hint. */
	warn(message: string, action?: string): void;
	/** Opens the confirmation dialog; resolves true only on an explicit yes. */
	confirm(request: ConfirmRequest): Promise<boolean>;
	/** Opens a one-line text prompt; resolves null when dismissed with Esc. */
	prompt(request: PromptRequest): Promise<string | null>;
	/** Copies text to the user's clipboard (tmux buffer, desktop tool or OSC 52) and says which in the status bar. */
	copy(text: string, what?: string): void;
	/**
	 * Hands the terminal to `task` (e.g. $EDITOR, $PAGER via runOnTerminal in terminal-hand-off.ts): nothing reads
	 * stdin meanwhile, the alternate screen is left; after it, buffered input is dropped and the app redraws.
	 */
	suspend<T>(task: () => Promise<T>): Promise<T>;
	/** `benchId` (when known) lets a second mark of another bench's run be refused at once: compare needs one bench. */
	toggleMark(runId: number, benchId?: number): void;
	/**
	 * A view that is taking text (a filter box, a form field) calls this with true, so the App's global keys
	 * (q ? : esc) stop firing; Ctrl-C still quits. Call with false when done. Prefer the useTextCapture hook.
	 */
	captureKeyboard(active: boolean): void;
	/** While registered, quitting (q, :q, Ctrl-C) asks `question` first; returns the unregister function. Prefer useQuitGuard. */
	guardQuit(question: string): () => void;
	/** A view with a live subscription reports its state (hub live / polling / offline); null when it has none. */
	setConnection(state: ConnectionBadge | null): void;
}

/** What the app looks like around a view: these change on a resize, a mark, an overlay. */
export interface AppLayout {
	/** Run ids marked with `m` for compare (at most two; a third mark replaces the oldest). */
	marks: readonly number[];
	/** --read-only: mutating keys are disabled (the keymap marks them). */
	readOnly: boolean;
	/** Terminal size; the frame drawn must stay at most rows - 1 tall. */
	columns: number;
	rows: number;
	/** Rows available to the current view (terminal minus chrome: breadcrumbs, status bar, banner). */
	viewRows: number;
	/** True while an overlay (help, command line, dialog) owns the keyboard; useKeys goes quiet. */
	overlayOpen: boolean;
}

export type AppServices = AppActions & AppLayout;

export const ActionsContext = createContext<AppActions | null>(null);
export const LayoutContext = createContext<AppLayout | null>(null);

/** The app's actions alone: a hook or component that needs no layout takes these and skips resize renders. */
export function useActions(): AppActions {
	const actions = useContext(ActionsContext);
	if (!actions) throw new Error('useActions outside <ActionsContext.Provider>');
	return actions;
}

export function useLayout(): AppLayout {
	const layout = useContext(LayoutContext);
	if (!layout) throw new Error('useLayout outside <LayoutContext.Provider>');
	return layout;
}

/** Actions and layout together, for views (they draw to the terminal's size anyway). */
export function useApp(): AppServices {
	const actions = useActions();
	const layout = useLayout();
	return useMemo(() => ({ ...actions, ...layout }), [actions, layout]);
}
