import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { wholeList } from '../../lists';

export const getOperatorAvailabilities = defineOperation({
	resource: 'website',
	operation: 'getOperatorAvailabilities',
	name: 'Get Operator Availabilities',
	action: 'Get the availability of each operator',
	description: 'One item per operator: { user_id, type (online, away, offline), time }',
	family: 'website',
	fields: [websiteField(), ...returnAllOrLimit()],
	list: wholeList(() => '/availability/operators', undefined, 'user_id'),
});
