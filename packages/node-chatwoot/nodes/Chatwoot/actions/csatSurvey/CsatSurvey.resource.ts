import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';

export const csatSurvey: ResourceSpec = {
	value: 'csatSurvey',
	name: 'CSAT Survey Page',
	description: 'The public customer-satisfaction survey page of a conversation (any inbox of the install)',
	operations: [get],
	defaultOperation: get,
};
