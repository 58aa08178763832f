import { apiPath, defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';

/** [C] "online" is shown in the operator example; "away" and "offline" are [I]. */
const STATUSES = [
	{ name: 'Online', value: 'online' },
	{ name: 'Away', value: 'away' },
	{ name: 'Offline', value: 'offline' },
];

export const setStatus = defineOperation({
	resource: 'operator',
	operation: 'setStatus',
	name: 'Set Status',
	action: "Set an operator's status",
	fields: [operatorField(), field.options('status', 'Status', STATUSES, { required: true })],
	request: (p) => ({ method: 'PUT', path: apiPath`/operators/${p.operatorId}/status`, body: { status: p.status } }),
});
