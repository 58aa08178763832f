import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';

export const videoMeeting: ResourceSpec = {
	value: 'videoMeeting',
	name: 'Video Meeting',
	description: 'Dyte video meetings in conversations',
	operations: [create],
	defaultOperation: create,
};
