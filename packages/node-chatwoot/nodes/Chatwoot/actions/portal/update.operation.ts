import { apiPath, defineOperation, field } from '@leadchat/core';
import { portalField, requireAnyField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { checkSlug, portalBody, portalFields, type PortalFields } from './shared';

export const update = defineOperation<{ portalSlug: string; updateFields: PortalFields }>({
	resource: 'portal',
	operation: 'update',
	name: 'Update',
	action: 'Update a portal',
	fields: [portalField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.string('slug', 'Slug'), ...portalFields()])],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkSlug(p.updateFields.slug, 'Update Fields → Slug', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}`, body: portalBody(p.updateFields) }),
	output: payloadOf,
});
