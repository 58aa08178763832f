import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';
import { teamBody, teamField, teamFields } from './fields';

export const update = defineOperation({
	resource: 'team',
	operation: 'update',
	name: 'Update',
	action: 'Update a team',
	description: 'Change the fields given and keep the others: the team is read, then saved whole (Crisp replaces a team when it saves it)',
	fields: [teamField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...teamFields()], { requireOne: 'needs at least one field to change' })],
	async execute(p, tools) {
		const path = apiPath`/team/${p.teamId}`;
		const current = await tools.request<IDataObject>({ method: 'GET', path });
		return written(await tools.request({ method: 'PUT', path, body: teamBody(p.updateFields, current) }));
	},
});
