import { field } from '@leadchat/core';
import { isDataObject } from '../../descriptions';
import { checkActions } from '../macro/helpers';

const EVENTS = [
	{ name: 'Conversation Created', value: 'conversation_created' },
	{ name: 'Conversation Opened', value: 'conversation_opened' },
	{ name: 'Conversation Resolved', value: 'conversation_resolved' },
	{ name: 'Conversation Updated', value: 'conversation_updated' },
	{ name: 'Message Created', value: 'message_created' },
];

export const eventField = <R extends boolean>(required: R) => field.options('eventName', 'Event', EVENTS, { required, default: 'conversation_created', description: 'When the rule runs' });

export const conditionsField = <R extends boolean>(required: R) =>
	field.json('conditions', 'Conditions (JSON)', {
		array: true,
		required,
		placeholder: '[{"attribute_key": "content", "filter_operator": "contains", "values": ["refund"], "query_operator": null}]',
		description: 'When the actions apply: conditions joined by query_operator (AND/OR)',
	});

export const actionsField = <R extends boolean>(required: R) =>
	field.json('actions', 'Actions (JSON)', {
		array: true,
		required,
		placeholder: '[{"action_name": "add_label", "action_params": ["billing"]}]',
		description: 'What to do, e.g. add_label, assign_agent, assign_team, send_message, resolve_conversation',
	});

export const ruleFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.boolean('active', 'Active', { default: true, description: 'Whether the rule runs' }),
] as const;

interface RuleFields {
	name?: string;
	eventName?: string;
	conditions?: unknown[];
	actions?: unknown[];
	description?: string;
	active?: boolean;
}

export const ruleBody = (f: RuleFields) => ({
	name: f.name,
	description: f.description,
	event_name: f.eventName,
	active: f.active,
	conditions: f.conditions,
	actions: f.actions,
});

/** Each condition must name an attribute and an operator; each action its name. */
export function checkRule(f: RuleFields, prefix: string, fail: (field: string, problem: string) => never) {
	f.conditions?.forEach((c, i) => {
		if (!isDataObject(c) || typeof c.attribute_key !== 'string' || typeof c.filter_operator !== 'string') {
			fail(`${prefix}Conditions (JSON)`, `has an entry (#${i + 1}) without "attribute_key" and "filter_operator"`);
		}
	});
	checkActions(f.actions, `${prefix}Actions (JSON)`, fail);
}
