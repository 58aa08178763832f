import { field } from '@leadchat/core';

/** Another category of the same portal, from a dropdown (inside a collection). */
export const categoryOptionField = <N extends string>(name: N, displayName: string, description: string) =>
	field.options(name, displayName, [], {
		loadOptionsMethod: 'getCategoryIds',
		loadOptionsDependsOn: ['portalSlug.value'],
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	});

export const categoryFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.number('position', 'Position', { integer: true, min: 0, description: 'Order of the category in the portal' }),
	field.string('icon', 'Icon', { placeholder: 'e.g. 📦', description: 'An emoji shown with the category' }),
	categoryOptionField('parentCategoryId', 'Parent Category Name or ID', 'Category this one is nested in'),
	categoryOptionField('associatedCategoryId', 'Associated Category Name or ID', 'The same category in another language'),
] as const;

interface CategoryFields {
	name?: string;
	slug?: string;
	locale?: string;
	description?: string;
	position?: number;
	icon?: string;
	parentCategoryId?: string;
	associatedCategoryId?: string;
}

const idOf = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export const categoryBody = (f: CategoryFields) => ({
	name: f.name,
	slug: f.slug,
	locale: f.locale,
	description: f.description,
	position: f.position,
	icon: f.icon,
	parent_category_id: idOf(f.parentCategoryId),
	associated_category_id: idOf(f.associatedCategoryId),
});

export function checkCategory(f: CategoryFields, prefix: string, fail: (field: string, problem: string) => never) {
	if (f.parentCategoryId !== undefined && !/^\d+$/.test(f.parentCategoryId)) fail(`${prefix}Parent Category Name or ID`, 'must be a numeric ID');
	if (f.associatedCategoryId !== undefined && !/^\d+$/.test(f.associatedCategoryId)) fail(`${prefix}Associated Category Name or ID`, 'must be a numeric ID');
	if (f.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.slug)) fail(`${prefix}Slug`, 'may contain only lowercase letters, digits and "-"');
}

/** "Billing & Payments" → "billing-payments" (what the dashboard does when the slug is left empty). */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || `category-${Date.now()}`;
}
