import { compact, defineOperation, field } from '@leadchat/core';

export const exportContacts = defineOperation({
	resource: 'contact',
	operation: 'export',
	name: 'Export',
	action: 'Export contacts to CSV by email',
	description: 'Ask Chatwoot to build a CSV of the contacts and email its link to the user of the token (the file is made in the background)',
	fields: [
		field.collection('options', 'Options', [
			field.stringList('columns', 'Columns', { placeholder: 'e.g. name, email, phone_number', description: 'Contact columns in the file, separated by commas (empty: Chatwoot’s default columns)' }),
			field.string('label', 'Label', { placeholder: 'e.g. vip', description: 'Only contacts with this label' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/contacts/export',
		body: compact({ column_names: p.options.columns?.length ? p.options.columns : undefined, label: p.options.label }),
	}),
	output: () => ({ success: true, exportRequested: true }),
});
