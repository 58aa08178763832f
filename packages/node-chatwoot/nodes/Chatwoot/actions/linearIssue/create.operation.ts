import { compact, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { PRIORITIES, teamIdField } from './helpers';

export const create = defineOperation({
	resource: 'linearIssue',
	operation: 'create',
	name: 'Create',
	action: 'Create a Linear issue from a conversation',
	description: 'Create an issue in Linear for a conversation; Chatwoot posts an activity message in the conversation',
	fields: [
		conversationField(),
		teamIdField(),
		field.string('title', 'Title', { required: true }),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('description', 'Description', { rows: 4 }),
			field.string('assigneeId', 'Assignee ID', { description: 'A Linear user of the team (Get Team Entities lists them)' }),
			field.string('projectId', 'Project ID'),
			field.string('stateId', 'State ID', { description: 'A workflow state of the team' }),
			field.options('priority', 'Priority', PRIORITIES, { default: 0 }),
			field.stringList('labelIds', 'Label IDs', { description: 'Linear label IDs, separated by commas' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/integrations/linear/create_issue',
		body: compact({
			conversation_id: Number(p.conversationId),
			team_id: p.teamId,
			title: p.title,
			description: p.additionalFields.description,
			assignee_id: p.additionalFields.assigneeId,
			project_id: p.additionalFields.projectId,
			state_id: p.additionalFields.stateId,
			priority: p.additionalFields.priority === undefined ? undefined : Number(p.additionalFields.priority),
			label_ids: p.additionalFields.labelIds?.length ? p.additionalFields.labelIds : undefined,
		}),
	}),
});
