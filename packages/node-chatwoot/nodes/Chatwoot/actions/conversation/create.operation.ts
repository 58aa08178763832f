import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { agentOptionField, attributeFields, contactField, describedAs, inboxField, mergeAttributes, requiredWhenShown, teamOptionField } from '../../descriptions';
import { numericId } from './helpers';

export const create = defineOperation({
	resource: 'conversation',
	operation: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description: 'Start a conversation with a contact in an inbox, optionally with a first message',
	fields: [
		field.options(
			'startWith',
			'Start With',
			[
				{ name: 'Contact and Inbox', value: 'contact', description: 'The server links the contact to the inbox if needed' },
				{ name: 'Source ID', value: 'sourceId', description: 'The source ID of an existing contact inbox' },
			],
			{ required: true, default: 'contact' },
		),
		requiredWhenShown(contactField(), { startWith: ['contact'] }),
		requiredWhenShown(inboxField(), { startWith: ['contact'] }),
		requiredWhenShown(field.string('sourceId', 'Source ID', { description: 'The source ID of the contact inbox (see Contact → Get Contactable Inboxes)' }), {
			startWith: ['sourceId'],
		}),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('sourceId', 'Contact Inbox Source ID', { description: 'With Contact and Inbox: the source ID to use when the contact gets linked to the inbox' }),
			field.options(
				'status',
				'Status',
				[
					{ name: 'Open', value: 'open' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Resolved', value: 'resolved' },
				],
				{ default: 'open' },
			),
			describedAs(agentOptionField('assigneeId', 'Assignee Name or ID'), 'Agent to assign. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
			describedAs(teamOptionField('teamId', 'Team Name or ID'), 'Team to assign. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
			field.dateTime('snoozedUntil', 'Snoozed Until', { description: 'Snooze the conversation until this time' }),
			field.string('message', 'First Message', { rows: 3, description: 'Text of a first (outgoing) message' }),
			field.json('templateParams', 'First Message Template Params (JSON)', {
				description: 'WhatsApp template of the first message: {"name", "category", "language", "processed_params"}',
			}),
			...attributeFields('additionalAttributes', 'Additional Attributes', 'Details such as browser, referer or initiated_at.'),
			...attributeFields('customAttributes', 'Custom Attributes', 'Values for the conversation custom attributes defined on the account.'),
		]),
	],
	async execute(p, tools) {
		const a = p.additionalFields;
		const body: IDataObject = {};
		if (p.startWith === 'sourceId') {
			if (p.sourceId === undefined) return tools.fail('Source ID', 'is required');
			body.source_id = p.sourceId;
		} else {
			if (p.contactId === undefined) return tools.fail('Contact', 'is required');
			if (p.inboxId === undefined) return tools.fail('Inbox', 'is required');
			body.inbox_id = Number(p.inboxId);
			body.contact_id = Number(p.contactId);
			if (a.sourceId !== undefined) body.source_id = a.sourceId;
		}
		if (a.status !== undefined) body.status = a.status;
		const assignee = numericId(a.assigneeId, 'Additional Fields → Assignee Name or ID', tools.fail);
		if (assignee !== undefined) body.assignee_id = assignee;
		const team = numericId(a.teamId, 'Additional Fields → Team Name or ID', tools.fail);
		if (team !== undefined) body.team_id = team;
		if (a.snoozedUntil !== undefined) body.snoozed_until = new Date(a.snoozedUntil).toISOString();
		const additional = mergeAttributes(a.additionalAttributesJson, a.additionalAttributes);
		if (additional) body.additional_attributes = additional;
		const custom = mergeAttributes(a.customAttributesJson, a.customAttributes);
		if (custom) body.custom_attributes = custom;
		if (a.templateParams !== undefined && a.message === undefined) {
			tools.fail('Additional Fields → First Message', 'is required with template params (the server needs the message text too)');
		}
		if (a.message !== undefined) {
			body.message = { content: a.message, ...(a.templateParams !== undefined ? { template_params: a.templateParams } : {}) };
		}
		return tools.request({ method: 'POST', path: '/conversations', body });
	},
});
