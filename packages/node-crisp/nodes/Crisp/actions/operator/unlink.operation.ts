import { apiPath, defineOperation } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { written } from '../../helpers/output';

export const unlink = defineOperation({
	resource: 'operator',
	operation: 'unlink',
	name: 'Unlink',
	action: 'Remove an operator from the website',
	description: 'Unlink the operator from the website (their Crisp account stays); the last operator cannot be unlinked',
	fields: [operatorField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/operator/${p.userId}` }),
	output: written,
});
