// The full-screen app: one client for every view, the view stack (breadcrumbs, Enter pushes, Esc pops),
// global keys, status bar, error banner, help overlay, `:` command line, and the confirm/prompt dialogs.
import { Box, useApp as useInkApp, useStdin } from 'ink';
import { Activity, memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Client } from '../client/api.js';
import { describeError } from '../client/errors.js';
import { parseCommand, type Command } from '../state/command-line.js';
import { Banner } from './components/Banner.js';
import { Breadcrumbs } from './components/Breadcrumbs.js';
import { CommandLine } from './components/CommandLine.js';
import { CONFIRM_DIALOG_HEIGHT, ConfirmDialog } from './components/ConfirmDialog.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { PROMPT_DIALOG_HEIGHT, PromptDialog } from './components/PromptDialog.js';
import { StatusBar } from './components/StatusBar.js';
import { AppContext, ClientContext, type AppServices, type ConfirmRequest, type ConnectionBadge, type PromptRequest } from './context.js';
import { useKeys } from './hooks/useKeys.js';
import { KeyRouter, KeyRouterContext, useKeyboard } from './hooks/useRawKeys.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { useTransient } from './hooks/useTransient.js';
import type { Route } from './routes.js';
import { VIEWS } from './views/registry.js';

const BANNER_MS = 10_000;
const FLASH_MS = 3_000;

export interface AppProps {
	client: Client;
	/** The initial view stack (bottom first), e.g. [projects, benches 1]. */
	initialStack: Route[];
	readOnly?: boolean;
	/** Copies text to the clipboard (OSC 52 written to the real terminal). */
	copy?: (text: string) => void;
	/** Leaves / re-enters the alternate screen around `suspend` tasks. */
	terminal?: { restore(): void; reenter(): void };
	/** Called once when the user quits. */
	onQuit?: () => void;
}

type Dialog =
	| { kind: 'confirm'; request: ConfirmRequest; resolve: (yes: boolean) => void }
	| { kind: 'prompt'; request: PromptRequest; resolve: (value: string | null) => void };

function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return baseUrl;
	}
}

function projectOf(stack: readonly Route[]): number | undefined {
	for (let i = stack.length - 1; i >= 0; i--) {
		const route = stack[i];
		if ('projectId' in route) return route.projectId;
	}
	return undefined;
}

export function App({ client, initialStack, readOnly = false, copy, terminal, onQuit }: AppProps) {
	const { exit } = useInkApp();
	const { setRawMode } = useStdin();
	const { columns, rows } = useTerminalSize();
	const [stack, setStack] = useState<Route[]>(initialStack.length ? initialStack : [{ kind: 'projects' }]);
	const [banner, showBanner, dismissBanner] = useTransient(BANNER_MS);
	const [lastError, setLastError] = useState<string>();
	const [flash, notify] = useTransient(FLASH_MS);
	const [dialog, setDialog] = useState<Dialog | null>(null);
	const [helpOpen, setHelpOpen] = useState(false);
	const [commandOpen, setCommandOpen] = useState(false);
	const [marks, setMarks] = useState<number[]>([]);
	// Each stacked view reports its own live-update state; the status bar shows the top one's.
	const [connections, setConnections] = useState<Record<number, ConnectionBadge | null>>({});
	const [suspended, setSuspended] = useState(false);
	const quitting = useRef(false);

	const quit = useCallback(() => {
		if (quitting.current) return;
		quitting.current = true;
		onQuit?.();
		exit();
	}, [exit, onQuit]);

	const push = useCallback((route: Route) => setStack((s) => [...s, route]), []);
	const pop = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
	const replace = useCallback((route: Route) => setStack((s) => [...s.slice(0, -1), route]), []);

	const reportError = useCallback(
		(error: unknown, context?: string) => {
			const message = `${context ? `${context}: ` : ''}${describeError(error)}`;
			showBanner(message);
			setLastError(message);
		},
		[showBanner],
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
		(text: string, what = 'id') => {
			copy?.(text);
			notify(`copied ${what} ${text}`);
		},
		[copy, notify],
	);

	const suspend = useCallback(
		async <T,>(task: () => Promise<T>): Promise<T> => {
			setSuspended(true);
			await new Promise((r) => setTimeout(r, 50)); // let Ink erase the frame while still on the alternate screen
			terminal?.restore();
			setRawMode(false);
			try {
				return await task();
			} finally {
				setRawMode(true);
				terminal?.reenter();
				setSuspended(false);
			}
		},
		[setRawMode, terminal],
	);

	const toggleMark = useCallback(
		(runId: number) => {
			setMarks((current) => {
				if (current.includes(runId)) return current.filter((id) => id !== runId);
				const next = [...current, runId].slice(-2);
				if (next.length === 2) {
					// Two marks open the compare view; the older run (lower id) is A.
					const [runA, runB] = [Math.min(...next), Math.max(...next)];
					queueMicrotask(() => push({ kind: 'compare', runA, runB }));
					return [];
				}
				return next;
			});
		},
		[push],
	);

	// The one Ink listener: Ctrl-C always quits (even while a text field or dialog owns the keyboard); every
	// other key goes to the router's handlers (useKeys, text fields, dialogs), one key per commit.
	const [router] = useState(() => new KeyRouter());
	useKeyboard(router, quit);
	const captureKeyboard = useCallback((active: boolean) => router.captureKeyboard(active), [router]);

	const overlayOpen = helpOpen || commandOpen || dialog !== null;
	const current = stack[stack.length - 1];
	const entry = VIEWS[current.kind];

	// Frame budget: breadcrumbs + banner + view + bottom dialog + status bar ≤ rows - 1.
	const bottomHeight = dialog?.kind === 'confirm' ? CONFIRM_DIALOG_HEIGHT : dialog?.kind === 'prompt' ? PROMPT_DIALOG_HEIGHT : commandOpen ? 1 : 0;
	const viewRows = Math.max(1, rows - 1 - 2 - (banner !== undefined ? 1 : 0) - bottomHeight);

	const services: AppServices = useMemo(
		() => ({
			push,
			pop,
			replace,
			reportError,
			notify,
			confirm,
			prompt,
			copy: copyText,
			suspend,
			marks,
			toggleMark,
			readOnly,
			columns,
			rows,
			viewRows,
			overlayOpen,
			captureKeyboard,
			// Each StackedView hands its view a setConnection of its own (by stack index).
			setConnection: () => {},
		}),
		[push, pop, replace, reportError, notify, confirm, prompt, copyText, suspend, marks, toggleMark, readOnly, columns, rows, viewRows, overlayOpen, captureKeyboard],
	);

	const runCommand = async (command: Command) => {
		switch (command.kind) {
			case 'quit':
				return quit();
			case 'help':
				return setHelpOpen(true);
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
				const projectId = projectOf(stack);
				const script = command.script ?? (current.kind === 'runs' ? current.script : undefined);
				if (projectId === undefined || !script) return notify('open a bench first, or :cases SCRIPT inside a project');
				return push({ kind: 'cases', projectId, script });
			}
		}
	};

	const globalHandlers = {
		help: () => setHelpOpen(true),
		command: () => setCommandOpen(true),
		back: () => {
			if (!entry.handlesBack) pop();
		},
		quit: () => {
			if (!entry.handlesQuit) quit();
		},
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
				onCancel={() => setCommandOpen(false)}
				onSubmit={(line) => {
					setCommandOpen(false);
					const command = parseCommand(line);
					if ('error' in command) notify(command.error);
					else runCommand(command).catch((error: unknown) => reportError(error, `:${line.trim()}`));
				}}
			/>
		);

	// While suspended (e.g. $EDITOR) the whole tree is hidden, not unmounted: views keep their state (selection, scroll).
	return (
		<Activity mode={suspended ? 'hidden' : 'visible'}>
			<ClientContext.Provider value={client}>
				<KeyRouterContext.Provider value={router}>
					<AppContext.Provider value={services}>
						<GlobalKeys handlers={globalHandlers} router={router} />
						<Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
							<Box height={1} overflow="hidden">
								<Breadcrumbs stack={stack} width={columns} />
							</Box>
							{banner !== undefined ? (
								<Box height={1} overflow="hidden">
									<Banner message={banner} />
								</Box>
							) : null}
							<Box height={viewRows} flexDirection="column" overflow="hidden">
								{helpOpen ? <HelpOverlay scopes={entry.scopes} readOnly={readOnly} height={viewRows} onClose={() => setHelpOpen(false)} /> : null}
								{stack.map((route, index) => (
									<StackedView
										key={`${index}:${JSON.stringify(route)}`}
										route={route}
										index={index}
										top={index === stack.length - 1}
										shown={index === stack.length - 1 && !helpOpen}
										services={services}
										setConnectionAt={setConnectionAt}
									/>
								))}
							</Box>
							{bottom}
							<StatusBar
								host={hostOf(client.baseUrl)}
								projectId={projectOf(stack)}
								connection={connections[stack.length - 1] ?? null}
								marks={marks}
								readOnly={readOnly}
								lastError={lastError}
								flash={flash}
								width={columns}
							/>
						</Box>
					</AppContext.Provider>
				</KeyRouterContext.Provider>
			</ClientContext.Provider>
		</Activity>
	);
}

interface StackedViewProps {
	route: Route;
	index: number;
	top: boolean;
	shown: boolean;
	services: AppServices;
	setConnectionAt: (index: number, state: ConnectionBadge | null) => void;
}

/**
 * Re-rendering a hidden <Activity> schedules a deferred render of its subtree, and every commit is a frame Ink
 * draws. A hidden view is not drawn and its effects are stopped, so it skips service changes (overlays opening,
 * marks, resizes) and catches up when it is on top again.
 */
function sameStackedView(previous: StackedViewProps, next: StackedViewProps): boolean {
	const same = (['route', 'index', 'top', 'shown', 'setConnectionAt'] as const).every((prop) => previous[prop] === next[prop]);
	return same && (!next.top || previous.services === next.services);
}

/**
 * Views under the top of the stack are kept in a hidden <Activity>: their state survives (selection and scroll
 * are back after Esc) while their effects — subscriptions, timers, key handlers — are stopped until they are
 * on top again. `shown` is false while the help overlay covers the top view.
 */
const StackedView = memo(function StackedView({ route, index, top, shown, services, setConnectionAt }: StackedViewProps) {
	const scoped = useMemo(
		() => ({ ...services, overlayOpen: services.overlayOpen || !top, setConnection: (state: ConnectionBadge | null) => setConnectionAt(index, state) }),
		[services, top, index, setConnectionAt],
	);
	const View = VIEWS[route.kind].component as (props: { route: Route }) => ReactNode;
	return (
		<Activity mode={top ? 'visible' : 'hidden'}>
			<AppContext.Provider value={scoped}>
				<Box display={shown ? 'flex' : 'none'} flexDirection="column" height={shown ? services.viewRows : 0}>
					<View route={route} />
				</Box>
			</AppContext.Provider>
		</Activity>
	);
}, sameStackedView);

/** The App's own keys, inside the AppContext so useKeys sees the overlay state (quiet while one is open). */
function GlobalKeys({ handlers, router }: { handlers: Record<string, () => void>; router: KeyRouter }) {
	// Quiet while a text field holds the keyboard, as counted when the key is dispatched.
	const guarded = Object.fromEntries(
		Object.entries(handlers).map(([action, run]) => [
			action,
			() => {
				if (!router.typing) run();
			},
		]),
	);
	useKeys(['global'], guarded);
	return null;
}
