import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { siteLocator } from '../../descriptions';

/** PATCH /sites/{id} is inferred: Cliengo's reference lists only GET for sites. */
export const update = defineOperation({
	resource: 'site',
	operation: 'update',
	name: 'Update',
	action: 'Update a site',
	description: 'Change a website (PATCH /sites/{id}; not in Cliengo’s public reference)',
	fields: [
		siteLocator(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('title', 'Title'),
				field.url('url', 'URL'),
				field.email('email', 'Email'),
				field.boolean('enableChat', 'Enable Chat', { description: 'Whether the chat widget is on' }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/sites/${p.siteId}`, body: compact(p.updateFields, 'empty') }),
});
