// The judge contract pre-flight (§2.2b, §8 #4): the judge's `expected.*` / `actual.*` inputs must read the workflow's outputs.
import type { ScriptSignature } from '../wire/types.js';
import { typeLabel } from './typecheck.js';

const MAX_MESSAGE = 480;

function compatible(workflowType: string, judgeType: string): boolean {
	return workflowType === judgeType || judgeType === 'any' || (workflowType === 'int' && judgeType === 'float');
}

export function contractBreaks(workflow: ScriptSignature, judge: ScriptSignature): string[] {
	const outputs = new Map(workflow.outputs.map((f) => [f.path, f]));
	const breaks = new Set<string>();
	for (const input of judge.inputs) {
		const match = /^(expected|actual)\.(.+)$/.exec(input.path);
		if (!match) continue;
		const output = outputs.get(match[2]);
		if (!output) {
			if (input.required) breaks.add(`outputs.${match[2]} removed`);
			continue;
		}
		const [workflowType, judgeType] = [typeLabel(output.ty), typeLabel(input.ty)];
		if (!compatible(workflowType, judgeType)) breaks.add(`outputs.${match[2]} (${workflowType}) vs ${input.path} (${judgeType})`);
	}
	return [...breaks];
}

/** The 400 message; kept under 500 characters (Python keeps only the first 500 when classifying). */
export function contractErrorMessage(breaks: string[]): string {
	const prefix = `Judge contract mismatch: ${breaks.length} field(s) incompatible: `;
	let message = prefix + breaks.join('; ');
	for (let shown = breaks.length - 1; message.length > MAX_MESSAGE && shown > 0; shown--) {
		message = `${prefix}${breaks.slice(0, shown).join('; ')}; …and ${breaks.length - shown} more`;
	}
	return message;
}
