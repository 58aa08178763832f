import { defineOperation, field, isEmail } from '@leadchat/core';

export const bulkCreate = defineOperation({
	resource: 'agent',
	operation: 'bulkCreate',
	name: 'Create Many',
	action: 'Create many agents',
	description: 'Invite several people as agents at once, by email (their names are taken from the addresses)',
	fields: [field.stringList('emails', 'Emails', { required: true, placeholder: 'e.g. ana@example.com, bruno@example.com' })],
	check: (p, t) => {
		const bad = p.emails.find((e) => !isEmail(e));
		if (bad !== undefined) t.fail('Emails', `must contain only email addresses (got "${bad}")`);
	},
	request: (p) => ({ method: 'POST', path: '/agents/bulk_create', body: { emails: p.emails } }),
});
