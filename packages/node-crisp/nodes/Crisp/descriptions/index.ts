/**
 * Fields shared by several Crisp resources. Each keeps its literal name in its type, so operations
 * infer their parameters from their fields.
 */
import type { INodeProperties } from 'n8n-workflow';
import { field, named } from '@leadchat/core';

/**
 * The website every website-scoped call is for, after the Operation: chosen from the websites the
 * token reaches, typed as an ID, or left empty for the credential's default website.
 */
export const websiteProperty: INodeProperties = {
	displayName: 'Website',
	name: 'websiteId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The Crisp website (workspace) to work in; leave empty to use the credential's Default Website ID",
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchWebsites', searchable: true } },
		{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 8c842203-7ed8-4e29-a608-7cf78a7d2fcc' },
	],
};

/** A conversation by its session ID (`session_…`), searchable by visitor name, email or text. */
export const sessionField = <N extends string = 'sessionId'>(name: N = 'sessionId' as N, displayName = 'Conversation') =>
	named(field.resourceLocator(name, displayName, { searchListMethod: 'searchConversations', idPlaceholder: 'e.g. session_36ba3566-9651-4790-afc8-ffedbccc317f' }));

/** A people profile by its ID, searchable by name or email (Crisp also accepts the email as the ID). */
export const peopleField = <N extends string = 'peopleId'>(name: N = 'peopleId' as N, displayName = 'Person') =>
	named(
		field.resourceLocator(name, displayName, {
			searchListMethod: 'searchPeople',
			idPlaceholder: 'e.g. c5a0a3d9-3ae2-4dba-9ff6-7e4e5d7bb1f7 or jane@example.com',
			description: 'A people profile: choose it, or give its ID or its email address',
		}),
	);

/**
 * A dropdown of the website's records loaded by `loadOptionsMethod`; an ID can still come from an
 * expression (`what` names it: "an ID", "an inbox ID").
 */
export const loadedField = <N extends string, R extends boolean>(name: N, displayName: string, required: R, loadOptionsMethod: string, what: string) =>
	named(
		field.options(name, displayName, [], {
			loadOptionsMethod,
			required,
			description: `Choose from the list, or specify ${what} using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
		}),
	);

/** An operator (user) of the website. */
export const operatorField = <N extends string = 'userId', R extends boolean = true>(name: N = 'userId' as N, displayName = 'Operator', required: R = true as R) =>
	loadedField(name, displayName, required, 'getOperators', 'an ID');

/** An inbox of the website (Crisp's inboxes sort conversations, e.g. by team or channel). */
export const inboxField = <N extends string = 'inboxId', R extends boolean = true>(name: N = 'inboxId' as N, displayName = 'Inbox', required: R = true as R) =>
	loadedField(name, displayName, required, 'getInboxes', 'an inbox ID');

/** Helpdesk locale, e.g. "en". */
export const localeField = <N extends string = 'locale'>(name: N = 'locale' as N) =>
	named(
		// A locator, not a dropdown: its list loads only when opened (a dropdown loads with the form,
		// before n8n has attached the credential to a fresh node). A plain code saved earlier still reads.
		field.resourceLocator(name, 'Locale', {
			searchListMethod: 'searchHelpdeskLocales',
			idPlaceholder: 'e.g. en',
			description: 'The helpdesk locale: choose it from the list, or give its code (e.g. en)',
		}),
	);

/** Segments (tags) as comma-separated text or a list from an expression. */
export const segmentsField = <N extends string = 'segments'>(name: N = 'segments' as N, displayName = 'Segments') =>
	named(
		field.multiOptions(name, displayName, [], {
			loadOptionsMethod: 'getSegments',
			description: 'Segments in use on the website, or new ones given as a list or comma-separated text with an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		}),
	);

/**
 * The website of an operation whose resource hides the node's Website field (Website, Plugin and
 * Plan): the same parameter (`websiteId`), so the transport and `resolveWebsiteId` read it; empty
 * means the credential's Default Website ID.
 */
export const websiteField = () =>
	field.resourceLocator('websiteId', 'Website', {
		searchListMethod: 'searchWebsites',
		required: false,
		idPlaceholder: 'e.g. 8c842203-7ed8-4e29-a608-7cf78a7d2fcc',
		description: "The Crisp website (workspace); leave empty to use the credential's Default Website ID",
	});
