import { defineOperation } from '@leadchat/core';
import { teamIdField } from './helpers';

export const getTeamEntities = defineOperation({
	resource: 'linearIssue',
	operation: 'getTeamEntities',
	name: 'Get Team Entities',
	action: 'Get the users, projects, states and labels of a Linear team',
	description: 'What an issue of the team can be given: its users (assignees), projects, workflow states and labels',
	fields: [teamIdField()],
	request: (p) => ({ method: 'GET', path: '/integrations/linear/team_entities', qs: { team_id: p.teamId } }),
});
