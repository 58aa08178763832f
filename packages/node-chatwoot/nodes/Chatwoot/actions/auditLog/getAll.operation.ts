import type { IDataObject } from 'n8n-workflow';
import { defineOperation, paging, returnAllOrLimit, type PageResult } from '@leadchat/core';
import { PAGE_SIZE, readAuditLogPage } from '../../helpers/lists';
import { enterpriseOnly } from '../../helpers/enterprise';

/**
 * The page as `readAuditLogPage` reads it, plus `total_entries` as the total and `per_page` as the
 * page size (it has changed between Chatwoot versions, so the walk counts with what the page says),
 * so that Return All requests the pages after the first concurrently.
 */
function readAuditLogs(body: unknown): PageResult<IDataObject> {
	const { per_page: pageSize, total_entries: total } = (body ?? {}) as IDataObject;
	return {
		...readAuditLogPage(body),
		...(typeof total === 'number' ? { total } : {}),
		...(typeof pageSize === 'number' ? { pageSize } : {}),
	};
}

export const getAll = defineOperation({
	resource: 'auditLog',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many audit logs',
	description: enterpriseOnly('List who changed what in the account, newest first (administrators only)'),
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/audit_logs' }), paging: paging.pageNumber(PAGE_SIZE.auditLogs), read: readAuditLogs },
});
