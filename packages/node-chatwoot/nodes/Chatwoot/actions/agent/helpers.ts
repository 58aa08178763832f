import { field } from '@leadchat/core';

export const ROLES = [
	{ name: 'Agent', value: 'agent' },
	{ name: 'Administrator', value: 'administrator' },
];

const AVAILABILITIES = [
	{ name: 'Online', value: 'online' },
	{ name: 'Busy', value: 'busy' },
	{ name: 'Offline', value: 'offline' },
];

/** Availability and auto-offline, shared by create and update. */
export const presenceFields = () => [
	field.options('availability', 'Availability', AVAILABILITIES, { default: 'online', description: 'The availability the agent is set to' }),
	field.boolean('autoOffline', 'Auto Offline', { default: true, description: 'Whether the agent is marked offline automatically when away' }),
] as const;
