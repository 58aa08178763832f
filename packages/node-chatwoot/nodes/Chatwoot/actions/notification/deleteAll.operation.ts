import { defineOperation, field } from '@leadchat/core';

export const deleteAll = defineOperation({
	resource: 'notification',
	operation: 'deleteAll',
	name: 'Delete All',
	action: 'Delete all notifications',
	description: 'Delete every notification, or only the read ones, of the user of the credential (done in the background)',
	fields: [
		field.options(
			'which',
			'Which',
			[
				{ name: 'All', value: 'all' },
				{ name: 'Read Ones', value: 'read' },
			],
			{ required: true, default: 'read' },
		),
	],
	request: (p) => ({ method: 'POST', path: '/notifications/destroy_all', body: { type: p.which } }),
	output: () => ({ success: true }),
});
