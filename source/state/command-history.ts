// The `:` command line's history, as a shell keeps it: newest last, no immediate repeats, bounded; ↑ walks back from
// what is being typed and ↓ returns to it. Pure, so it is tested without a terminal.

const LIMIT = 100;

export class CommandHistory {
	private readonly entries: string[] = [];
	/** Position while walking (entries.length = the line being typed), and that line, kept to come back to. */
	private position = 0;
	private draft = '';

	add(line: string): void {
		const entry = line.trim();
		if (entry && this.entries.at(-1) !== entry) this.entries.push(entry);
		if (this.entries.length > LIMIT) this.entries.splice(0, this.entries.length - LIMIT);
		this.reset();
	}

	/** Starts a new walk (the command line was opened). */
	reset(): void {
		this.position = this.entries.length;
		this.draft = '';
	}

	/** The older entry (↑), or undefined at the oldest. `current` is what the field holds now. */
	older(current: string): string | undefined {
		if (this.position === 0) return undefined;
		if (this.position === this.entries.length) this.draft = current;
		this.position -= 1;
		return this.entries[this.position];
	}

	/** The newer entry (↓), the typed line past the newest, or undefined when already there. */
	newer(): string | undefined {
		if (this.position >= this.entries.length) return undefined;
		this.position += 1;
		return this.position === this.entries.length ? this.draft : this.entries[this.position];
	}
}
