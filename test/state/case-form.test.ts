import { describe, expect, it } from 'vitest';
import type { ScriptSignature } from '../../source/wire/types.js';
import {
	applyServerErrors,
	buildCreateRequest,
	buildPatch,
	buildPromoteRequest,
	createCaseForm,
	diffForm,
	fieldProblem,
	getField,
	isFormDirty,
	rebase,
	setFieldText,
	type CaseForm,
} from '../../source/state/case-form.js';
import { applyCaseDocument, caseDocument } from '../../source/state/case-document.js';

const signature: ScriptSignature = {
	inputs: [
		{ path: 'text', ty: { name: 'str' }, required: true, annotations: [] },
		{ path: 'max_words', ty: { name: 'optional', inner: { name: 'int' } }, required: false, annotations: [] },
		{ path: 'items', ty: { name: 'list', inner: { name: 'Item' } }, required: true, annotations: [] },
	],
	outputs: [{ path: 'label', ty: { name: 'str' }, required: true, annotations: [] }],
	type_defs: { Item: [{ name: 'sku', ty: { name: 'str' } }, { name: 'qty', ty: { name: 'int' } }] },
};

const stored = {
	name: 'two widgets',
	inputs: { text: 'hello', max_words: 5, items: [{ sku: 'w', qty: 2 }] },
	expected_output: { label: 'ok' },
	ground_truth: null,
};

const edit = (form: CaseForm, id: string, text: string) => setFieldText(form, id, text);

describe('createCaseForm', () => {
	it('makes one field per declared input, typed by the signature, plus name, expected_output and ground_truth', () => {
		const form = createCaseForm('edit', signature, stored);
		expect(form.fields.map((f) => [f.id, f.kind, f.required])).toEqual([
			['name', 'text', false],
			['inputs.text', 'text', true],
			['inputs.max_words', 'integer', false],
			['inputs.items', 'json', true],
			['expected_output', 'json', false],
			['ground_truth', 'json', false],
		]);
		expect(getField(form, 'inputs.items')?.typeLabel).toBe('list[Item{sku, qty}]');
		expect(getField(form, 'expected_output')?.typeLabel).toBe('{label: str}');
		expect(getField(form, 'inputs.max_words')?.text).toBe('5');
		expect(isFormDirty(form)).toBe(false);
	});

	it('keeps inputs the signature no longer declares, and edits drifted values as JSON', () => {
		const form = createCaseForm('edit', signature, { inputs: { text: 7, items: [], legacy: { a: 1 } } });
		expect(getField(form, 'inputs.text')).toMatchObject({ kind: 'json', text: '7' });
		expect(getField(form, 'inputs.legacy')).toMatchObject({ declared: false, kind: 'json' });
		const patch = buildPatch(edit(form, 'inputs.text', '"seven"'));
		expect(patch).toMatchObject({ ok: true, body: { inputs: { text: 'seven', items: [], legacy: { a: 1 } } } });
	});
});

describe('dirty tracking and the sparse patch', () => {
	it('sends only the keys that changed', () => {
		let form = createCaseForm('edit', signature, stored);
		form = edit(form, 'expected_output', '{"label": "spam"}');
		expect(isFormDirty(form)).toBe(true);
		expect(buildPatch(form)).toEqual({ ok: true, body: { expected_output: { label: 'spam' } }, changedKeys: ['expected_output'] });
	});

	it('sends inputs whole when one input changed, and the trimmed name', () => {
		let form = createCaseForm('edit', signature, stored);
		form = edit(form, 'inputs.max_words', '12');
		form = edit(form, 'name', '  renamed ');
		const patch = buildPatch(form);
		expect(patch).toEqual({
			ok: true,
			body: { name: 'renamed', inputs: { text: 'hello', max_words: 12, items: [{ sku: 'w', qty: 2 }] } },
			changedKeys: ['name', 'inputs'],
		});
	});

	it('sends nothing when an edit is reverted or only reformats JSON', () => {
		let form = createCaseForm('edit', signature, stored);
		form = edit(form, 'inputs.text', 'hello!');
		form = edit(form, 'inputs.text', 'hello');
		expect(isFormDirty(form)).toBe(false);
		form = edit(form, 'inputs.items', '[{"qty": 2, "sku": "w"}]');
		expect(isFormDirty(form)).toBe(true);
		expect(buildPatch(form)).toEqual({ ok: true, body: {}, changedKeys: [] });
		expect(diffForm(form)).toEqual([]);
	});

	it('omits an optional input cleared to empty', () => {
		const form = edit(createCaseForm('edit', signature, stored), 'inputs.max_words', '');
		const patch = buildPatch(form);
		expect(patch.ok && patch.body).toEqual({ inputs: { text: 'hello', items: [{ sku: 'w', qty: 2 }] } });
	});

	it('clears a JSON field with an explicit null (shown as → null in the review); empty and null are alike', () => {
		const form = edit(createCaseForm('edit', signature, stored), 'expected_output', '');
		expect(buildPatch(form)).toEqual({ ok: true, body: { expected_output: null }, changedKeys: ['expected_output'] });
		expect(diffForm(form)).toEqual([expect.objectContaining({ id: 'expected_output', after: 'null' })]);
		expect(buildPatch(edit(createCaseForm('edit', signature, stored), 'ground_truth', ''))).toEqual({ ok: true, body: {}, changedKeys: [] });
	});

	it('refuses to build while a field is invalid, naming the field and the JSON position', () => {
		let form = createCaseForm('edit', signature, stored);
		form = edit(form, 'inputs.items', '[\n  {"sku": "w", "qty": }\n]');
		form = edit(form, 'inputs.max_words', 'many');
		expect(fieldProblem(getField(form, 'inputs.items')!)).toMatchObject({ json: { line: 2, column: 23 } });
		const patch = buildPatch(form);
		expect(patch.ok).toBe(false);
		if (!patch.ok)
			expect(patch.problems).toEqual([
				{ id: 'inputs.max_words', label: 'max_words', message: 'expected an integer' },
				{ id: 'inputs.items', label: 'items', message: 'invalid JSON, line 2, col 23: unexpected \'}\' (expected a value)' },
			]);
	});

	it('describes each change old → new for the review', () => {
		let form = createCaseForm('edit', signature, stored);
		form = edit(form, 'inputs.max_words', '6');
		form = edit(form, 'ground_truth', '{"why": "x"}');
		expect(diffForm(form)).toEqual([
			{ id: 'inputs.max_words', label: 'inputs.max_words', before: '5', after: '6' },
			{ id: 'ground_truth', label: 'ground_truth', before: 'null', after: '{\n  "why": "x"\n}' },
		]);
	});

	it('has nothing dirty after rebasing on the saved case', () => {
		let form = edit(createCaseForm('edit', signature, stored), 'inputs.text', 'bye');
		form = rebase(form, { ...stored, inputs: { ...stored.inputs, text: 'bye' } });
		expect(isFormDirty(form)).toBe(false);
		expect(getField(form, 'inputs.text')?.text).toBe('bye');
	});
});

describe('create and promote bodies', () => {
	it('create sends present values and omits empty optional ones', () => {
		let form = createCaseForm('create', signature);
		expect(buildCreateRequest(form)).toMatchObject({ ok: false, problems: [{ id: 'inputs.text', message: 'required' }, { id: 'inputs.items', message: 'required' }] });
		form = edit(form, 'inputs.text', 'hi');
		form = edit(form, 'inputs.items', '[]');
		form = edit(form, 'name', 'fresh');
		expect(buildCreateRequest(form)).toMatchObject({ ok: true, body: { inputs: { text: 'hi', items: [] }, name: 'fresh' } });
	});

	it('promote keeps a name given up front (e.g. by the feed) even when it was not edited', () => {
		const form = createCaseForm('promote', signature, { name: 'slow answer', inputs: { text: 'hi', items: [] } });
		expect(buildPromoteRequest(form)).toMatchObject({ ok: true, body: { name: 'slow answer', edits: {} } });
	});

	it('promote sends only the changed fields as edits', () => {
		const source = { inputs: { text: 'hello', items: [] }, expected_output: { label: 'x' } };
		let form = createCaseForm('promote', signature, source);
		expect(buildPromoteRequest(form)).toMatchObject({ ok: true, body: { edits: {} } });
		form = edit(form, 'expected_output', '{"label": "y"}');
		form = edit(form, 'name', 'from prod');
		expect(buildPromoteRequest(form)).toMatchObject({
			ok: true,
			body: { name: 'from prod', edits: { expected_output: { label: 'y' } } },
		});
	});
});

describe('server field errors', () => {
	it('puts each message next to the field its path names, unmatched paths on top', () => {
		const form = applyServerErrors(createCaseForm('edit', signature, stored), [
			{ path: 'inputs.items[2].qty', message: 'expected int, got str' },
			{ path: 'expected_output.label', message: 'missing' },
			{ path: 'max_words', message: 'negative' },
			{ path: 'inputs.nope', message: 'unknown input' },
		]);
		expect(getField(form, 'inputs.items')?.serverErrors).toEqual(['inputs.items[2].qty: expected int, got str']);
		expect(getField(form, 'expected_output')?.serverErrors).toEqual(['expected_output.label: missing']);
		expect(getField(form, 'inputs.max_words')?.serverErrors).toEqual(['max_words: negative']);
		expect(form.generalErrors).toEqual(['inputs.nope: unknown input']);
		expect(getField(form, 'inputs.items')?.serverErrorLines).toEqual([]); // items[2] does not exist
		const located = applyServerErrors(form, [{ path: 'inputs.items[0].qty', message: 'expected int, got str' }]);
		expect(getField(located, 'inputs.items')?.serverErrorLines).toEqual([4]);
		expect(getField(located, 'inputs.items')?.text.split('\n')[3]).toBe('    "qty": 2');
		expect(getField(edit(form, 'inputs.items', '[]'), 'inputs.items')?.serverErrors).toEqual([]);
	});
});

describe('the whole case as a document', () => {
	it('round-trips through JSON and applies edits, adding unknown inputs as fields', () => {
		const form = createCaseForm('edit', signature, stored);
		const doc = caseDocument(form);
		expect(doc.ok).toBe(true);
		if (!doc.ok) return;
		expect(JSON.parse(doc.text)).toEqual(stored);
		const same = applyCaseDocument(form, doc.text);
		expect(same.ok && isFormDirty(same.form)).toBe(false);
		const edited = JSON.parse(doc.text);
		edited.inputs.max_words = 9;
		edited.inputs.extra = [1];
		const applied = applyCaseDocument(form, JSON.stringify(edited));
		expect(applied.ok).toBe(true);
		if (!applied.ok) return;
		expect(getField(applied.form, 'inputs.max_words')?.text).toBe('9');
		expect(getField(applied.form, 'inputs.extra')).toMatchObject({ declared: false, text: '[\n  1\n]' });
		expect(buildPatch(applied.form)).toMatchObject({ ok: true, body: { inputs: { max_words: 9, extra: [1] } } });
	});

	it('reports an invalid document with line and column and leaves the form alone', () => {
		const result = applyCaseDocument(createCaseForm('edit', signature, stored), '{\n  "name": "x",\n  "inputs": {,\n}');
		expect(result).toMatchObject({ ok: false, json: { line: 3, column: 14 } });
		expect(applyCaseDocument(createCaseForm('edit', signature), '{"nme": 1}')).toMatchObject({ ok: false, message: expect.stringContaining('unknown key "nme"') });
	});
});
