import type { IDataObject } from 'n8n-workflow';
import { compact, field } from '@leadchat/core';

/** An inbox's fields [C-client WebsiteInbox]: emoji, position, members and the routing conditions. */
export const inboxFields = () =>
	[
		field.string('emoji', 'Emoji', { placeholder: 'e.g. 🛒' }),
		field.number('order', 'Order', { integer: true, min: 0, description: 'Position of the inbox in the list' }),
		field.multiOptions('operators', 'Operators', [], {
			loadOptionsMethod: 'getOperators',
			description: 'Operators who see the inbox. Choose from the list, or specify user IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		field.multiOptions('teams', 'Teams', [], {
			loadOptionsMethod: 'getTeams',
			description: 'Teams who see the inbox. Choose from the list, or specify team IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		field.json('conditions', 'Conditions (JSON)', {
			array: true,
			description:
				'Which conversations go to this inbox: a JSON array of {model, criterion, operator, query}, e.g. [{"model": "session", "criterion": "segments", "operator": "eq", "query": ["sales"]}]',
		}),
	] as const;

/** The inbox fields Crisp takes; `current` fills what was not given (PUT replaces the whole inbox). */
export function inboxBody(v: { name?: string; emoji?: string; order?: number; operators?: string[]; teams?: string[]; conditions?: unknown[] }, current: IDataObject = {}): IDataObject {
	return compact({
		name: v.name ?? current.name,
		emoji: v.emoji ?? current.emoji,
		order: v.order ?? current.order,
		operators: v.operators ?? current.operators,
		teams: v.teams ?? current.teams,
		conditions: v.conditions ?? current.conditions,
	});
}
