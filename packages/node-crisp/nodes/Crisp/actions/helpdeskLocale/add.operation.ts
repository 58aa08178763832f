import { defineOperation, field } from '@leadchat/core';

export const add = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'add',
	name: 'Add',
	action: 'Add a helpdesk locale',
	description: 'Add a language to the helpdesk',
	fields: [field.string('locale', 'Locale', { required: true, placeholder: 'e.g. fr', description: 'The language code of the new locale (ISO 639-1, e.g. fr or pt-br)' })],
	check: (p, t) => {
		if (!/^[a-z]{2,3}(-[a-z0-9]{2,4})?$/i.test(p.locale.trim())) t.fail('Locale', 'must be a language code such as fr or pt-br');
	},
	request: (p) => ({ method: 'POST', path: '/helpdesk/locale', body: { locale: p.locale.trim() } }),
	output: (_body, p) => ({ success: true, locale: p.locale.trim() }),
});
