import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { inboxSettingFields, inboxSettingsBody } from './helpers';

export const update = defineOperation({
	resource: 'inbox',
	operation: 'update',
	name: 'Update',
	action: 'Update an inbox',
	description: 'Change the settings of an inbox and of its channel',
	fields: [
		inboxField(),
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			...inboxSettingFields(),
			field.string('brandedEmailLayout', 'Branded Email Layout', { rows: 6, description: 'Liquid HTML layout of email replies; must include {{ content_for_layout }} (email inboxes)' }),
			field.string('webhookUrl', 'Webhook URL (API Channel)', { description: 'Where Chatwoot posts the events of an API inbox' }),
			field.string('websiteUrl', 'Website URL (Website Channel)'),
			field.string('widgetColor', 'Widget Color (Website Channel)', { placeholder: '#1f93ff' }),
			field.string('welcomeTitle', 'Welcome Title (Website Channel)'),
			field.string('welcomeTagline', 'Welcome Tagline (Website Channel)'),
			field.json('channelSettings', 'Channel Settings (JSON)', { description: 'Any other channel settings, merged into "channel" (e.g. IMAP/SMTP settings of an email inbox)' }),
		], { requireOne: 'needs at least one field to change' }),
	],
	request: ({ inboxId, updateFields: u }) => {
		const channel = compact({
			webhook_url: u.webhookUrl,
			website_url: u.websiteUrl,
			widget_color: u.widgetColor,
			welcome_title: u.welcomeTitle,
			welcome_tagline: u.welcomeTagline,
			...(u.channelSettings ?? {}),
		});
		return {
			method: 'PATCH',
			path: apiPath`/inboxes/${inboxId}`,
			body: {
				name: u.name,
				...inboxSettingsBody(u),
				branded_email_layout: u.brandedEmailLayout,
				channel: Object.keys(channel).length ? channel : undefined,
			},
		};
	},
});
