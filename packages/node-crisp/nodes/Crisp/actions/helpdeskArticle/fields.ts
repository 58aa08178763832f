/**
 * The address of one entry of a helpdesk tree: locale, content type and path. Every route of the
 * tree takes all three in the same order: `/helpdesk/tree/<kind>/{locale}/{contentType}/{path}`.
 */
import { apiPath } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField, treePath, treePathField } from '../helpdesk/fields';

export const entryFields = () => [localeField(), contentTypeField(), treePathField()] as const;

/** `/helpdesk/tree/<kind>/{locale}/{contentType}/<slug>/<slug>…`, every part one encoded segment. */
export const entryPath = (kind: 'path' | 'content' | 'metadata' | 'page', p: { locale: string; contentType: string; path: string }): string =>
	`${apiPath`/helpdesk/tree/${kind}/${p.locale}/${p.contentType}`}/${treePath(p.path)}`;

/** What a write on an entry gives: the entry's address. */
export const entryDone = (p: { locale: string; contentType: string; path: string }) => ({ success: true, locale: p.locale, content_type: p.contentType, path: p.path });
