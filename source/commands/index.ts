// Subcommand registry: each entry is loaded only when its command runs, so the interactive start-up stays light.
import type { CommandModule } from './command.js';

export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
	serve: { summary: 'run the embedded Akribes-compatible bench server', load: () => import('./serve.js') },
};
