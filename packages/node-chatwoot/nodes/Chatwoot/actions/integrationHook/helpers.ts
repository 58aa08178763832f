import { field } from '@leadchat/core';

export const statusField = () =>
	field.options(
		'status',
		'Status',
		[
			{ name: 'Enabled', value: 'enabled' },
			{ name: 'Disabled', value: 'disabled' },
		],
		{ default: 'enabled' },
	);

/** Hook status as the server stores it: 0 disabled, 1 enabled. */
export const statusNumber = (status: string | undefined) => (status === undefined ? undefined : status === 'enabled' ? 1 : 0);

export const settingsField = <R extends boolean>(required: R) =>
	field.json('settings', 'Settings (JSON)', {
		required,
		placeholder: '{"project_id": "my-agent", "credentials": {…}}',
		description: 'The settings the app asks for (see its "fields" in Integration App → Get)',
	});
