import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { integrationHookField } from '../../descriptions';

/** The events Chatwoot's OpenAI integration processes (the other apps have no processor). */
const OPENAI_EVENTS = [
	{ name: 'Summarize a Conversation', value: 'summarize' },
	{ name: 'Suggest a Reply', value: 'reply_suggestion' },
	{ name: 'Suggest Labels', value: 'label_suggestion' },
	{ name: 'Rephrase', value: 'rephrase' },
	{ name: 'Fix Spelling and Grammar', value: 'fix_spelling_grammar' },
	{ name: 'Shorten', value: 'shorten' },
	{ name: 'Expand', value: 'expand' },
	{ name: 'Make Friendly', value: 'make_friendly' },
	{ name: 'Make Formal', value: 'make_formal' },
	{ name: 'Simplify', value: 'simplify' },
];
const ON_CONVERSATION = ['summarize', 'reply_suggestion', 'label_suggestion'];
const onConversation = (event: string | undefined) => ON_CONVERSATION.includes(event ?? '');

export const processEvent = defineOperation({
	resource: 'integrationHook',
	operation: 'processEvent',
	name: 'Process Event',
	action: 'Run an integration hook event',
	description: "Ask an integration to process an event, e.g. the OpenAI hook to summarize a conversation or rewrite a text; returns the integration's answer",
	fields: [
		integrationHookField(),
		field.options('event', 'Event', OPENAI_EVENTS, { default: 'summarize' }),
		field.number('conversationDisplayId', 'Conversation ID', {
			description: 'The conversation (its ID as shown in the dashboard) to summarize or to suggest a reply or labels for',
			show: { event: ON_CONVERSATION },
		}),
		field.string('content', 'Text', { rows: 3, description: 'The text to rewrite', show: { event: OPENAI_EVENTS.map((e) => e.value).filter((v) => !ON_CONVERSATION.includes(v)) } }),
	],
	check: (p, t) => {
		if (onConversation(p.event) && !(Number(p.conversationDisplayId) > 0)) t.fail('Conversation ID', 'is required for this event');
		if (!onConversation(p.event) && !p.content?.trim()) t.fail('Text', 'is required for this event');
	},
	request: (p) => ({
		method: 'POST',
		path: apiPath`/integrations/hooks/${p.hookId}/process_event`,
		body: {
			event: {
				name: p.event,
				data: compact(onConversation(p.event) ? { conversation_display_id: p.conversationDisplayId } : { content: p.content }),
			},
		},
	}),
});
