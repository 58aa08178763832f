import { apiPath, defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { portalField } from '../../descriptions';
import { PAGE_SIZE, readArticlePage } from '../../helpers/lists';
import { STATUSES } from './helpers';

export const getAll = defineOperation({
	resource: 'article',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many articles',
	description: 'List the articles of a Help Center portal, page by page',
	fields: [
		portalField(),
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			field.string('locale', 'Locale', { placeholder: 'e.g. en' }),
			field.string('categorySlug', 'Category Slug'),
			field.options('status', 'Status', STATUSES),
			field.options('authorId', 'Author Name or ID', [], {
				loadOptionsMethod: 'getAgents',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			}),
			field.string('query', 'Search', { description: 'Only the articles whose title or content match' }),
		]),
		],
	check: (p, t) => {
		if (p.filters.authorId !== undefined && !/^\d+$/.test(p.filters.authorId)) t.fail('Filters → Author Name or ID', 'must be a numeric ID');
	},
	// The walk stops once the total (meta.articles_count) is in hand, or at an empty page.
	list: {
		request: ({ portalSlug, filters: f }) => ({
			method: 'GET',
			path: apiPath`/portals/${portalSlug}/articles`,
			qs: { locale: f.locale, category_slug: f.categorySlug, status: f.status, author_id: f.authorId, query: f.query },
		}),
		paging: paging.pageNumber(PAGE_SIZE.articles),
		read: readArticlePage,
	},
});
