import type { IDataObject } from 'n8n-workflow';
import { field, type Field } from '@leadchat/core';
import { compact } from '../platformAccount/fields';

export interface AgentBotFields {
	name?: string;
	description?: string;
	outgoingUrl?: string;
	accountId?: string;
	avatarUrl?: string;
}

export const agentBotFields = (): Field[] => [
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
];

export const agentBotBody = (f: AgentBotFields): IDataObject =>
	compact({
		name: f.name,
		description: f.description,
		outgoing_url: f.outgoingUrl,
		account_id: f.accountId !== undefined ? Number(f.accountId) : undefined,
		avatar_url: f.avatarUrl,
	});
