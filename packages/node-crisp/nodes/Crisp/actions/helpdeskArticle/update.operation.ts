import { compact, defineOperation, field } from '@leadchat/core';
import { normalizeTreePath, treePathProblem } from '../helpdesk/fields';
import { entryDone, entryFields, entryPath } from './fields';

/**
 * PATCH a tree path: "moves a helpdesk tree path or changes its display order" [C-go]. The body is
 * `{action, path: {to}, position}` [C-client HelpdeskTreePathUpdate]; neither client nor the docs
 * list the action's values, so it is free text, "move" by default [I].
 */
export const update = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'update',
	name: 'Update',
	action: 'Move or reorder a helpdesk article',
	description: 'Move an entry or group (with what is under it) to another path, or change its position among its siblings',
	fields: [
		...entryFields(),
		field.string('treeAction', 'Action', {
			required: true,
			default: 'move',
			description: 'The update Crisp applies, as its API names it ("move" to move the entry to New Path)',
		}),
		field.string('newPath', 'New Path', { placeholder: 'e.g. billing/install', description: 'Where the entry goes (slugs joined by "/")' }),
		field.number('position', 'Position', { integer: true, min: 0, description: 'Its place among its siblings' }),
	],
	check: (p, t) => {
		if (p.newPath !== undefined) {
			const problem = treePathProblem(normalizeTreePath(p.newPath));
			if (problem) t.fail('New Path', problem);
		}
		if (p.treeAction.trim() === 'move' && p.newPath === undefined) t.fail('New Path', 'is required to move an entry');
	},
	request: (p) => ({
		method: 'PATCH',
		path: entryPath('path', p),
		body: compact({ action: p.treeAction.trim(), path: p.newPath === undefined ? undefined : { to: normalizeTreePath(p.newPath) }, position: p.position }),
	}),
	output: (_body, p) => ({ ...entryDone(p), ...(p.newPath === undefined ? {} : { new_path: normalizeTreePath(p.newPath) }) }),
});
