import { apiPath, defineOperation, field } from '@leadchat/core';
import { portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { categoryBody, categoryFields, checkCategory, slugify } from './helpers';

export const create = defineOperation({
	resource: 'category',
	operation: 'create',
	name: 'Create',
	action: 'Create a category',
	description: 'Create a category in a Help Center portal',
	fields: [
		portalField(),
		field.string('name', 'Name', { required: true }),
		field.string('locale', 'Locale', { required: true, default: 'en', description: 'Language of the category, one of the portal locales' }),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('slug', 'Slug', { placeholder: 'e.g. billing', description: 'Lowercase letters, digits and "-"; empty: made from the name' }),
			...categoryFields(),
		]),
	],
	check: (p, t) => checkCategory(p.additionalFields, 'Additional Fields → ', t.fail),
	request: (p) => ({
		method: 'POST',
		path: apiPath`/portals/${p.portalSlug}/categories`,
		body: categoryBody({ ...p.additionalFields, name: p.name, locale: p.locale, slug: p.additionalFields.slug ?? slugify(p.name) }),
	}),
	output: payloadOf,
});
