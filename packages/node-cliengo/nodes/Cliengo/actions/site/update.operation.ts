import { apiPath, defineOperation, field } from '@leadchat/core';
import { checkEmail, compact, siteLocator } from '../../descriptions';

interface Params {
	siteId: string;
	updateFields: { title?: string; url?: string; email?: string; enableChat?: boolean };
}

/** PATCH /sites/{id} is inferred: Cliengo's reference lists only GET for sites. */
export const update = defineOperation<Params>({
	resource: 'site',
	operation: 'update',
	name: 'Update',
	action: 'Update a site',
	description: 'Change a website (PATCH /sites/{id}; not in Cliengo’s public reference)',
	fields: [
		siteLocator(),
		field.collection('updateFields', 'Update Fields', [
			field.string('title', 'Title'),
			field.string('url', 'URL', { placeholder: 'https://example.com' }),
			field.string('email', 'Email'),
			field.boolean('enableChat', 'Enable Chat', { description: 'Whether the chat widget is on' }),
		]),
	],
	check(p, tools) {
		const u = p.updateFields;
		if (Object.keys(compact(u)).length === 0) tools.fail('Update Fields', 'needs at least one field to change');
		if (u.url !== undefined && !/^https?:\/\/\S+$/i.test(u.url)) tools.fail('Update Fields → URL', 'must be an http(s) URL');
		checkEmail(tools, 'Update Fields → Email', u.email);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/sites/${p.siteId}`, body: compact(p.updateFields) }),
});
