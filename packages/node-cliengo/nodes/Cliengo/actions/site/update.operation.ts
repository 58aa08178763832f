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
				field.string('url', 'URL', { placeholder: 'https://example.com' }),
				field.email('email', 'Email'),
				field.boolean('enableChat', 'Enable Chat', { description: 'Whether the chat widget is on' }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	check(p, tools) {
		const url = p.updateFields.url;
		if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) tools.fail('Update Fields → URL', 'must be an http(s) URL');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/sites/${p.siteId}`, body: compact(p.updateFields, 'empty') }),
});
