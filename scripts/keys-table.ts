// Rewrites the README's keys table from source/ui/keymap.ts (test/ui/keys-table.test.ts fails when they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { withKeysTable } from '../source/ui/keys-table.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withKeysTable(readFileSync(path, 'utf8')));
