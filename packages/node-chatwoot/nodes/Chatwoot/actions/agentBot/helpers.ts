import { field } from '@leadchat/core';

/** The settings of an account agent bot, for create ("Additional Fields") and update. */
export const botFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.string('outgoingUrl', 'Outgoing URL', { placeholder: 'https://bot.example.com/chatwoot', description: 'Where Chatwoot posts the conversation and message events the bot handles' }),
	field.string('avatarUrl', 'Avatar URL', { placeholder: 'https://example.com/bot.png', description: 'URL of a JPEG or PNG image used as the avatar' }),
	field.json('botConfig', 'Bot Config (JSON)', { description: 'Configuration object stored with the bot' }),
] as const;

interface BotFields {
	name?: string;
	description?: string;
	outgoingUrl?: string;
	avatarUrl?: string;
	botConfig?: unknown;
}

export const botBody = (f: BotFields) => ({
	name: f.name,
	description: f.description,
	outgoing_url: f.outgoingUrl,
	avatar_url: f.avatarUrl,
	bot_config: f.botConfig,
});
