import { field } from '@leadchat/core';
import { agentOptionField } from '../../descriptions';
import { categoryOptionField } from '../category/helpers';

/** Article status as stored: 0 draft, 1 published, 2 archived. */
export const STATUSES = [
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
	{ name: 'Archived', value: 'archived' },
];
const STATUS_NUMBER: Record<string, number> = { draft: 0, published: 1, archived: 2 };

export const articleFields = () => [
	categoryOptionField('categoryId', 'Category Name or ID', 'Category of the article'),
	field.options('status', 'Status', STATUSES, { default: 'draft' }),
	field.string('locale', 'Locale', { placeholder: 'e.g. en' }),
	field.string('slug', 'Slug', { description: 'Empty: the server makes one from the title' }),
	field.string('description', 'Description', { rows: 2 }),
	field.number('position', 'Position', { integer: true, min: 0, description: 'Order of the article in its category' }),
	field.options('associatedArticleId', 'Associated Article Name or ID', [], {
		loadOptionsMethod: 'getArticleIds',
		loadOptionsDependsOn: ['portalSlug.value'],
		description: 'The same article in another language. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	field.json('meta', 'Meta (JSON)', { placeholder: '{"title": "…", "description": "…", "tags": ["billing"]}', description: 'SEO data used by the portal search' }),
] as const;

interface ArticleFields {
	title?: string;
	content?: string;
	authorId?: string;
	categoryId?: string;
	status?: string;
	locale?: string;
	slug?: string;
	description?: string;
	position?: number;
	associatedArticleId?: string;
	meta?: Record<string, unknown>;
}

const idOf = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export const articleBody = (f: ArticleFields) => ({
	title: f.title,
	content: f.content,
	author_id: idOf(f.authorId),
	category_id: idOf(f.categoryId),
	status: f.status === undefined ? undefined : STATUS_NUMBER[f.status],
	locale: f.locale,
	slug: f.slug,
	description: f.description,
	position: f.position,
	associated_article_id: idOf(f.associatedArticleId),
	meta: f.meta,
});

export function checkArticle(f: ArticleFields, prefix: string, fail: (field: string, problem: string) => never) {
	const ids: Array<[keyof ArticleFields, string]> = [
		['authorId', 'Author Name or ID'],
		['categoryId', 'Category Name or ID'],
		['associatedArticleId', 'Associated Article Name or ID'],
	];
	for (const [key, label] of ids) {
		const v = f[key];
		if (v !== undefined && !/^\d+$/.test(String(v))) fail(`${prefix}${label}`, 'must be a numeric ID');
	}
}

export const authorOptionField = () => agentOptionField('authorId', 'Author Name or ID');
