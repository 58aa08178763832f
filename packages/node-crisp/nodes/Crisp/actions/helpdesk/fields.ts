/**
 * Fields shared by the helpdesk resources (helpdesk, locales, articles, history, redirections).
 *
 * Crisp's knowledge base (the 11.x "content storage" API) keeps, per locale and content type, a tree
 * of groups (categories) and entries (articles) addressed by their path: slugs joined by "/", e.g.
 * `getting-started/install`. Both official clients put that path into the URL as it is, so a path of
 * two slugs is two URL segments. The node does the same, with each slug encoded on its own (core's
 * apiPath): a "/" inside a slug cannot exist, and "." or ".." as a slug is refused before any request.
 */
import { apiPath, field, pathSegmentProblem, type Field } from '@leadchat/core';

/** The content types of a helpdesk locale [C-client HelpdeskContentType]. */
export const CONTENT_TYPES = [
	{ name: 'Articles', value: 'articles' },
	{ name: 'Guides', value: 'guides' },
	{ name: 'News', value: 'news' },
	{ name: 'References', value: 'references' },
];

export const contentTypeField = () =>
	field.options('contentType', 'Content Type', CONTENT_TYPES, {
		required: true,
		default: 'articles',
		description: 'Which part of the knowledge base of this locale',
	});

/** A tree path without surrounding slashes or spaces around its slugs: " /a / b/ " → "a/b". */
export function normalizeTreePath(text: string): string {
	return text
		.trim()
		.replace(/^\/+|\/+$/g, '')
		.split('/')
		.map((slug) => slug.trim())
		.join('/');
}

/** Why a (normalized) tree path cannot be sent, or undefined when it can. */
export function treePathProblem(path: string): string | undefined {
	if (path === '') return 'is empty';
	for (const slug of path.split('/')) {
		if (slug === '') return 'has an empty part between two "/"';
		const problem = pathSegmentProblem(slug);
		if (problem) return `has a part that ${problem}`;
	}
	return undefined;
}

/** The tree path as URL segments: each slug one encoded segment, joined by "/". */
export const treePath = (path: string): string =>
	path
		.split('/')
		.map((slug) => apiPath`${slug}`)
		.join('/');

const TREE_PATH_HELP = 'Slugs from the top of the tree, joined by "/": a category, then an article in it';

/** A required tree path, normalized and checked before any request. */
export const treePathField = <N extends string = 'path'>(name: N = 'path' as N, displayName = 'Path', description = TREE_PATH_HELP): Field<string, N> => {
	const text = field.string(name, displayName, { required: true, placeholder: 'e.g. getting-started/install', description });
	return {
		...text,
		schema: text.schema.transform((value, ctx) => {
			const path = normalizeTreePath(value);
			const problem = treePathProblem(path);
			if (problem) return ctx.fail(problem);
			return path;
		}),
	};
};

/** A date filter Crisp reads as ISO 8601; sent in UTC. */
export const iso = (value: string | undefined): string | undefined => (value === undefined ? undefined : new Date(value).toISOString());

/** "Start" and "End" of a date range (`filter_date_start` / `filter_date_end`). */
export const dateRangeFields = () => [field.dateTime('dateStart', 'Start Date', { description: 'Only from this date on' }), field.dateTime('dateEnd', 'End Date', { description: 'Only up to this date' })] as const;

export const dateRangeQuery = (f: { dateStart?: string; dateEnd?: string }) => ({ filter_date_start: iso(f.dateStart), filter_date_end: iso(f.dateEnd) });
