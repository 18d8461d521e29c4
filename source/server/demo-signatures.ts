// Signatures of the demo scripts: plain text (summarize, draft-reply), nested records and lists (extract-invoice), a choice
// label (classify-ticket), and a translation pair whose draft judge breaks the contract.
import type { ScriptSignature, TypeRef } from '../wire/types.js';
import { choice, field, float, int, list, str } from './builders.js';

const judgeOutputs = [field('score', int), field('reason', str)];

export const LABELS = ['billing', 'bug', 'feature_request', 'account', 'other'];
export const TIERS = ['free', 'pro', 'enterprise'];
export const LANGS = ['fr', 'de', 'es', 'ja'];

export const SUMMARIZE: ScriptSignature = {
	inputs: [field('text', str), field('max_words', int, false, ['default=60'])],
	outputs: [field('summary', str)],
	type_defs: {},
};

export const JUDGE_SUMMARY: ScriptSignature = {
	inputs: [field('expected.summary', str), field('actual.summary', str)],
	outputs: judgeOutputs,
	type_defs: {},
};

export const CLASSIFY: ScriptSignature = {
	inputs: [field('subject', str), field('body', str), field('customer_tier', choice(TIERS), false)],
	outputs: [field('label', choice(LABELS)), field('confidence', float)],
	type_defs: {},
};

export const JUDGE_LABEL: ScriptSignature = {
	inputs: [field('expected.label', choice(LABELS)), field('actual.label', choice(LABELS))],
	outputs: judgeOutputs,
	type_defs: {},
};

const LINE_ITEM_DEFS = {
	LineItem: [
		{ name: 'sku', ty: str, docs: 'stock keeping unit' },
		{ name: 'qty', ty: int, docs: null },
		{ name: 'price', ty: float, docs: 'unit price' },
	],
};
const lineItem: TypeRef = { name: 'LineItem' };

export const INVOICE_V1: ScriptSignature = {
	inputs: [field('document', str), field('items', list(lineItem))],
	outputs: [field('vendor', str), field('total', float), field('items', list(lineItem))],
	type_defs: LINE_ITEM_DEFS,
};

/** v3 made `currency` a required input: cases written before it drift. */
export const INVOICE_V3: ScriptSignature = { ...INVOICE_V1, inputs: [...INVOICE_V1.inputs, field('currency', str)] };

export const JUDGE_INVOICE: ScriptSignature = {
	inputs: [field('expected.total', float), field('actual.total', float), field('actual.items', list(lineItem))],
	outputs: judgeOutputs,
	type_defs: LINE_ITEM_DEFS,
};

export const TRANSLATE: ScriptSignature = {
	inputs: [field('text', str), field('target_lang', choice(LANGS))],
	outputs: [field('translation', str)],
	type_defs: {},
};

export const JUDGE_TRANSLATION_V1: ScriptSignature = {
	inputs: [field('expected.translation', str), field('actual.translation', str)],
	outputs: judgeOutputs,
	type_defs: {},
};

/** The draft judge expects fields the workflow does not produce: triggering the bench answers the contract 400. */
export const JUDGE_TRANSLATION_V2: ScriptSignature = {
	inputs: [field('expected.translation', str), field('actual.translation', int), field('actual.translated_text', str)],
	outputs: judgeOutputs,
	type_defs: {},
};

export const TONES = ['friendly', 'formal', 'brief'];

export const DRAFT_REPLY: ScriptSignature = {
	inputs: [field('ticket', str), field('tone', choice(TONES)), field('customer_name', str, false)],
	outputs: [field('reply', str)],
	type_defs: {},
};

/** A rubric judge reading free text: the demo's noisy judge. */
export const JUDGE_REPLY: ScriptSignature = {
	inputs: [field('expected.reply', str), field('actual.reply', str)],
	outputs: judgeOutputs,
	type_defs: {},
};
