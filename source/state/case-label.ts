// The one rule for what names a case on screen and in exports: its name, or its id when the name is absent or empty.

export function caseLabelOf(name: string | null | undefined, id: string): string {
	return name || id;
}
