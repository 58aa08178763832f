import { apiPath, defineOperation, field } from '@leadchat/core';
import { categoryField, portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { categoryBody, categoryFields, checkCategory } from './helpers';

export const update = defineOperation({
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
		], { requireOne: 'needs at least one field to change' }),
	],
	check: (p, t) => {
		checkCategory(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}/categories/${p.categoryId}`, body: categoryBody(p.updateFields) }),
	output: payloadOf,
});
