// The small "trigger a run" form: channel (from the script's channels), notes, full or sampled (+ sample size).
// Its keys are KEYMAP's `trigger` scope.
import { Box } from 'ink';
import { Text } from './Text.js';
import { useState } from 'react';
import type { RunMode, ScriptChannel, TriggerRunRequest } from '../../wire/types.js';
import { sanitize } from '../../look/sanitize.js';
import { useClient } from '../context.js';
import { useRequest } from '../hooks/useRequest.js';
import { useTextCapture } from '../hooks/useTextCapture.js';
import { TextInput } from './TextInput.js';
import { useKeys } from '../hooks/useKeys.js';
import { hintLine } from '../keymap.js';
import { drawing } from '../../look/drawing.js';
import { pad } from '../../look/text.js';

export const TRIGGER_FORM_HEIGHT = 7;

const HINT = hintLine('trigger', ['next-field', 'choice-previous', 'start', 'cancel']);

type Field = 'channel' | 'notes' | 'mode' | 'size';

export interface TriggerFormProps {
	projectId: number;
	script: string;
	onSubmit: (request: TriggerRunRequest) => void;
	onCancel: () => void;
}

/** Validates the form into a request body; a message when it is not valid. */
export function triggerRequest(channel: string, notes: string, mode: RunMode, size: string): TriggerRunRequest | string {
	if (!channel.trim()) return 'choose a channel';
	const request: TriggerRunRequest = { channel: channel.trim(), mode };
	if (notes.trim()) request.notes = notes.trim();
	if (mode === 'sampled') {
		if (!/^\d+$/.test(size.trim()) || Number(size) < 1) return 'sample size must be a positive integer';
		request.sample_size = Number(size);
	}
	return request;
}

export function TriggerForm({ projectId, script, onSubmit, onCancel }: TriggerFormProps) {
	const client = useClient();
	const [channelIndex, setChannelIndex] = useState(0);
	const [typedChannel, setTypedChannel] = useState('');
	const [notes, setNotes] = useState('');
	const [mode, setMode] = useState<RunMode>('full');
	const [size, setSize] = useState('10');
	const [field, setField] = useState<Field>('channel');
	const [problem, setProblem] = useState<string>();
	useTextCapture(true);

	// A script whose channels cannot be read still takes a typed channel name.
	const channelList = useRequest((signal) => client.projects.listChannels(projectId, script, { signal }), [client, projectId, script], { context: 'channels' });
	const channels: ScriptChannel[] | null = channelList.data ?? (channelList.error === undefined ? null : []);

	const fields: Field[] = mode === 'sampled' ? ['channel', 'notes', 'mode', 'size'] : ['channel', 'notes', 'mode'];
	const pickList = channels && channels.length > 0;
	const channel = pickList ? channels[channelIndex].name : typedChannel;

	const submit = () => {
		const request = triggerRequest(channel, notes, mode, size);
		if (typeof request === 'string') setProblem(request);
		else onSubmit(request);
	};

	const move = (delta: number) => setField((current) => fields[(fields.indexOf(current) + delta + fields.length) % fields.length]);
	const change = (step: number) => {
		if (field === 'channel' && pickList) setChannelIndex((i) => (i + step + channels.length) % channels.length);
		if (field === 'mode') setMode((m) => (m === 'full' ? 'sampled' : 'full'));
	};
	// A text field takes Enter, Esc and ←/→ itself (submitting or cancelling the form); Tab and ↑↓ fall through to here.
	useKeys(['trigger'], {
		'next-field': () => move(1),
		'previous-field': () => move(-1),
		'choice-previous': () => change(-1),
		'choice-next': () => change(1),
		start: submit,
		cancel: onCancel,
	});

	const label = (name: Field, text: string) => <Text color={field === name ? 'cyan' : undefined} bold={field === name}>{`${field === name ? drawing.pointer : ' '} ${pad(text, 12)}`}</Text>;
	const choices = pickList ? channels.map((c, i) => (i === channelIndex ? `[${sanitize(c.name)}]` : sanitize(c.name))).join(' ') : '';
	return (
		<Box flexDirection="column" height={TRIGGER_FORM_HEIGHT} borderStyle={drawing.roundBorder} borderColor="cyan" paddingX={1}>
			<Text bold wrap="truncate-end">{`Trigger a run of ${sanitize(script)}  `}<Text dimColor>{`(${HINT})`}</Text></Text>
			<Box>
				{label('channel', 'channel')}
				{channels === null ? (
					<Text dimColor>{`loading channels${drawing.ellipsis}`}</Text>
				) : pickList ? (
					<Text wrap="truncate">{choices}</Text>
				) : (
					<TextInput key="channel" isActive={field === 'channel'} initial={typedChannel} onChange={setTypedChannel} onSubmit={submit} onCancel={onCancel} placeholder="channel name" />
				)}
			</Box>
			<Box>
				{label('notes', 'notes')}
				<TextInput key="notes" isActive={field === 'notes'} initial={notes} onChange={setNotes} onSubmit={submit} onCancel={onCancel} placeholder="optional" />
			</Box>
			<Box>
				{label('mode', 'mode')}
				<Text>{mode === 'full' ? '[full] sampled' : ' full [sampled]'}</Text>
				{mode === 'sampled' ? (
					<>
						<Text>{'   '}</Text>
						{label('size', 'sample size')}
						<TextInput key="size" isActive={field === 'size'} initial={size} onChange={setSize} onSubmit={submit} onCancel={onCancel} />
					</>
				) : null}
			</Box>
			<Text color="red">{problem ? sanitize(problem) : ' '}</Text>
		</Box>
	);
}
