// Inside the ESLint process, `typescript` means the TypeScript 5 that lint/ installs: typescript-eslint cannot run on
// the project's TypeScript 7 (no JS API), and npm hoists some of its helpers (ts-api-utils) next to TypeScript 7.
import { registerHooks } from 'node:module';

const typescript5 = import.meta.resolve('typescript');

registerHooks({
	resolve: (specifier, context, next) =>
		specifier === 'typescript' ? { url: typescript5, format: 'commonjs', shortCircuit: true } : next(specifier, context),
});
