import type { IDataObject } from 'n8n-workflow';
import { compact, defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { written } from '../../helpers/output';

export const sendEmail = defineOperation({
	resource: 'operator',
	operation: 'sendEmail',
	name: 'Email Operators',
	action: 'Send an email to operators',
	description: 'Crisp emails the operators of the website (or one of them) with a subject, a message and an optional link',
	fields: [
		field.string('subject', 'Subject', { required: true }),
		field.string('message', 'Message', { required: true, rows: 4 }),
		field.collection('options', 'Options', [
			operatorField('userId', 'Operator', false),
			field.string('recipient', 'Recipient', { description: 'Which operators receive it, as Crisp names the group; leave empty for its default' }),
			field.string('linkLabel', 'Link Label', { placeholder: 'e.g. Open the order' }),
			field.string('linkUrl', 'Link URL', { placeholder: 'e.g. https://shop.example/orders/42' }),
		]),
	],
	check(p, tools) {
		const { linkLabel, linkUrl } = p.options;
		if ((linkLabel === undefined) !== (linkUrl === undefined)) tools.fail(linkLabel === undefined ? 'Options → Link Label' : 'Options → Link URL', 'is required with the other half of the link');
	},
	request: ({ subject, message, options: o }) => {
		const target: IDataObject | undefined = o.linkUrl === undefined ? undefined : { label: o.linkLabel, url: o.linkUrl };
		return { method: 'POST', path: '/operators/email', body: compact({ recipient: o.recipient, user_id: o.userId, subject, message, target }) };
	},
	output: written,
});
