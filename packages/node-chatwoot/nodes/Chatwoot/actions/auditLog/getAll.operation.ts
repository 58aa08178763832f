import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readAuditLogPage } from '../../helpers/lists';
import { enterpriseOnly } from '../../helpers/enterprise';

export const getAll = defineOperation({
	resource: 'auditLog',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many audit logs',
	description: enterpriseOnly('List who changed what in the account, newest first (administrators only)'),
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/audit_logs' }), paging: paging.pageNumber(PAGE_SIZE.auditLogs), read: readAuditLogPage },
});
