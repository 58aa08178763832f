import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { agentOptionField, CONVERSATION_STATUSES, describedAs, labelsField, teamOptionField } from '../../descriptions';

export const updateConversations = defineOperation({
	resource: 'bulkAction',
	operation: 'updateConversations',
	name: 'Update Conversations',
	action: 'Update many conversations at once',
	description: 'Set the status, agent or team of many conversations, or add and remove labels; the server applies it in the background',
	fields: [
		field.stringList('conversationIds', 'Conversation IDs', {
			required: true,
			placeholder: 'e.g. 12, 13, 14',
			description: 'Conversation numbers (display IDs), separated by commas',
		}),
		field.collection('updateFields', 'Update Fields', [
			field.options('status', 'Status', CONVERSATION_STATUSES, { default: 'resolved' }),
			field.dateTime('snoozedUntil', 'Snoozed Until', { description: 'With status Snoozed: when the conversations reopen' }),
			describedAs(agentOptionField('assigneeId', 'Assignee Name or ID'), 'Agent to assign. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
			describedAs(teamOptionField('teamId', 'Team Name or ID'), 'Team to assign. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
			describedAs(labelsField('addLabels', 'Labels to Add', false), 'Labels added to every conversation (others are kept). Choose from the list, or specify names using an expression.'),
			describedAs(labelsField('removeLabels', 'Labels to Remove', false), 'Labels removed from every conversation. Choose from the list, or specify names using an expression.'),
		]),
	],
	async execute(p, tools) {
		const bad = p.conversationIds.find((id) => !/^\d+$/.test(id));
		if (bad !== undefined) tools.fail('Conversation IDs', `must contain numeric conversation IDs only; got "${bad}"`);
		const ids = p.conversationIds.map(Number);
		const u = p.updateFields;
		const fields: IDataObject = {};
		if (u.status !== undefined) fields.status = u.status;
		for (const [key, value, label] of [
			['assignee_id', u.assigneeId, 'Assignee Name or ID'],
			['team_id', u.teamId, 'Team Name or ID'],
		] as const) {
			if (value === undefined) continue;
			if (!/^\d+$/.test(value)) tools.fail(`Update Fields → ${label}`, 'must be a numeric ID (digits only)');
			fields[key] = Number(value);
		}
		const labels: IDataObject = {};
		if (u.addLabels?.length) labels.add = u.addLabels;
		if (u.removeLabels?.length) labels.remove = u.removeLabels;
		if (Object.keys(fields).length === 0 && Object.keys(labels).length === 0) {
			tools.fail('Update Fields', 'needs at least one change (status, assignee, team or labels)');
		}
		const body: IDataObject = { type: 'Conversation', ids };
		if (Object.keys(fields).length) body.fields = fields;
		if (Object.keys(labels).length) body.labels = labels;
		if (u.snoozedUntil !== undefined) {
			if (u.status !== 'snoozed') tools.fail('Update Fields → Snoozed Until', 'needs the status Snoozed');
			body.snoozed_until = new Date(u.snoozedUntil).toISOString();
		}
		await tools.request({ method: 'POST', path: '/bulk_actions', body });
		return { success: true, conversationIds: ids };
	},
});
