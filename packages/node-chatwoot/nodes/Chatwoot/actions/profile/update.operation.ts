import { compact, defineOperation, field } from '@leadchat/core';

export const update = defineOperation({
	resource: 'profile',
	operation: 'update',
	name: 'Update',
	action: 'Update the profile',
	description: 'Update the user who owns the access token',
	fields: [
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.string('displayName', 'Display Name', { description: 'The name shown to contacts' }),
				field.string('email', 'Email', { placeholder: 'name@email.com' }),
				field.string('phoneNumber', 'Phone Number', { placeholder: '+5491100000000', description: 'In E.164 format' }),
				field.string('messageSignature', 'Message Signature', { rows: 3, description: 'Appended to messages when the signature is enabled' }),
				field.json('uiSettings', 'UI Settings (JSON)', { description: 'Dashboard preferences; Chatwoot merges them into the stored ones' }),
				field.string('currentPassword', 'Current Password', { password: true, description: 'Needed to set a new password' }),
				field.string('password', 'New Password', {
					password: true,
					description: 'Uppercase, lowercase, a number and a special character. Sent as both password and its confirmation.',
				}),
			],
			{ requireOne: 'needs at least one field' },
		),
	],
	check(p, tools) {
		const f = p.updateFields;
		if (f.password !== undefined && f.currentPassword === undefined) tools.fail('Update Fields → Current Password', 'is required to set a new password');
		if (f.currentPassword !== undefined && f.password === undefined) tools.fail('Update Fields → New Password', 'is required with the current password');
	},
	request(p) {
		const f = p.updateFields;
		const password = f.password !== undefined ? { current_password: f.currentPassword, password: f.password, password_confirmation: f.password } : {};
		const profile = compact({
			name: f.name,
			display_name: f.displayName,
			email: f.email,
			phone_number: f.phoneNumber,
			message_signature: f.messageSignature,
			ui_settings: f.uiSettings,
			...password,
		});
		return { method: 'PUT', path: '/profile', family: 'root', body: { profile } };
	},
});
