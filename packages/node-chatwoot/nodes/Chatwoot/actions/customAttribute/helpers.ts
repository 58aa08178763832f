import { field } from '@leadchat/core';

/** attribute_model: 0 conversation_attribute, 1 contact_attribute. */
export const MODELS = [
	{ name: 'Contact', value: 'contact' },
	{ name: 'Conversation', value: 'conversation' },
];
export const MODEL_NUMBER: Record<string, number> = { conversation: 0, contact: 1 };

/** attribute_display_type, in the server's order. */
const DISPLAY_TYPES = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];

export const displayTypeField = <R extends boolean>(required: R) =>
	field.options(
		'displayType',
		'Display Type',
		DISPLAY_TYPES.map((t) => ({ name: t.charAt(0).toUpperCase() + t.slice(1), value: t })),
		{ required, default: 'text', description: 'How the value is entered and shown' },
	);

export const definitionFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.stringList('values', 'List Values', { description: 'The choices of a "List" attribute, separated by commas' }),
	field.string('regexPattern', 'Regex Pattern', { placeholder: '^[A-Z]{3}-\\d+$', description: 'Text attributes only: values must match it' }),
	field.string('regexCue', 'Regex Cue', { description: 'Text attributes only: message shown when a value does not match the pattern' }),
] as const;

interface DefinitionFields {
	displayName?: string;
	key?: string;
	model?: string;
	displayType?: string;
	description?: string;
	values?: string[];
	regexPattern?: string;
	regexCue?: string;
}

export const definitionBody = (f: DefinitionFields) => ({
	attribute_display_name: f.displayName,
	attribute_key: f.key,
	attribute_model: f.model === undefined ? undefined : MODEL_NUMBER[f.model],
	attribute_display_type: f.displayType === undefined ? undefined : DISPLAY_TYPES.indexOf(f.displayType),
	attribute_description: f.description,
	attribute_values: f.values,
	regex_pattern: f.regexPattern,
	regex_cue: f.regexCue,
});

export function checkKey(key: string | undefined, fail: (problem: string) => never) {
	if (key !== undefined && !/^[a-zA-Z0-9_]+$/.test(key)) fail('may contain only letters, digits and "_"');
}
