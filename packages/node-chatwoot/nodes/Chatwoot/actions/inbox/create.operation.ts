import { compact, defineOperation, field } from '@leadchat/core';
import { requiredWhenShown } from '../../descriptions';
import { inboxSettingFields, inboxSettingsBody } from './helpers';

const CHANNELS = [
	{ name: 'API', value: 'api', description: 'Your own channel: messages come and go through the API and a webhook' },
	{ name: 'Email', value: 'email' },
	{ name: 'LINE', value: 'line' },
	{ name: 'SMS (Bandwidth)', value: 'sms' },
	{ name: 'Telegram', value: 'telegram' },
	{ name: 'Website (Live Chat Widget)', value: 'web_widget' },
	{ name: 'WhatsApp Cloud', value: 'whatsapp' },
];

const only = (...types: string[]) => ({ show: { channelType: types } });

export const create = defineOperation({
	resource: 'inbox',
	operation: 'create',
	name: 'Create',
	action: 'Create an inbox',
	description: 'Create an inbox with its channel (API, website widget, email, SMS, WhatsApp, LINE or Telegram)',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.options('channelType', 'Channel Type', CHANNELS, { required: true, default: 'api' }),
		requiredWhenShown(field.string('websiteUrl', 'Website URL', { ...only('web_widget'), placeholder: 'https://www.example.com', description: 'Site where the widget is loaded' })),
		requiredWhenShown(field.string('email', 'Email', { ...only('email'), placeholder: 'support@example.com', description: 'Address the inbox receives' })),
		requiredWhenShown(field.string('phoneNumber', 'Phone Number', { ...only('sms', 'whatsapp'), placeholder: '+5511999999999', description: 'In E.164 format' })),
		requiredWhenShown(field.string('whatsappApiKey', 'API Key', { ...only('whatsapp'), password: true, description: 'WhatsApp Cloud API access token' })),
		requiredWhenShown(field.string('whatsappPhoneNumberId', 'Phone Number ID', only('whatsapp'))),
		requiredWhenShown(field.string('whatsappBusinessAccountId', 'Business Account ID', only('whatsapp'))),
		requiredWhenShown(field.string('lineChannelId', 'LINE Channel ID', only('line'))),
		requiredWhenShown(field.string('lineChannelSecret', 'LINE Channel Secret', { ...only('line'), password: true })),
		requiredWhenShown(field.string('lineChannelToken', 'LINE Channel Token', { ...only('line'), password: true })),
		requiredWhenShown(field.string('botToken', 'Bot Token', { ...only('telegram'), password: true, description: 'Token given by @BotFather' })),
		field.string('webhookUrl', 'Webhook URL', { ...only('api'), placeholder: 'https://example.com/chatwoot-events', description: 'Where Chatwoot posts the events of this inbox' }),
		field.json('channelSettings', 'Channel Settings (JSON)', {
			description:
				'More settings of the channel, merged into "channel": e.g. {"widget_color": "#1f93ff", "welcome_title": "Hi"} for a website, IMAP/SMTP settings for email, {"hmac_mandatory": true} for API',
		}),
		field.collection('additionalFields', 'Additional Fields', inboxSettingFields()),
	],
	check: (p, t) => {
		// What each channel type needs, as [value, display name].
		const needed: Record<string, Array<[string | undefined, string]>> = {
			web_widget: [[p.websiteUrl, 'Website URL']],
			email: [[p.email, 'Email']],
			sms: [[p.phoneNumber, 'Phone Number']],
			whatsapp: [
				[p.phoneNumber, 'Phone Number'],
				[p.whatsappApiKey, 'API Key'],
				[p.whatsappPhoneNumberId, 'Phone Number ID'],
				[p.whatsappBusinessAccountId, 'Business Account ID'],
			],
			line: [
				[p.lineChannelId, 'LINE Channel ID'],
				[p.lineChannelSecret, 'LINE Channel Secret'],
				[p.lineChannelToken, 'LINE Channel Token'],
			],
			telegram: [[p.botToken, 'Bot Token']],
		};
		for (const [value, label] of needed[p.channelType] ?? []) if (value === undefined) t.fail(label, 'is required');
		if (p.channelSettings && 'type' in p.channelSettings) t.fail('Channel Settings (JSON)', 'must not set "type" (use "Channel Type")');
	},
	request: (p) => {
		let channel: Record<string, unknown>;
		switch (p.channelType) {
			case 'web_widget':
				channel = { website_url: p.websiteUrl };
				break;
			case 'email':
				channel = { email: p.email };
				break;
			case 'sms':
				channel = { phone_number: p.phoneNumber };
				break;
			case 'whatsapp':
				channel = {
					phone_number: p.phoneNumber,
					provider: 'whatsapp_cloud',
					provider_config: { api_key: p.whatsappApiKey, phone_number_id: p.whatsappPhoneNumberId, business_account_id: p.whatsappBusinessAccountId },
				};
				break;
			case 'line':
				channel = { line_channel_id: p.lineChannelId, line_channel_secret: p.lineChannelSecret, line_channel_token: p.lineChannelToken };
				break;
			case 'telegram':
				channel = { bot_token: p.botToken };
				break;
			default:
				channel = compact({ webhook_url: p.webhookUrl });
		}
		return {
			method: 'POST',
			path: '/inboxes',
			body: { name: p.name, ...inboxSettingsBody(p.additionalFields), channel: { type: p.channelType, ...channel, ...(p.channelSettings ?? {}) } },
		};
	},
});
