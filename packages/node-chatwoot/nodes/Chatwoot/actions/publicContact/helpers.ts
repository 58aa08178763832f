import { compact, field, type CollectionValue } from '@leadchat/core';

export const publicContactFields = () => [
	field.string('identifier', 'Identifier', { description: 'Your own ID for this person (e.g. the user ID in your app)' }),
	field.string('identifierHash', 'Identifier Hash', {
		description: "HMAC-SHA256 of the identifier with the inbox's HMAC token, when the inbox enforces identity validation",
	}),
	field.string('name', 'Name'),
	field.string('email', 'Email', { placeholder: 'name@email.com' }),
	field.string('phoneNumber', 'Phone Number', { placeholder: '+5491100000000', description: 'In E.164 format' }),
	field.string('avatarUrl', 'Avatar URL', { placeholder: 'https://example.com/avatar.png' }),
	field.json('customAttributes', 'Custom Attributes (JSON)', { description: 'Values of the contact custom attributes, e.g. {"plan": "pro"}' }),
] as const;

/** The body of a create or update: only what the user set. */
export const publicContactBody = (f: CollectionValue<ReturnType<typeof publicContactFields>>) =>
	compact({
		identifier: f.identifier,
		identifier_hash: f.identifierHash,
		name: f.name,
		email: f.email,
		phone_number: f.phoneNumber,
		avatar_url: f.avatarUrl,
		custom_attributes: f.customAttributes,
	});
