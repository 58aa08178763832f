import { compact, field, type CollectionValue } from '@leadchat/core';

export const PASSWORD_HINT = 'At least 6 characters with an uppercase and a lowercase letter, a number and a special character';

export const userFields = () => [
	field.string('displayName', 'Display Name', { description: 'The name shown to contacts' }),
	field.json('customAttributes', 'Custom Attributes (JSON)', { description: 'Any data to keep on the user' }),
] as const;

type UserFields = CollectionValue<ReturnType<typeof userFields>> & { name?: string; email?: string; password?: string };

/** The body of a create or update: only what the user set. */
export const userBody = (f: UserFields) =>
	compact({
		name: f.name,
		display_name: f.displayName,
		email: f.email,
		password: f.password,
		custom_attributes: f.customAttributes,
	});
