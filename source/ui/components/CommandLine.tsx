// The `:` command line at the bottom of the screen.
import { Box } from 'ink';
import { Text } from './Text.js';
import { TextInput } from './TextInput.js';

export function CommandLine({ onSubmit, onCancel }: { onSubmit: (line: string) => void; onCancel: () => void }) {
	return (
		<Box height={1}>
			<Text color="cyan">:</Text>
			<TextInput placeholder="project N · run N · bench N · compare A B · promote ID · cases · q" onSubmit={onSubmit} onCancel={onCancel} />
		</Box>
	);
}
