import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { submit } from './submit.operation';

export const csatSurvey: ResourceSpec = {
	value: 'csatSurvey',
	name: 'CSAT Survey',
	description: "The customer-satisfaction survey of a conversation (any inbox of the install), through Chatwoot's public survey API",
	operations: [get, submit],
	defaultOperation: get,
};
