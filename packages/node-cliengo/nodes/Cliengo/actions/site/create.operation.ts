import { compact, defineOperation, field } from '@leadchat/core';

/** POST /sites is inferred: Cliengo's reference lists only GET for sites. */
export const create = defineOperation({
	resource: 'site',
	operation: 'create',
	name: 'Create',
	action: 'Create a site',
	description: 'Add a website to the account (POST /sites; not in Cliengo’s public reference)',
	fields: [
		field.string('title', 'Title', { required: true }),
		field.url('url', 'URL', { required: true }),
		field.collection('additionalFields', 'Additional Fields', [
			field.email('email', 'Email', { description: 'Where lead notifications of this site go' }),
			field.boolean('enableChat', 'Enable Chat', { description: 'Whether the chat widget is on' }),
		]),
	],
	request: (p) => ({ method: 'POST', path: '/sites', body: compact({ title: p.title, url: p.url, ...p.additionalFields }, 'empty') }),
});
