import type { IDataObject } from 'n8n-workflow';
import { field, readItems } from '@leadchat/core';
import { locatorField } from '../../descriptions/common';

// Captain (Enterprise): the AI assistants of an account and what hangs off them.

export const captainAssistantField = locatorField('assistantId', 'Assistant', { searchListMethod: 'searchCaptainAssistants' });

/** The assistant's settings (its `config`, guidelines and guardrails) as Chatwoot's assistant form sends them. */
export const assistantSettingFields = () =>
	[
		field.string('productName', 'Product Name', { description: 'The product the assistant talks about' }),
		field.string('instructions', 'Instructions', { rows: 4, description: 'How the assistant should behave' }),
		field.string('welcomeMessage', 'Welcome Message', { rows: 2 }),
		field.string('handoffMessage', 'Handoff Message', { rows: 2, description: 'Sent when the assistant hands the conversation to an agent' }),
		field.string('resolutionMessage', 'Resolution Message', { rows: 2, description: 'Sent when the assistant resolves the conversation' }),
		field.number('temperature', 'Temperature', { min: 0, max: 1, description: 'Creativity of the answers, from 0 (strict) to 1' }),
		field.boolean('featureFaq', 'Generate FAQs', { description: 'Whether the assistant drafts FAQs from resolved conversations' }),
		field.boolean('featureMemory', 'Memory', { description: 'Whether the assistant remembers facts about contacts' }),
		field.boolean('featureCitation', 'Citations', { description: 'Whether answers cite their sources' }),
		field.boolean('featureContactAttributes', 'Contact Attributes', { description: "Whether the assistant reads the contact's attributes" }),
		field.stringList('responseGuidelines', 'Response Guidelines', { description: 'Rules for the answers, comma-separated (replace the current ones)' }),
		field.stringList('guardrails', 'Guardrails', { description: 'Topics or actions to refuse, comma-separated (replace the current ones)' }),
	] as const;

export interface AssistantSettings {
	productName?: string;
	instructions?: string;
	welcomeMessage?: string;
	handoffMessage?: string;
	resolutionMessage?: string;
	temperature?: number;
	featureFaq?: boolean;
	featureMemory?: boolean;
	featureCitation?: boolean;
	featureContactAttributes?: boolean;
	responseGuidelines?: string[];
	guardrails?: string[];
}

/** The `config` keys set, without the ones not given. */
export function assistantConfig(s: AssistantSettings): IDataObject {
	const config: IDataObject = {
		product_name: s.productName,
		instructions: s.instructions,
		welcome_message: s.welcomeMessage,
		handoff_message: s.handoffMessage,
		resolution_message: s.resolutionMessage,
		temperature: s.temperature,
		feature_faq: s.featureFaq,
		feature_memory: s.featureMemory,
		feature_citation: s.featureCitation,
		feature_contact_attributes: s.featureContactAttributes,
	};
	for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key];
	return config;
}

export const RANGES = [
	{ name: 'Last 7 Days', value: '7' },
	{ name: 'Last 30 Days', value: '30' },
	{ name: 'Last 90 Days', value: '90' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'Last Month', value: 'last_month' },
];

export const rangeFields = () =>
	[
		field.options('range', 'Period', RANGES, { default: '7', description: 'The window of the figures (the one before it is compared)' }),
		field.number('timezoneOffset', 'Timezone Offset (Hours)', { min: -12, max: 14, description: 'Offset from UTC the days are cut in, e.g. -3' }),
	] as const;

/** `{payload, meta: {total_count}}`, the pages of Captain's lists and drilldowns. */
export function readTotalCountPage(body: unknown): { items: IDataObject[]; total?: number } {
	const total = Number(((body ?? {}) as { meta?: IDataObject }).meta?.total_count);
	return { items: readItems(body).items, ...(Number.isFinite(total) ? { total } : {}) };
}
