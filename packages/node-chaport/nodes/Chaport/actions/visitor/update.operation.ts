import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { visitorField } from '../../descriptions';

/** The UTM keys of a visitor [I: the names Chaport's visitor shows in prose; camelCase like operators]. */
const utmFields = [
	field.string('source', 'Source'),
	field.string('medium', 'Medium'),
	field.string('campaign', 'Campaign'),
	field.string('term', 'Term'),
	field.string('content', 'Content'),
] as const;

/** The keys given, UTM without its empty keys (and left out when it has none). */
function visitorBody(f: Record<string, unknown> & { utm?: Record<string, unknown> }): Record<string, unknown> {
	const utm = f.utm === undefined ? undefined : compact(f.utm);
	return compact({ ...f, utm: utm && Object.keys(utm).length ? utm : undefined });
}

export const update = defineOperation({
	resource: 'visitor',
	operation: 'update',
	name: 'Update',
	action: 'Update a visitor',
	description: 'Change only the fields given; custom fields and UTM keys are merged key by key',
	fields: [
		visitorField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.email('email', 'Email'),
				field.string('phone', 'Phone'),
				field.string('notes', 'Notes', { rows: 3 }),
				field.json('custom', 'Custom Fields', { description: 'An object of custom field values, e.g. {"plan": "pro"}; a key set to null is removed' }),
				field.collection('utm', 'UTM', [...utmFields], { placeholder: 'Add UTM Key' }),
				field.string('sourceHost', 'Source Host', { placeholder: 'e.g. shop.example.com' }),
				field.boolean('emailMarketingConsent', 'Email Marketing Consent', { description: 'Whether the visitor agreed to receive marketing emails' }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	check(p, tools) {
		if (Object.keys(visitorBody(p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field to change (the UTM added has no key)');
	},
	request: ({ visitorId, updateFields }) => ({ method: 'PUT', path: apiPath`/visitors/${visitorId}`, body: visitorBody(updateFields) }),
});
