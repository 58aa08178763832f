import { defineOperation, field } from '@leadchat/core';

export const update = defineOperation({
	resource: 'account',
	operation: 'update',
	name: 'Update',
	action: 'Update the account',
	description: 'Change the name, locale, support email or auto-resolve settings of the account (administrators only)',
	fields: [
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			field.string('locale', 'Locale', { placeholder: 'e.g. en', description: 'Language code of the account, e.g. en, pt_BR, es' }),
			field.string('domain', 'Domain', { placeholder: 'e.g. support.example.com' }),
			field.string('supportEmail', 'Support Email', { placeholder: 'e.g. support@example.com' }),
			field.number('autoResolveAfter', 'Auto Resolve After (Minutes)', { integer: true, min: 10, max: 1439856, description: 'Resolve conversations with no activity for this many minutes' }),
			field.string('autoResolveMessage', 'Auto Resolve Message', { rows: 3, description: 'Message sent when a conversation is auto-resolved' }),
			field.boolean('autoResolveIgnoreWaiting', 'Auto Resolve Ignores Waiting Conversations', { description: 'Whether conversations waiting for an agent reply are left alone by auto-resolve' }),
			field.string('industry', 'Industry'),
			field.string('companySize', 'Company Size', { placeholder: 'e.g. 1-10' }),
			field.string('timezone', 'Timezone', { placeholder: 'e.g. America/Sao_Paulo' }),
		], { requireOne: 'needs at least one field to change' }),
	],
	request: ({ updateFields: u }) => ({
		method: 'PATCH',
		path: '',
		body: {
			name: u.name,
			locale: u.locale,
			domain: u.domain,
			support_email: u.supportEmail,
			auto_resolve_after: u.autoResolveAfter,
			auto_resolve_message: u.autoResolveMessage,
			auto_resolve_ignore_waiting: u.autoResolveIgnoreWaiting,
			industry: u.industry,
			company_size: u.companySize,
			timezone: u.timezone,
		},
	}),
});
