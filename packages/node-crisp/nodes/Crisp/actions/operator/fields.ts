import type { IDataObject } from 'n8n-workflow';
import { withoutSecrets } from '../../helpers/output';

/**
 * An operator without their API token: the wire has `identifier` and `key` in an operator's details
 * [C-go website_operator.go json tags, C-client WebsiteOperator], which must not reach stored executions.
 */
export const safeDetails = (details: unknown): IDataObject => withoutSecrets((details ?? {}) as IDataObject, ['identifier', 'key']);

/** A member of `GET /operators/list`: `{ type, details }`, the details without the API token. */
export const safeMember = (member: IDataObject): IDataObject => ({ ...member, ...(member.details ? { details: safeDetails(member.details) } : {}) });

export const ROLES = [
	{ name: 'Member', value: 'member' },
	{ name: 'Owner', value: 'owner' },
];
