// The command line's history walk and Tab completion, without a terminal.
import { describe, expect, it } from 'vitest';
import { completeCommandLine } from '../../source/state/command-completion.js';
import { CommandHistory } from '../../source/state/command-history.js';

describe('CommandHistory', () => {
	it('walks back from the typed line and returns to it; no repeats, no blanks', () => {
		const history = new CommandHistory();
		for (const line of ['run 4', 'run 4', '  ', 'compare 3 4']) history.add(line);
		history.reset();
		expect(history.older('ca')).toBe('compare 3 4');
		expect(history.older('ignored')).toBe('run 4');
		expect(history.older('x')).toBeUndefined();
		expect(history.newer()).toBe('compare 3 4');
		expect(history.newer()).toBe('ca');
		expect(history.newer()).toBeUndefined();
	});

	it('keeps the last 100 lines', () => {
		const history = new CommandHistory();
		for (let i = 0; i < 150; i++) history.add(`run ${i}`);
		let oldest: string | undefined;
		for (let line = history.older(''); line !== undefined; line = history.older('')) oldest = line;
		expect(oldest).toBe('run 50');
	});
});

describe('completeCommandLine', () => {
	const candidates = { script: ['summarize', 'summary-v2', 'classify-ticket'], run: ['812', '813', '9'], bench: ['7'], project: ['1', '2'] };

	it('completes a unique command name with a space after it', () => {
		expect(completeCommandLine('com', candidates)).toEqual({ line: 'compare ', options: [] });
		expect(completeCommandLine(':ca', candidates)).toEqual({ line: 'cases ', options: [] });
	});

	it('an ambiguous prefix goes as far as all choices agree, and lists them', () => {
		expect(completeCommandLine('p', candidates)).toEqual({ line: 'pro', options: ['project', 'promote'] });
		expect(completeCommandLine('cases su', candidates)).toEqual({ line: 'cases summar', options: ['summarize', 'summary-v2'] });
	});

	it('completes the argument each command takes: run ids for run and both ids of compare', () => {
		expect(completeCommandLine('run 81', candidates)).toEqual({ line: 'run 81', options: ['812', '813'] });
		expect(completeCommandLine('compare 812 9', candidates)).toEqual({ line: 'compare 812 9 ', options: [] });
		expect(completeCommandLine('bench ', candidates)).toEqual({ line: 'bench 7 ', options: [] });
		expect(completeCommandLine('promote ab', candidates)).toEqual({ line: 'promote ab', options: [] });
	});
});
