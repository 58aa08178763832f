import { apiPath, defineOperation, field } from '@leadchat/core';
import { articleField, portalField, requireAnyField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { articleBody, articleFields, authorOptionField, checkArticle, type ArticleFields } from './shared';

export const update = defineOperation<{ portalSlug: string; articleId: string; updateFields: ArticleFields }>({
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
		]),
	],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkArticle(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalSlug}/articles/${p.articleId}`, body: articleBody(p.updateFields) }),
	output: payloadOf,
});
