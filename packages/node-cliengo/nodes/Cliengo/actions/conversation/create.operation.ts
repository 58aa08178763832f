import { compact, defineOperation, field } from '@leadchat/core';
import { CHANNEL_OPTIONS, websiteIdField } from '../../descriptions';

export const create = defineOperation({
	resource: 'conversation',
	operation: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description: 'Open a conversation with a visitor on a site',
	fields: [
		websiteIdField('websiteId', 'Site', { required: true, description: 'The website the conversation happens on' }),
		field.options('channel', 'Channel', CHANNEL_OPTIONS, { required: true, default: 'WEB' }),
		field.string('from', 'From', { required: true, placeholder: 'e.g. visitor@example.com', description: 'The visitor, e.g. an email address or the channel’s visitor ID' }),
		field.collection('additionalFields', 'Additional Fields', [
			field.url('url', 'URL', { placeholder: 'https://example.com/page', description: 'Page the conversation starts from' }),
			field.string('companyId', 'Company ID', { description: 'The account (company) owning the site; Cliengo infers it when empty' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/conversations',
		body: compact({ companyId: p.additionalFields.companyId, websiteId: p.websiteId, channel: p.channel, from: p.from, url: p.additionalFields.url }, 'empty'),
	}),
});
