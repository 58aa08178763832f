import { field } from '@leadchat/core';
import { isDataObject } from '../../descriptions';

export const visibilityField = () =>
	field.options(
		'visibility',
		'Visibility',
		[
			{ name: 'Personal', value: 'personal', description: 'Only you can run it' },
			{ name: 'Global', value: 'global', description: 'Every agent of the account can run it' },
		],
		{ default: 'personal' },
	);

export const macroActionsField = <R extends boolean>(required: R) =>
	field.json('actions', 'Actions (JSON)', {
		array: true,
		required,
		placeholder: '[{"action_name": "add_label", "action_params": ["vip"]}, {"action_name": "resolve_conversation"}]',
		description: 'Run in order on each conversation: add_label, remove_label, assign_agent, assign_team, send_message, add_private_note, change_priority, snooze_conversation, resolve_conversation, mute_conversation, send_email_transcript, send_webhook_event, send_attachment',
	});

export function checkActions(actions: unknown[] | undefined, displayName: string, fail: (field: string, problem: string) => never) {
	actions?.forEach((a, i) => {
		if (!isDataObject(a) || typeof a.action_name !== 'string') {
			fail(displayName, `has an entry (#${i + 1}) without "action_name"`);
		}
	});
}
