import { defineOperation, field } from '@leadchat/core';
import { locatorField } from '../../descriptions';

const autoOfflineAccountField = locatorField('autoOfflineAccountId', 'Account', { searchListMethod: 'searchAccounts', description: 'The account whose setting to change' });

export const setAutoOffline = defineOperation({
	resource: 'profile',
	operation: 'setAutoOffline',
	name: 'Set Auto Offline',
	action: 'Set whether the profile goes offline automatically',
	description: 'Set whether the user who owns the token is marked offline when it leaves the dashboard, in one of its accounts',
	fields: [autoOfflineAccountField(), field.boolean('autoOffline', 'Auto Offline', { default: true, description: 'Whether to go offline automatically' })],
	request: (p) => ({
		method: 'POST',
		path: '/profile/auto_offline',
		family: 'root',
		body: { profile: { account_id: Number(p.autoOfflineAccountId), auto_offline: p.autoOffline } },
	}),
});
