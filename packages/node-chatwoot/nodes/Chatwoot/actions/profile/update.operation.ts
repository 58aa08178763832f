import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';

interface Params {
	updateFields: {
		name?: string;
		displayName?: string;
		email?: string;
		phoneNumber?: string;
		messageSignature?: string;
		uiSettings?: IDataObject;
		currentPassword?: string;
		password?: string;
	};
}

export const update = defineOperation<Params>({
	resource: 'profile',
	operation: 'update',
	name: 'Update',
	action: 'Update the profile',
	description: 'Update the user who owns the access token',
	fields: [
		field.collection('updateFields', 'Update Fields', [
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
		]),
	],
	check(p, tools) {
		const f = p.updateFields;
		if (!Object.values(f).some((v) => v !== undefined)) tools.fail('Update Fields', 'needs at least one field');
		if (f.password !== undefined && f.currentPassword === undefined) tools.fail('Update Fields → Current Password', 'is required to set a new password');
		if (f.currentPassword !== undefined && f.password === undefined) tools.fail('Update Fields → New Password', 'is required with the current password');
	},
	request(p) {
		const f = p.updateFields;
		const profile: IDataObject = {
			name: f.name,
			display_name: f.displayName,
			email: f.email,
			phone_number: f.phoneNumber,
			message_signature: f.messageSignature,
			ui_settings: f.uiSettings,
		};
		if (f.password !== undefined) {
			profile.current_password = f.currentPassword;
			profile.password = f.password;
			profile.password_confirmation = f.password;
		}
		for (const key of Object.keys(profile)) if (profile[key] === undefined) delete profile[key];
		return { method: 'PUT', path: '/profile', family: 'root', body: { profile } };
	},
});
