import { defineOperation, field } from '@leadchat/core';
import { requiredWhenShown } from '../../descriptions';

export const update = defineOperation({
	resource: 'brandedEmailLayout',
	operation: 'update',
	name: 'Update',
	action: 'Update the branded email layout',
	description: 'Set the Liquid HTML layout of email replies, or remove it',
	fields: [
		field.boolean('remove', 'Remove Layout', { description: 'Whether to remove the account layout (email replies go back to the default)' }),
		requiredWhenShown(
			field.string('layout', 'Layout', {
				rows: 12,
				placeholder: '<html><body>{{ content_for_layout }}</body></html>',
				description: 'Liquid HTML; it must contain {{ content_for_layout }}',
				show: { remove: [false] },
			}),
		),
	],
	check: (p, t) => {
		if (p.remove) return;
		if (p.layout === undefined) return t.fail('Layout', 'is required (or turn on "Remove Layout")');
		if (!/\{\{\s*content_for_layout\s*\}\}/.test(p.layout)) t.fail('Layout', 'must contain {{ content_for_layout }}');
	},
	request: (p) => ({ method: 'PATCH', path: '/branded_email_layout', body: { branded_email_layout: p.remove ? null : p.layout } }),
});
