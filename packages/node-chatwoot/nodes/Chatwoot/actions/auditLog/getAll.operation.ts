import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { readAuditLogPage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'auditLog',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many audit logs',
	description: 'List who changed what in the account, newest first (an Enterprise feature; administrators only)',
	fields: [...returnAllOrLimit()],
	async execute(p, _tools, i) {
		return collectPages.call(this, { method: 'GET', path: '/audit_logs' }, i, PAGE_SIZE.auditLogs, readAuditLogPage, p);
	},
});
