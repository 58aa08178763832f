/**
 * Fields shared by the message operations: the content of each message type, the message times
 * (Crisp counts in milliseconds) and the list of fingerprints the read and delivered marks take.
 */
import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field, isDataObject, s, type CollectionValue, type Field } from '@leadchat/core';
import { messagesWith } from '../../lists';
import { FROM, requiredWhen } from '../conversation/fields';
import { sessionField } from '../../descriptions';

export { FROM };

export const MESSAGE_TYPES = [
	{ name: 'Text', value: 'text' },
	{ name: 'Private Note', value: 'note', description: 'Seen by the team only' },
	{ name: 'File', value: 'file', description: 'A file, by its URL' },
	{ name: 'Animation', value: 'animation', description: 'An animated image (e.g. a GIF), by its URL' },
	{ name: 'Audio', value: 'audio', description: 'A voice or audio recording, by its URL' },
	{ name: 'Picker', value: 'picker', description: 'Choices the visitor picks one of (buttons)' },
	{ name: 'Field', value: 'field', description: 'An input the visitor fills in (e.g. their email)' },
	{ name: 'Carousel', value: 'carousel', description: 'Cards with a title, description, image and links' },
	{ name: 'Event', value: 'event', description: 'An event line in the conversation (e.g. "Order shipped")' },
];

const PICKER_EXAMPLE = '[{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]';
const CAROUSEL_EXAMPLE = '[{"title": "Basic", "description": "9 EUR a month", "image": "https://…/basic.png", "actions": [{"label": "Choose", "url": "https://…"}]}]';

/** The content fields, each shown for the types it belongs to. */
export const contentFields = [
	requiredWhen(field.string('text', 'Text', { rows: 4, description: 'The message' }), { type: ['text', 'note'] }),
	requiredWhen(field.url('url', 'URL', { description: 'Where the file is (Crisp links to it)' }), { type: ['file', 'animation', 'audio'] }),
	requiredWhen(field.string('fileName', 'File Name', { placeholder: 'e.g. invoice.pdf' }), { type: ['file'] }),
	requiredWhen(field.string('mimeType', 'MIME Type', { placeholder: 'e.g. application/pdf, image/gif or audio/webm' }), { type: ['file', 'animation', 'audio'] }),
	field.number('duration', 'Duration (Seconds)', { min: 0, show: { type: ['audio'] } }),
	requiredWhen(field.string('contentId', 'Content ID', { placeholder: 'e.g. rating-1', description: 'Your ID for the question: the answer refers to it' }), { type: ['picker', 'field'] }),
	requiredWhen(field.string('prompt', 'Prompt Text', { description: 'The question (picker, field) or the text above the cards (carousel)' }), { type: ['picker', 'field', 'carousel'] }),
	requiredWhen(field.json('choices', 'Choices (JSON)', { array: true, description: `The choices: value and label each, optionally icon and selected, e.g. ${PICKER_EXAMPLE}` }), { type: ['picker'] }),
	requiredWhen(field.string('explain', 'Explanation', { description: 'The hint shown in the input, e.g. "Enter your email address"' }), { type: ['field'] }),
	field.string('value', 'Prefilled Value', { show: { type: ['field'] } }),
	field.boolean('answerRequired', 'Answer Required', { show: { type: ['picker', 'field'] }, description: 'Whether the visitor must answer before writing anything else' }),
	requiredWhen(field.json('targets', 'Cards (JSON)', { array: true, description: `The cards: title, description, optionally image, and actions (label and URL), e.g. ${CAROUSEL_EXAMPLE}` }), {
		type: ['carousel'],
	}),
	requiredWhen(field.string('namespace', 'Namespace', { placeholder: 'e.g. order:shipped', description: 'What kind of event it is' }), { type: ['event'] }),
	field.string('eventText', 'Event Text', { show: { type: ['event'] }, description: 'The line shown in the conversation' }),
] as const;

type Content = CollectionValue<typeof contentFields> & { type: string };

const LABELS: Record<string, string> = {
	text: 'Text',
	url: 'URL',
	fileName: 'File Name',
	mimeType: 'MIME Type',
	contentId: 'Content ID',
	prompt: 'Prompt Text',
	choices: 'Choices (JSON)',
	explain: 'Explanation',
	targets: 'Cards (JSON)',
	namespace: 'Namespace',
};

/** The fields each type needs. */
const NEEDS: Record<string, Array<keyof typeof LABELS>> = {
	text: ['text'],
	note: ['text'],
	file: ['url', 'fileName', 'mimeType'],
	animation: ['url', 'mimeType'],
	audio: ['url', 'mimeType'],
	picker: ['contentId', 'prompt', 'choices'],
	field: ['contentId', 'prompt', 'explain'],
	carousel: ['prompt', 'targets'],
	event: ['namespace'],
};

const hasText = (o: IDataObject, key: string) => typeof o[key] === 'string' && o[key] !== '';

/** Refuses a message whose content misses what its type needs, before any request. */
export function checkContent(c: Content, fail: (field: string, problem: string) => never): void {
	const given: Record<string, unknown> = {
		text: c.text,
		url: c.url,
		fileName: c.fileName,
		mimeType: c.mimeType,
		contentId: c.contentId,
		prompt: c.prompt,
		choices: c.choices,
		explain: c.explain,
		targets: c.targets,
		namespace: c.namespace,
	};
	for (const key of NEEDS[c.type] ?? []) {
		const v = given[key];
		if (v === undefined || (Array.isArray(v) && v.length === 0)) fail(LABELS[key], `is required for a ${c.type} message`);
	}
	if (c.type === 'picker') {
		(c.choices ?? []).forEach((choice, i) => {
			if (!isDataObject(choice) || !hasText(choice, 'value') || !hasText(choice, 'label')) fail('Choices (JSON)', `choice ${i + 1} needs a "value" and a "label" (text)`);
		});
	}
	if (c.type === 'carousel') {
		(c.targets ?? []).forEach((card, i) => {
			const actions: unknown[] | undefined = isDataObject(card) && Array.isArray(card.actions) ? card.actions : undefined;
			if (!isDataObject(card) || !hasText(card, 'title') || !hasText(card, 'description') || !actions) {
				fail('Cards (JSON)', `card ${i + 1} needs a "title", a "description" (text) and "actions" (a list)`);
			}
			(actions ?? []).forEach((action, j) => {
				if (!isDataObject(action) || !hasText(action, 'label') || !hasText(action, 'url')) fail('Cards (JSON)', `card ${i + 1}, action ${j + 1} needs a "label" and a "url"`);
			});
		});
	}
}

/** The `content` of a message of this type: text for text and notes, an object for the others. */
export function contentOf(c: Content): string | IDataObject | undefined {
	const drop = (o: IDataObject) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
	switch (c.type) {
		case 'text':
		case 'note':
			return c.text;
		case 'file':
			return { name: c.fileName, url: c.url, type: c.mimeType };
		case 'animation':
			return { url: c.url, type: c.mimeType };
		case 'audio':
			return drop({ url: c.url, type: c.mimeType, duration: c.duration });
		case 'picker':
			return drop({ id: c.contentId, text: c.prompt, choices: (c.choices ?? []).filter(isDataObject), required: c.answerRequired });
		case 'field':
			return drop({ id: c.contentId, text: c.prompt, explain: c.explain, value: c.value, required: c.answerRequired });
		case 'carousel':
			return { text: c.prompt, targets: (c.targets ?? []).filter(isDataObject) };
		default:
			return drop({ namespace: c.namespace, text: c.eventText });
	}
}

/** Epoch milliseconds from a date, a Luxon DateTime, or a number (Crisp's ms, or Unix seconds below 10^11). */
function toMs(v: unknown): number | undefined | 'invalid' {
	if (v === undefined || v === null || v === '') return undefined;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.getTime();
	if (typeof v === 'object' && 'toMillis' in v) return (v as { toMillis(): number }).toMillis();
	const asNumber = (n: number) => (Number.isFinite(n) && n >= 0 ? (n >= 1e11 ? Math.floor(n) : Math.floor(n * 1000)) : 'invalid');
	if (typeof v === 'number') return asNumber(v);
	const text = String(v).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return asNumber(Number(text));
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? 'invalid' : ms;
}

/**
 * A point in time as Crisp's millisecond timestamp: a date, or a number — a message's `timestamp`
 * (milliseconds) as it is, Unix seconds (below 10^11, i.e. before the year 5138) times 1000.
 */
export function msTime<N extends string>(name: N, displayName: string, description: string): Field<number | undefined, N> {
	return {
		name,
		property: { displayName, name, type: 'dateTime', default: '', description },
		schema: s.unknown().transform((v, ctx) => {
			const ms = toMs(v);
			if (ms === 'invalid') {
				return ctx.fail('must be a date (e.g. 2026-01-31T10:00:00Z) or a timestamp in milliseconds');
			}
			return ms;
		}),
	};
}

/** The options of Message → Get Many. */
export const listOptionFields = [
	field.options(
		'order',
		'Order',
		[
			{ name: 'Newest First', value: 'newest' },
			{ name: 'Oldest First', value: 'oldest', description: 'Chronological, as a transcript reads (with a limit, the newest messages are still the ones picked)' },
		],
		{ default: 'newest' },
	),
	msTime('before', 'Before', 'Only messages sent before this time (a date, or a message timestamp in milliseconds)'),
	msTime('after', 'After', 'Only messages sent after this time; the walk stops there (a date, or a message timestamp in milliseconds)'),
] as const;

/** The messages of Get Many: newest first from Before, down to After, in the order asked for. */
export const conversationMessages = messagesWith((p: { sessionId: string; options: CollectionValue<typeof listOptionFields> }) => ({
	sessionId: p.sessionId,
	before: p.options.before,
	after: p.options.after,
	oldestFirst: p.options.order === 'oldest',
}));

/** Message fingerprints (Crisp's integer message IDs), typed as a list or from an expression. */
export const fingerprintsField = field.stringList('fingerprints', 'Fingerprints', {
	required: true,
	placeholder: 'e.g. 150698569649423, 150698569649424',
	description: "The messages' fingerprints (their IDs), separated by commas",
});

/** The first entry that is not a fingerprint (a whole number), if any. */
export const notAFingerprint = (list: string[]) => list.find((f) => !/^-?\d{1,16}$/.test(f.trim()));

/** One message, by its fingerprint (Crisp's integer message ID). */
export const fingerprintField = () =>
	field.id('fingerprint', 'Fingerprint', { numeric: true, placeholder: 'e.g. 150698569649423', description: "The message's fingerprint (its ID, a whole number)" });

/** Mark Read and Mark Delivered: `PATCH …/read` or `…/delivered` with `{from, origin, fingerprints}`. */
export function markOperation(o: { operation: string; name: string; action: string; description: string; route: 'read' | 'delivered'; fromHelp: string }) {
	return defineOperation({
		resource: 'message',
		operation: o.operation,
		name: o.name,
		action: o.action,
		description: o.description,
		fields: [
			sessionField(),
			fingerprintsField,
			field.options('from', 'By', FROM, { required: true, default: 'operator', description: o.fromHelp }),
			field.string('origin', 'Origin', { default: 'chat', placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel (default chat)' }),
		],
		check: (p, tools) => {
			const bad = notAFingerprint(p.fingerprints);
			if (bad !== undefined) tools.fail('Fingerprints', `has "${bad}", which is not a message fingerprint (a whole number)`);
		},
		request: (p) => ({
			method: 'PATCH',
			path: `${apiPath`/conversation/${p.sessionId}`}/${o.route}`,
			body: { from: p.from, origin: p.origin ?? 'chat', fingerprints: p.fingerprints.map(Number) },
		}),
		output: (_body, p) => ({ success: true, session_id: p.sessionId, from: p.from, fingerprints: p.fingerprints.map(Number) }),
	});
}
