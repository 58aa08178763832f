import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentField, portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { articleBody, articleFields, checkArticle } from './helpers';

export const create = defineOperation({
	resource: 'article',
	operation: 'create',
	name: 'Create',
	action: 'Create an article',
	description: 'Write an article in a Help Center portal',
	fields: [
		portalField(),
		field.string('title', 'Title', { required: true }),
		field.string('content', 'Content', { required: true, rows: 8, description: 'The article body, in Markdown' }),
		agentField('authorId', 'Author'),
		field.collection('additionalFields', 'Additional Fields', articleFields()),
	],
	check: (p, t) => checkArticle(p.additionalFields, 'Additional Fields → ', t.fail),
	request: (p) => ({
		method: 'POST',
		path: apiPath`/portals/${p.portalSlug}/articles`,
		body: articleBody({ ...p.additionalFields, title: p.title, content: p.content, authorId: p.authorId }),
	}),
	output: payloadOf,
});
