import { defineOperation, field } from '@leadchat/core';
import { locatorField } from '../../descriptions';

const availabilityAccountField = locatorField('availabilityAccountId', 'Account', { searchListMethod: 'searchAccounts', description: 'The account whose availability to set' });

export const setAvailability = defineOperation({
	resource: 'profile',
	operation: 'setAvailability',
	name: 'Set Availability',
	action: 'Set the availability of the profile',
	description: 'Set whether the user who owns the token is online, busy or offline in one of its accounts',
	fields: [
		availabilityAccountField(),
		field.options(
			'availability',
			'Availability',
			[
				{ name: 'Online', value: 'online' },
				{ name: 'Busy', value: 'busy' },
				{ name: 'Offline', value: 'offline' },
			],
			{ default: 'online' },
		),
	],
	request: (p) => ({
		method: 'POST',
		path: '/profile/availability',
		family: 'root',
		body: { profile: { account_id: Number(p.availabilityAccountId), availability: p.availability } },
	}),
});
