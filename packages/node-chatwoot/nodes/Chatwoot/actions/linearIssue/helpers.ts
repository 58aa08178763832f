import { field } from '@leadchat/core';

/** A Linear team: its ID as Linear gives it (Get Teams lists them). */
export const teamIdField = () => field.string('teamId', 'Team ID', { required: true, placeholder: 'e.g. 9cfb482a-81e3-4154-b5b9-2c805e70a02d', description: 'The Linear team (the "Get Teams" operation lists them)' });

export const PRIORITIES = [
	{ name: 'No Priority', value: 0 },
	{ name: 'Urgent', value: 1 },
	{ name: 'High', value: 2 },
	{ name: 'Medium', value: 3 },
	{ name: 'Low', value: 4 },
];
