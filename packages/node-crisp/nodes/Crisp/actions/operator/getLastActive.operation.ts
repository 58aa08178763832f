import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { wholeList } from '../../lists';

export const getLastActive = defineOperation({
	resource: 'operator',
	operation: 'getLastActive',
	name: 'Get Last Active',
	action: 'Get the last active operators',
	description: 'The operators seen most recently, newest first: { user_id, nickname, avatar, timestamp }',
	fields: [...returnAllOrLimit()],
	list: wholeList(() => '/operators/active', undefined, 'user_id'),
});
