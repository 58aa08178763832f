import { compact, field, type CollectionValue } from '@leadchat/core';

/** Ids of the Platform API are numeric database ids of objects the Platform App created or was granted. */
export const platformAccountIdField = () =>
	field.id('platformAccountId', 'Account ID', {
		numeric: true,
		placeholder: 'e.g. 12',
		description: 'An account the Platform App created or was granted access to',
	});
export const platformUserIdField = () =>
	field.id('userId', 'User ID', { numeric: true, placeholder: 'e.g. 7', description: 'A user the Platform App created or was granted access to' });
export const platformAgentBotIdField = () =>
	field.id('agentBotId', 'Agent Bot ID', { numeric: true, placeholder: 'e.g. 3', description: 'An agent bot the Platform App created' });

/** The optional account fields shared by create and update. */
export const accountFields = () => [
	field.string('locale', 'Locale', { placeholder: 'en', description: 'Language of the account (e.g. en, es, pt_BR)' }),
	field.string('domain', 'Domain', { placeholder: 'example.com', description: 'Domain used for the account\'s email channel' }),
	field.string('supportEmail', 'Support Email', { placeholder: 'support@example.com' }),
	field.options('status', 'Status', [
		{ name: 'Active', value: 'active' },
		{ name: 'Suspended', value: 'suspended', description: 'Its users can no longer use the account' },
	]),
	field.json('limits', 'Limits (JSON)', { description: 'Plan limits, e.g. {"agents": 5, "inboxes": 3}' }),
	field.json('customAttributes', 'Custom Attributes (JSON)', { description: 'Any data to keep on the account' }),
] as const;

type AccountFields = CollectionValue<ReturnType<typeof accountFields>>;

/** The body of a create or update: only what the user set. */
export const accountBody = (name: string | undefined, f: AccountFields) =>
	compact({
		name,
		locale: f.locale,
		domain: f.domain,
		support_email: f.supportEmail,
		status: f.status,
		limits: f.limits,
		custom_attributes: f.customAttributes,
	});
