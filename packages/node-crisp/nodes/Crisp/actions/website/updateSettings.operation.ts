import { compact, defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';

const group = (name: 'chatbox' | 'emails' | 'inbox' | 'contact' | 'audit', label: string, example: string) =>
	field.json(name, label, { description: `The ${label.replace(/ \(JSON\)$/, '').toLowerCase()} settings to change, as Crisp names them, e.g. ${example}` });

export const updateSettings = defineOperation({
	resource: 'website',
	operation: 'updateSettings',
	name: 'Update Settings',
	action: 'Update the settings of a website',
	description: 'Change the settings given; each group given is merged into the current one',
	family: 'website',
	fields: [
		websiteField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.string('domain', 'Domain', { placeholder: 'e.g. acme.com' }),
				field.stringList('domainAlternates', 'Alternate Domains', { placeholder: 'e.g. shop.acme.com, acme.io' }),
				field.string('logo', 'Logo URL'),
				group('chatbox', 'Chatbox (JSON)', '{"color_theme": "blue", "welcome_message": "default"}'),
				group('emails', 'Emails (JSON)', '{"rating": true, "transcript": true}'),
				group('inbox', 'Inbox (JSON)', '{"lock_removal": false}'),
				group('contact', 'Contact (JSON)', '{"email": "support@acme.com"}'),
				group('audit', 'Audit (JSON)', '{"translate": true}'),
			],
			{ requireOne: 'needs at least one setting to change' },
		),
	],
	request: ({ updateFields: u }) => ({
		method: 'PATCH',
		path: '/settings',
		body: compact({ name: u.name, domain: u.domain, domain_alternates: u.domainAlternates, logo: u.logo, chatbox: u.chatbox, emails: u.emails, inbox: u.inbox, contact: u.contact, audit: u.audit }),
	}),
	output: written,
});
