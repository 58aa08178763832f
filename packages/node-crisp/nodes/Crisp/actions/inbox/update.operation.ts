import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { written } from '../../helpers/output';
import { inboxBody, inboxFields } from './fields';

export const update = defineOperation({
	resource: 'inbox',
	operation: 'update',
	name: 'Update',
	action: 'Update an inbox',
	description: 'Change the fields given and keep the others: the inbox is read, then saved whole (Crisp replaces an inbox when it saves it)',
	fields: [inboxField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...inboxFields()], { requireOne: 'needs at least one field to change' })],
	async execute(p, tools) {
		const path = apiPath`/inbox/${p.inboxId}`;
		const current = await tools.request<IDataObject>({ method: 'GET', path });
		return written(await tools.request({ method: 'PUT', path, body: inboxBody(p.updateFields, current) }));
	},
});
