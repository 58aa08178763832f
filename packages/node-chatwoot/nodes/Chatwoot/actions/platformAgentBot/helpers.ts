import { compact, field, type CollectionValue } from '@leadchat/core';

export const agentBotFields = () => [
	field.string('description', 'Description'),
	field.string('outgoingUrl', 'Webhook URL', {
		placeholder: 'https://example.com/bot',
		description: 'Where Chatwoot posts the conversation and message events of the inboxes the bot is connected to',
	}),
	field.id('accountId', 'Account ID', {
		numeric: true,
		required: false,
		description: 'Makes the bot belong to this account only; empty makes it available to every account of the installation',
	}),
	field.string('avatarUrl', 'Avatar URL', { placeholder: 'https://example.com/avatar.png', description: 'A JPEG or PNG image' }),
] as const;

type AgentBotFields = CollectionValue<ReturnType<typeof agentBotFields>> & { name?: string };

/** The body of a create or update: only what the user set. */
export const agentBotBody = (f: AgentBotFields) =>
	compact({
		name: f.name,
		description: f.description,
		outgoing_url: f.outgoingUrl,
		account_id: f.accountId !== undefined ? Number(f.accountId) : undefined,
		avatar_url: f.avatarUrl,
	});
