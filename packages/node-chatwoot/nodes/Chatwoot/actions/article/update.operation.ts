import { apiPath, defineOperation, field } from '@leadchat/core';
import { articleField, portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { articleBody, articleFields, authorOptionField, checkArticle } from './helpers';

export const update = defineOperation({
	resource: 'article',
	operation: 'update',
	name: 'Update',
	action: 'Update an article',
	description: 'Edit, publish or archive an article',
	fields: [
		portalField(),
		articleField(),
		field.collection('updateFields', 'Update Fields', [
			field.string('title', 'Title'),
			field.string('content', 'Content', { rows: 8, description: 'The article body, in Markdown' }),
			authorOptionField(),
			...articleFields(),
		], { requireOne: 'needs at least one field to change' }),
	],
	check: (p, t) => {
		checkArticle(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}/articles/${p.articleId}`, body: articleBody(p.updateFields) }),
	output: payloadOf,
});
