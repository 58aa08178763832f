import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

/**
 * The assignments endpoint assigns whatever `find_by(id:)` returns for the key it gets, so an id
 * that matches nobody unassigns: `assignee_id: 0` removes the agent (or bot), `team_id: 0` the
 * team. This is what Chatwoot's own dashboard sends for its "None" choice, and unlike `null` it
 * is valid for the OpenAPI spec (integer). A body with neither key changes nothing (the server
 * answers `null`), so "both" is two calls. The output is the conversation as it is afterwards.
 */
export const unassign = defineOperation({
	resource: 'conversationAssignment',
	operation: 'unassign',
	name: 'Unassign',
	action: 'Unassign a conversation',
	description: 'Remove the agent, the team, or both from a conversation',
	fields: [
		conversationField(),
		field.options(
			'what',
			'Remove',
			[
				{ name: 'Agent', value: 'agent', description: 'Remove the assigned agent or agent bot; the team stays' },
				{ name: 'Team', value: 'team', description: 'Remove the team; the agent stays' },
				{ name: 'Agent and Team', value: 'both' },
			],
			{ required: true, default: 'agent' },
		),
	],
	async execute(p, tools) {
		const path = apiPath`/conversations/${p.conversationId}/assignments`;
		if (p.what === 'agent' || p.what === 'both') await tools.request({ method: 'POST', path, body: { assignee_id: 0 } });
		if (p.what === 'team' || p.what === 'both') await tools.request({ method: 'POST', path, body: { team_id: 0 } });
		return tools.request({ method: 'GET', path: apiPath`/conversations/${p.conversationId}` });
	},
});
