import type { IDataObject } from 'n8n-workflow';
import { field, type Field } from '@leadchat/core';
import { compact } from '../platformAccount/fields';

export interface UserFields {
	name?: string;
	email?: string;
	password?: string;
	displayName?: string;
	customAttributes?: IDataObject;
}

export const PASSWORD_HINT = 'At least 6 characters with an uppercase and a lowercase letter, a number and a special character';

export const userFields = (): Field[] => [
	field.string('displayName', 'Display Name', { description: 'The name shown to contacts' }),
	field.json('customAttributes', 'Custom Attributes (JSON)', { description: 'Any data to keep on the user' }),
];

export const userBody = (f: UserFields): IDataObject =>
	compact({
		name: f.name,
		display_name: f.displayName,
		email: f.email,
		password: f.password,
		custom_attributes: f.customAttributes,
	});
