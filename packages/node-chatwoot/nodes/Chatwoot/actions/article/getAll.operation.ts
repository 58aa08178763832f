import { apiPath, collect, defineOperation, field, returnAllOrLimit, wantedCount } from '@leadchat/core';
import type { IDataObject } from 'n8n-workflow';
import { portalField } from '../../descriptions';
import { chatwootRequest } from '../../transport';
import { STATUSES } from './shared';

interface Params {
	portalSlug: string;
	returnAll: boolean;
	limit?: number;
	filters: { locale?: string; categorySlug?: string; status?: string; authorId?: string; query?: string };
}

export const getAll = defineOperation<Params>({
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
	async execute(p, _tools, i) {
		const path = apiPath`/portals/${p.portalSlug}/articles`;
		const f = p.filters;
		const qs: IDataObject = { locale: f.locale, category_slug: f.categorySlug, status: f.status, author_id: f.authorId, query: f.query };
		const wanted = wantedCount(p.returnAll, p.limit);
		const ctx = this;
		// The page size is the server's; the walk stops at an empty page or once the total is in hand.
		async function* pages(): AsyncGenerator<IDataObject> {
			let seen = 0;
			for (let page = 1; seen < wanted; page++) {
				const { body } = await chatwootRequest.call(ctx, { method: 'GET', path, qs: { ...qs, page }, itemIndex: i });
				const items = ((body as IDataObject)?.payload ?? []) as IDataObject[];
				const meta = ((body as IDataObject)?.meta ?? {}) as IDataObject;
				for (const item of items) yield item;
				seen += items.length;
				const total = typeof meta.articles_count === 'number' ? meta.articles_count : undefined;
				if (items.length === 0 || (total !== undefined && seen >= total)) return;
			}
		}
		return collect(pages(), { returnAll: p.returnAll, limit: p.limit, uniqueBy: (a) => String(a.id) });
	},
});
