import { defineOperation, field } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';
import { checkSlug, portalBody, portalFields } from './helpers';

export const create = defineOperation({
	resource: 'portal',
	operation: 'create',
	name: 'Create',
	action: 'Create a portal',
	description: 'Create a Help Center portal',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.string('slug', 'Slug', { required: true, placeholder: 'e.g. help', description: 'Identifies the portal in its URL and in the API' }),
		field.collection('additionalFields', 'Additional Fields', portalFields()),
	],
	check: (p, t) => checkSlug(p.slug, 'Slug', t.fail),
	request: (p) => ({ method: 'POST', path: '/portals', body: portalBody({ ...p.additionalFields, name: p.name, slug: p.slug }) }),
	output: payloadOf,
});
