import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiPath } from '@leadchat/core';
import { getAll as documentList } from '../actions/captainDocument/getAll.operation';
import { getAll as faqList } from '../actions/captainFaq/getAll.operation';
import { declaredList } from '../helpers/lists';
import { filtered, searchPage, wholeList } from './lists';

// The list searches of the Chatwoot Captain node: the account, inboxes and conversations as in the
// Chatwoot node, and Captain's assistants, scenarios, FAQs and documents.
export { searchAccounts, searchConversations, searchInboxes } from './listSearch';

export async function searchCaptainAssistants(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const assistants = await wholeList(this, '/captain/assistants');
	return filtered(assistants.map((a) => ({ name: String(a.name), value: String(a.id) })), filter);
}

/** The scenarios of the assistant chosen above. */
export async function searchCaptainScenarios(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const assistant = this.getCurrentNodeParameter('assistantId', { extractValue: true }) as string | undefined;
	if (!assistant || String(assistant).trim() === '') throw new NodeOperationError(this.getNode(), 'Choose an assistant first');
	const scenarios = await wholeList(this, apiPath`/captain/assistants/${String(assistant).trim()}/scenarios`);
	return filtered(scenarios.map((s) => ({ name: String(s.title), value: String(s.id) })), filter);
}

/** FAQs page by page, newest first; the filter is the server's search in questions and answers. */
export async function searchCaptainFaqs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { returnAll: false, limit: undefined, filters: { search: filter?.trim() || undefined } };
	return searchPage(this, declaredList(faqList), params, paginationToken, (f) => ({ name: String(f.question), value: String(f.id) }));
}

/** Documents page by page; the filter is the server's search in names and URLs. */
export async function searchCaptainDocuments(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { returnAll: false, limit: undefined, filters: { search: filter?.trim() || undefined } };
	return searchPage(this, declaredList(documentList), params, paginationToken, (d) => ({ name: String(d.name || d.external_link), value: String(d.id) }));
}
