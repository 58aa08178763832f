import type { IDataObject } from 'n8n-workflow';
import { field, isEmail } from '@leadchat/core';
import { attributeFields, mergeAttributes } from '../../descriptions';

/** Chatwoot's own rule for phone numbers (Contact model): E.164, a "+" then up to 15 digits. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** Removes the separators people type in phone numbers (spaces, dashes, dots, parentheses). */
export function normalizePhone(value: string): string {
	return value.replace(/[\s\-().]/g, '');
}

/** A phone number in E.164, or a clear refusal naming the field. */
function checkedPhone(value: string, fieldName: string, fail: (field: string, problem: string) => never): string {
	const phone = normalizePhone(value);
	if (!E164.test(phone)) {
		fail(fieldName, `must be in E.164 format: "+", the country code, then the number, digits only (e.g. +14155550123); got "${value}"`);
	}
	return phone;
}

export function checkedEmail(value: string, fieldName: string, fail: (field: string, problem: string) => never): string {
	const email = value.trim();
	if (!isEmail(email)) fail(fieldName, `must be an email address (e.g. jane@example.com); got "${value}"`);
	return email;
}

/** Optional contact fields shared by create, update and create-or-update. */
export const contactOptionFields = () => [
	field.string('identifier', 'Identifier', { description: 'The ID of the contact in your own system (unique per account)' }),
	field.boolean('blocked', 'Blocked', { description: 'Whether the contact is blocked (their messages are ignored)' }),
	field.string('avatarUrl', 'Avatar URL', { description: 'URL of a JPEG or PNG image the server downloads as the avatar' }),
	...attributeFields('additionalAttributes', 'Additional Attributes', 'Standard extra details, e.g. company_name, city, country, description, social_profiles.'),
	...attributeFields('customAttributes', 'Custom Attributes', 'Values for the custom attributes defined on the account for contacts (by attribute key).'),
] as const;

export interface ContactInput {
	name?: string;
	email?: string;
	phoneNumber?: string;
	identifier?: string;
	blocked?: boolean;
	avatarUrl?: string;
	additionalAttributes?: Record<string, unknown>;
	additionalAttributesJson?: unknown;
	customAttributes?: Record<string, unknown>;
	customAttributesJson?: unknown;
	inboxId?: string;
}

/**
 * The request body of POST/PUT /contacts from the fields, with the phone number and email checked
 * the way the server checks them. `labels` names each field as the user sees it (for errors).
 */
export function contactBody(
	input: ContactInput,
	fail: (field: string, problem: string) => never,
	labels: { email: string; phoneNumber: string },
): IDataObject {
	const body: IDataObject = {};
	if (input.name !== undefined) body.name = input.name;
	if (input.email !== undefined) body.email = checkedEmail(input.email, labels.email, fail);
	if (input.phoneNumber !== undefined) body.phone_number = checkedPhone(input.phoneNumber, labels.phoneNumber, fail);
	if (input.identifier !== undefined) body.identifier = input.identifier;
	if (input.blocked !== undefined) body.blocked = input.blocked;
	if (input.avatarUrl !== undefined) body.avatar_url = input.avatarUrl;
	const additional = mergeAttributes(input.additionalAttributesJson, input.additionalAttributes);
	if (additional) body.additional_attributes = additional;
	const custom = mergeAttributes(input.customAttributesJson, input.customAttributes);
	if (custom) body.custom_attributes = custom;
	if (input.inboxId !== undefined) {
		if (!/^\d+$/.test(input.inboxId)) fail('Additional Fields → Inbox Name or ID', 'must be a numeric ID (digits only)');
		body.inbox_id = Number(input.inboxId);
	}
	return body;
}
