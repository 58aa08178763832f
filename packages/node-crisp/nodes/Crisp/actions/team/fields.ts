import type { IDataObject } from 'n8n-workflow';
import { compact, field } from '@leadchat/core';
import { loadedField } from '../../descriptions';

/** A team of the website, from the list or by ID. */
export const teamField = <N extends string = 'teamId'>(name: N = 'teamId' as N) => loadedField(name, 'Team', true, 'getTeams', 'a team ID');

/** A team's fields [C-client WebsiteTeam]: its name, emoji and operators. */
export const teamFields = () =>
	[
		field.string('emoji', 'Emoji', { placeholder: 'e.g. 🛠️' }),
		field.multiOptions('operators', 'Operators', [], {
			loadOptionsMethod: 'getOperators',
			description: 'Members of the team. Choose from the list, or specify user IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
	] as const;

/** The body Crisp takes for a team; `current` fills what was not given (PUT replaces the whole team). */
export function teamBody(v: { name?: string; emoji?: string; operators?: string[] }, current: IDataObject = {}): IDataObject {
	return compact({ name: v.name ?? current.name, emoji: v.emoji ?? current.emoji, operators: v.operators ?? current.operators });
}
