// The full-screen app: one client for every view, the view stack (breadcrumbs, Enter pushes, Esc pops),
// global keys, status bar, error banner, help overlay, `:` command line, and the confirm/prompt dialogs.
import { Box, useApp as useInkApp, useStdin } from 'ink';
import { Activity, memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Client } from '../client/api.js';
import { describeError } from '../client/errors.js';
import { sanitizeMultiline } from '../look/sanitize.js';
import { parseCommand, type Command } from '../state/command-line.js';
import { CommandHistory } from '../state/command-history.js';
import { hostOf } from '../look/host.js';
import type { CommandContext } from '../io/command-candidates.js';
import { Banner } from './components/Banner.js';
import { Breadcrumbs } from './components/Breadcrumbs.js';
import { CommandLine } from './components/CommandLine.js';
import { CONFIRM_DIALOG_HEIGHT, ConfirmDialog } from './components/ConfirmDialog.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { PROMPT_DIALOG_HEIGHT, PromptDialog } from './components/PromptDialog.js';
import { StatusBar } from './components/StatusBar.js';
import { ViewErrorBoundary } from './components/ViewErrorBoundary.js';
import {
	ActionsContext,
	ClientContext,
	LayoutContext,
	type AppActions,
	type AppLayout,
	type ConfirmRequest,
	type ConnectionBadge,
	type PromptRequest,
} from './context.js';
import { KeyRouterContext, OverlayContext } from './hooks/keyboard-context.js';
import { useKeyboard } from './hooks/useKeyboard.js';
import { useKeys } from './hooks/useKeys.js';
import { KeyRouter } from './key-router.js';
import type { Handlers, Scope } from './keymap.js';
import { drainInput, stopReading } from './terminal-hand-off.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { useTransient } from './hooks/useTransient.js';
import { MessageLogContext, MessageLogStore } from './message-log.js';
import { routeKey, routeLabel, type Route } from './routes.js';
import { VIEWS } from './views/registry.js';

const BANNER_MS = 10_000;
const FLASH_MS = 3_000;

export interface AppProps {
	client: Client;
	/** The initial view stack (bottom first), e.g. [projects, benches 1]. */
	initialStack: Route[];
	readOnly?: boolean;
	/** Copies text to the clipboard; resolves with what was done (a tmux buffer, a desktop tool, OSC 52 sent). */
	copy?: (text: string) => Promise<string> | void;
	/** Leaves / re-enters the alternate screen around `suspend` tasks. */
	terminal?: { restore(): void; reenter(): void };
	/** Hands out the key router (tests ask it which actions the view handles now). */
	onKeyRouter?: (router: KeyRouter) => void;
	/** Called once when the user quits; `interrupted` when the quit came from Ctrl-C (the process exits 130). */
	onQuit?: (outcome: { interrupted: boolean }) => void;
}

type Dialog =
	| { kind: 'confirm'; request: ConfirmRequest; resolve: (yes: boolean) => void }
	| { kind: 'prompt'; request: PromptRequest; resolve: (value: string | null) => void };

/** Where the user is, for the command line's completions: the nearest project and script in the stack. */
function commandContext(stack: readonly Route[]): CommandContext {
	const withScript = stack.findLast((route) => 'script' in route);
	return { projectId: projectOf(stack), script: withScript && 'script' in withScript ? withScript.script : undefined };
}

function projectOf(stack: readonly Route[]): number | undefined {
	for (let i = stack.length - 1; i >= 0; i--) {
		const route = stack[i];
		if ('projectId' in route) return route.projectId;
	}
	return undefined;
}

export function App({ client, initialStack, readOnly = false, copy, terminal, onQuit, onKeyRouter }: AppProps) {
	const { exit, suspendTerminal } = useInkApp();
	const { stdin } = useStdin();
	const { columns, rows } = useTerminalSize();
	const [stack, setStack] = useState<Route[]>(initialStack.length ? initialStack : [{ kind: 'projects' }]);
	const [banner, showBanner, dismissBanner] = useTransient(BANNER_MS);
	const [lastError, setLastError] = useState<string>();
	const [flash, flashMessage] = useTransient(FLASH_MS);
	// Every error, warning and notification is kept (the last 500) for the `!` log, with what caused it.
	const [messageLog] = useState(() => new MessageLogStore());
	// Read by the stable actions below (called from any handler or async callback, where an effect event cannot be
	// called): the committed stack, set in a layout effect so it is in place before the next key.
	const stackRef = useRef(stack);
	useLayoutEffect(() => {
		stackRef.current = stack;
	}, [stack]);
	const [dialog, setDialog] = useState<Dialog | null>(null);
	// The scopes `?` lists: those of the keys the view handles at the moment it was pressed.
	const [helpScopes, setHelpScopes] = useState<Scope[] | null>(null);
	const helpOpen = helpScopes !== null;
	const [commandOpen, setCommandOpen] = useState(false);
	const [commandHistory] = useState(() => new CommandHistory());
	const [marks, setMarks] = useState<number[]>([]);
	// Each stacked view reports its own live-update state; the status bar shows the top one's.
	const [connections, setConnections] = useState<Record<number, ConnectionBadge | null>>({});
	const quitting = useRef(false);

	const quit = useCallback(
		(interrupted: boolean) => {
			if (quitting.current) return;
			quitting.current = true;
			onQuit?.({ interrupted });
			exit();
		},
		[exit, onQuit],
	);

	const push = useCallback((route: Route) => setStack((s) => [...s, route]), []);
	const pop = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
	const replace = useCallback((route: Route) => setStack((s) => [...s.slice(0, -1), route]), []);

	/** The action a message is logged under when its caller names none: the view it appeared in. */
	const currentAction = useCallback(() => {
		const top = stackRef.current[stackRef.current.length - 1];
		return top ? `in ${routeLabel(top)}` : 'app';
	}, []);
	const notify = useCallback(
		(message: string) => {
			messageLog.add('info', message, currentAction());
			flashMessage(message);
		},
		[messageLog, currentAction, flashMessage],
	);
	const warn = useCallback(
		(message: string, action?: string) => {
			messageLog.add('warning', message, action ?? currentAction());
			flashMessage(`warning: ${message}  (! for all)`);
		},
		[messageLog, currentAction, flashMessage],
	);

	const reportError = useCallback(
		(error: unknown, context?: string) => {
			const text = describeError(error);
			const message = `${context ? `${context}: ` : ''}${text}`;
			messageLog.add('error', text, context ?? currentAction());
			showBanner(message);
			setLastError(message);
		},
		[showBanner, messageLog, currentAction],
	);

	const confirm = useCallback((request: ConfirmRequest) => new Promise<boolean>((resolve) => setDialog({ kind: 'confirm', request, resolve })), []);
	const prompt = useCallback((request: PromptRequest) => new Promise<string | null>((resolve) => setDialog({ kind: 'prompt', request, resolve })), []);
	const closeDialog = (answer: boolean | string | null) => {
		const current = dialog;
		setDialog(null);
		if (current?.kind === 'confirm') current.resolve(answer === true);
		else if (current?.kind === 'prompt') current.resolve(typeof answer === 'string' ? answer : null);
	};

	const copyText = useCallback(
		(raw: string, what = 'id') => {
			// What lands on the clipboard is the cleaned text the screen shows, never the raw server value.
			const text = sanitizeMultiline(raw);
			// A short id is echoed; a long text (a whole inspector section) is named, not shown.
			const shown = text.length <= 64 && !text.includes('\n') ? `${what} ${text}` : `${what} (${text.length} characters)`;
			// The message says what was done (a tmux buffer, a desktop tool, OSC 52 sent), never a success it cannot know.
			void Promise.resolve(copy?.(text)).then(
				(done) => notify(done ? `${shown}: ${done}` : `copied ${shown}`),
				(error: unknown) => reportError(error, `copy ${what}`),
			);
		},
		[copy, notify, reportError],
	);

	/**
	 * Hands the terminal to `task` (an editor, a pager: see terminal-hand-off.ts). Ink erases the frame and turns raw
	 * mode and bracketed paste off; this process then stops reading stdin and leaves the alternate screen. After the
	 * task, input buffered before the hand-off is dropped, the screen re-entered, and Ink redraws and reads again.
	 */
	const suspend = useCallback(
		async <T,>(task: () => Promise<T>): Promise<T> => {
			let result: { value: T } | undefined;
			// A key asked for this from inside Ink's read loop, which calls stdin.read() once more when the key's handler
			// returns, and that re-arms the read. Hand over only after that loop has finished, or the first keys typed
			// in the editor would be read (measured: all of them, in 2 runs of 3) by this process.
			await new Promise((resolve) => setImmediate(resolve));
			await suspendTerminal(async () => {
				const readAgain = stopReading(stdin);
				terminal?.restore();
				try {
					result = { value: await task() };
				} finally {
					drainInput(stdin);
					readAgain();
					terminal?.reenter();
				}
			});
			return result!.value;
		},
		[suspendTerminal, stdin, terminal],
	);

	const markedBenches = useRef(new Map<number, number>());
	const toggleMark = useCallback(
		(runId: number, benchId?: number) => {
			if (benchId !== undefined) markedBenches.current.set(runId, benchId);
			setMarks((current) => {
				if (current.includes(runId)) return current.filter((id) => id !== runId);
				const next = [...current, runId].slice(-2);
				if (next.length < 2) return next;
				const [first, second] = next.map((id) => markedBenches.current.get(id));
				if (first !== undefined && second !== undefined && first !== second) {
					queueMicrotask(() => notify(`runs ${next[0]} and ${next[1]} are of different benches: compare needs one bench`));
					return [runId];
				}
				// Two marks open the compare view; the older run (lower id) is A.
				const [runA, runB] = [Math.min(...next), Math.max(...next)];
				queueMicrotask(() => push({ kind: 'compare', runA, runB }));
				return [];
			});
		},
		[push, notify],
	);

	// Quitting asks first while a view has unsaved changes (useQuitGuard); Ctrl-C inside that question quits at once.
	const quitGuards = useRef(new Map<symbol, string>());
	const quitQuestionOpen = useRef(false);
	const requestQuit = async (interrupted: boolean) => {
		if (quitQuestionOpen.current) return interrupted ? quit(true) : undefined;
		const unsaved = [...quitGuards.current.values()][0];
		if (unsaved === undefined) return quit(interrupted);
		quitQuestionOpen.current = true;
		const yes = await confirm({ question: `Quit without saving? ${unsaved}`, confirmLabel: 'Quit without saving' });
		quitQuestionOpen.current = false;
		if (yes) quit(interrupted);
	};
	const guardQuit = useCallback((question: string) => {
		const id = Symbol(question);
		quitGuards.current.set(id, question);
		return () => void quitGuards.current.delete(id);
	}, []);

	// The one reader of input; the router is the one gate (key-router.ts). Ctrl-C never waits behind other keys.
	// `notify` is stable (its useCallback depends only on stable values), so the router keeps the first one.
	const [router] = useState(() => {
		const created = new KeyRouter({ readOnly, notify });
		onKeyRouter?.(created);
		return created;
	});
	const interrupt = () => {
		// A dialog other than the quit question is answered "no" first: the quit question takes its place.
		if (dialog && !quitQuestionOpen.current) closeDialog(dialog.kind === 'confirm' ? false : null);
		void requestQuit(true);
	};
	useKeyboard(router, interrupt);
	const captureKeyboard = useCallback((active: boolean) => router.captureKeyboard(active), [router]);

	const overlayOpen = helpOpen || commandOpen || dialog !== null;
	const current = stack[stack.length - 1];

	// Frame budget: breadcrumbs + banner + view + bottom dialog + status bar ≤ rows - 1.
	const bottomHeight = dialog?.kind === 'confirm' ? CONFIRM_DIALOG_HEIGHT : dialog?.kind === 'prompt' ? PROMPT_DIALOG_HEIGHT : commandOpen ? 1 : 0;
	const viewRows = Math.max(1, rows - 1 - 2 - (banner !== undefined ? 1 : 0) - bottomHeight);

	const actions: AppActions = useMemo(
		() => ({
			push,
			pop,
			replace,
			reportError,
			notify,
			warn,
			confirm,
			prompt,
			copy: copyText,
			suspend,
			toggleMark,
			captureKeyboard,
			guardQuit,
			// Each StackedView hands its view a setConnection of its own (by stack index).
			setConnection: () => {},
		}),
		[push, pop, replace, reportError, notify, warn, confirm, prompt, copyText, suspend, toggleMark, captureKeyboard, guardQuit],
	);
	const layout: AppLayout = useMemo(
		() => ({ marks, readOnly, columns, rows, viewRows, overlayOpen }),
		[marks, readOnly, columns, rows, viewRows, overlayOpen],
	);

	const runCommand = async (command: Command) => {
		switch (command.kind) {
			case 'quit':
				return requestQuit(false);
			case 'help':
				return setHelpScopes(router.activeScopes());
			case 'log':
				return push({ kind: 'log' });
			case 'project':
				return setStack([{ kind: 'projects' }, { kind: 'benches', projectId: command.projectId }]);
			case 'run':
				return push({ kind: 'run', runId: command.runId });
			case 'compare':
				return push({ kind: 'compare', runA: command.runA, runB: command.runB });
			case 'promote':
				return push({ kind: 'promote', executionId: command.executionId });
			case 'bench': {
				const bench = await client.benchRuns.benchById(command.benchId);
				if (!bench) return notify(`bench ${command.benchId} not found`);
				return setStack([{ kind: 'projects' }, { kind: 'benches', projectId: bench.project_id }, { kind: 'runs', projectId: bench.project_id, script: bench.script_name }]);
			}
			case 'cases': {
				if (!command.script && current.kind === 'run') {
					// A run's feed knows its bench through the run.
					const run = await client.benchRuns.get(current.runId);
					const bench = run ? await client.benchRuns.benchById(run.bench_id) : null;
					if (!bench) return notify(`the bench of run ${current.runId} was not found`);
					return push({ kind: 'cases', projectId: bench.project_id, script: bench.script_name });
				}
				const projectId = projectOf(stack);
				const script = command.script ?? (current.kind === 'runs' ? current.script : undefined);
				if (projectId === undefined || !script) return notify('open a bench first, or :cases SCRIPT inside a project');
				return push({ kind: 'cases', projectId, script });
			}
			case 'history': {
				const projectId = projectOf(stack);
				const script = command.script ?? ('script' in current ? current.script : undefined);
				if (projectId === undefined || !script) return notify('open a bench first, or :history SCRIPT inside a project');
				return push({ kind: 'history', projectId, script });
			}
		}
	};

	// Used only when nothing in the view took the key (the gate): a view with its own Esc or q handles them itself.
	const globalHandlers: Handlers<'global'> = {
		help: () => setHelpScopes(router.activeScopes()),
		command: () => setCommandOpen(true),
		log: () => (current.kind === 'log' ? undefined : push({ kind: 'log' })),
		back: pop,
		quit: () => void requestQuit(false),
		dismiss: dismissBanner,
	};
	const setConnectionAt = useCallback(
		(index: number, state: ConnectionBadge | null) => setConnections((c) => (c[index] === state ? c : { ...c, [index]: state })),
		[],
	);

	let bottom: ReactNode = null;
	if (dialog?.kind === 'confirm') bottom = <ConfirmDialog question={dialog.request.question} confirmLabel={dialog.request.confirmLabel} onAnswer={closeDialog} />;
	else if (dialog?.kind === 'prompt')
		bottom = <PromptDialog question={dialog.request.question} initial={dialog.request.initial} validate={dialog.request.validate} onAnswer={closeDialog} />;
	else if (commandOpen)
		bottom = (
			<CommandLine
				client={client}
				history={commandHistory}
				context={commandContext(stack)}
				width={columns}
				onCancel={() => setCommandOpen(false)}
				onSubmit={(line) => {
					setCommandOpen(false);
					const command = parseCommand(line);
					if ('error' in command) notify(command.error);
					else runCommand(command).catch((error: unknown) => reportError(error, `:${line.trim()}`));
				}}
			/>
		);

	return (
		<MessageLogContext.Provider value={messageLog}>
		<ClientContext.Provider value={client}>
				<KeyRouterContext.Provider value={router}>
					<ActionsContext.Provider value={actions}>
					<LayoutContext.Provider value={layout}>
						<GlobalKeys handlers={globalHandlers} />
						{/* The width is Ink's, never the columns from state: Ink redraws on resize before React has the new
						    size, and a row wider than the terminal would wrap and shift every later incremental frame. */}
						<Box flexDirection="column" width="100%" height={rows - 1} overflow="hidden">
							<Box height={1} overflow="hidden">
								<Breadcrumbs stack={stack} width={columns} />
							</Box>
							{banner !== undefined ? (
								<Box height={1} overflow="hidden">
									<Banner message={banner} width={columns} />
								</Box>
							) : null}
							<Box height={viewRows} flexDirection="column" overflow="hidden">
								{helpOpen ? (
									<OverlayContext.Provider value={true}>
										<HelpOverlay scopes={helpScopes} readOnly={readOnly} height={viewRows} onClose={() => setHelpScopes(null)} />
									</OverlayContext.Provider>
								) : null}
								{stack.map((route, index) => (
									<StackedView
										key={`${index}:${routeKey(route)}`}
										route={route}
										index={index}
										top={index === stack.length - 1}
										shown={index === stack.length - 1 && !helpOpen}
										actions={actions}
										layout={layout}
										setConnectionAt={setConnectionAt}
									/>
								))}
							</Box>
							<OverlayContext.Provider value={true}>{bottom}</OverlayContext.Provider>
							<StatusBar
								host={hostOf(client.baseUrl)}
								waits={client.waits}
								projectId={projectOf(stack)}
								connection={connections[stack.length - 1] ?? null}
								marks={marks}
								readOnly={readOnly}
								lastError={lastError}
								flash={flash}
								width={columns}
							/>
						</Box>
					</LayoutContext.Provider>
					</ActionsContext.Provider>
				</KeyRouterContext.Provider>
		</ClientContext.Provider>
		</MessageLogContext.Provider>
	);
}

interface StackedViewProps {
	route: Route;
	index: number;
	top: boolean;
	shown: boolean;
	actions: AppActions;
	layout: AppLayout;
	setConnectionAt: (index: number, state: ConnectionBadge | null) => void;
}

/**
 * Re-rendering a hidden <Activity> schedules a deferred render of its subtree, and every commit is a frame Ink
 * draws. A hidden view is not drawn and its effects are stopped, so it skips service changes (overlays opening,
 * marks, resizes) and catches up when it is on top again.
 */
function sameStackedView(previous: StackedViewProps, next: StackedViewProps): boolean {
	const same = (['route', 'index', 'top', 'shown', 'setConnectionAt'] as const).every((prop) => previous[prop] === next[prop]);
	return same && (!next.top || (previous.actions === next.actions && previous.layout === next.layout));
}

/**
 * Views under the top of the stack are kept in a hidden <Activity>: their state survives (selection and scroll
 * are back after Esc) while their effects — subscriptions, timers, key handlers — are stopped until they are
 * on top again. `shown` is false while the help overlay covers the top view.
 */
const StackedView = memo(function StackedView({ route, index, top, shown, actions, layout, setConnectionAt }: StackedViewProps) {
	const scopedActions = useMemo(() => ({ ...actions, setConnection: (state: ConnectionBadge | null) => setConnectionAt(index, state) }), [actions, index, setConnectionAt]);
	const scopedLayout = useMemo(() => ({ ...layout, overlayOpen: layout.overlayOpen || !top }), [layout, top]);
	const View = VIEWS[route.kind].component as (props: { route: Route }) => ReactNode;
	return (
		<Activity mode={top ? 'visible' : 'hidden'}>
			<ActionsContext.Provider value={scopedActions}>
			<LayoutContext.Provider value={scopedLayout}>
				<Box display={shown ? 'flex' : 'none'} flexDirection="column" height={shown ? layout.viewRows : 0}>
					<ViewErrorBoundary label={routeLabel(route)} onError={actions.reportError}>
						<View route={route} />
					</ViewErrorBoundary>
				</Box>
			</LayoutContext.Provider>
			</ActionsContext.Provider>
		</Activity>
	);
}, sameStackedView);

/** The App's own keys, inside the app's contexts; the gate uses them last, and not while a text field holds the keyboard. */
function GlobalKeys({ handlers }: { handlers: Handlers<'global'> }) {
	useKeys(['global'], handlers, { global: true });
	return null;
}
