import { apiPath, defineOperation, field } from '@leadchat/core';
import { categoryField, portalField, requireAnyField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { categoryBody, categoryFields, checkCategory, type CategoryFields } from './shared';

export const update = defineOperation<{ portalSlug: string; categoryId: string; updateFields: CategoryFields }>({
	resource: 'category',
	operation: 'update',
	name: 'Update',
	action: 'Update a category',
	fields: [
		portalField(),
		categoryField(),
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			field.string('slug', 'Slug', { description: 'Lowercase letters, digits and "-"' }),
			field.string('locale', 'Locale'),
			...categoryFields(),
		]),
	],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkCategory(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}/categories/${p.categoryId}`, body: categoryBody(p.updateFields) }),
	output: payloadOf,
});
