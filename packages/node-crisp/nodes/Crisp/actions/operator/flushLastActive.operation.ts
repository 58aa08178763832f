import { defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';

export const flushLastActive = defineOperation({
	resource: 'operator',
	operation: 'flushLastActive',
	name: 'Flush Last Active',
	action: 'Flush the last active operators',
	description: 'Empty the list of last active operators that the chatbox shows visitors',
	fields: [],
	request: () => ({ method: 'DELETE', path: '/operators/active' }),
	output: written,
});
