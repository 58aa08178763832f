import { apiPath, defineOperation, field } from '@leadchat/core';
import { portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { checkSlug, portalBody, portalFields } from './helpers';

export const update = defineOperation({
	resource: 'portal',
	operation: 'update',
	name: 'Update',
	action: 'Update a portal',
	fields: [
		portalField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.string('slug', 'Slug'), ...portalFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkSlug(p.updateFields.slug, 'Update Fields → Slug', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}`, body: portalBody(p.updateFields) }),
	output: payloadOf,
});
