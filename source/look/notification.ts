// A desktop notification sent through the terminal: BEL (tmux and most terminals flag the window), then OSC 9 —
// or OSC 777 where the terminal speaks that form — wrapped in tmux's passthrough inside tmux. Pure: it returns the
// bytes, and the caller writes them to the terminal it draws on.
import { sanitize } from './sanitize.js';
import { drawing } from './drawing.js';

const ESC = '\x1b';
const BEL = '\x07';

/** Terminals known to show OSC 777 `notify` (VTE-based, foot, rxvt, Ghostty); the rest get OSC 9 (iTerm2, kitty, WezTerm, Windows Terminal). */
function speaksOsc777(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env.VTE_VERSION) || /^(foot|rxvt)/.test(env.TERM ?? '') || env.TERM_PROGRAM === 'ghostty';
}

/** Text safe inside an OSC string: sanitized, one line, no `;` (the field separator of OSC 777). */
function field(text: string): string {
	return sanitize(text).replace(/[\r\n\t;]+/g, ' ').trim();
}

/** tmux forwards a sequence to the outer terminal only inside `\ePtmux;…\e\\`, with every ESC doubled. */
function throughTmux(sequence: string): string {
	return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ESC}\\`;
}

export function notificationSequence(title: string, body: string, env: NodeJS.ProcessEnv): string {
	const osc = speaksOsc777(env) ? `${ESC}]777;notify;${field(title)};${field(body)}${BEL}` : `${ESC}]9;${field(title)}: ${field(body)}${BEL}`;
	return BEL + (env.TMUX ? throughTmux(osc) : osc);
}

/** `run 812 of summarize completed · mean 81.5` — what a notification says about a run that ended. */
export function runEndBody(run: { id: unknown; status: string }, script: string | null, meanScore: number | null | undefined): string {
	const of = script ? ` of ${script}` : '';
	const mean = meanScore == null || !Number.isFinite(meanScore) ? '' : ` ${drawing.dot} mean ${meanScore.toFixed(1)}`;
	return `run ${sanitize(run.id)}${of} ${sanitize(run.status)}${mean}`;
}
