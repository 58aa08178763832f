import type { IExecuteFunctions } from 'n8n-workflow';
import { apiPath } from '@leadchat/core';
import { resolveWebsiteId } from '../../transport';

/** `/plans/subscription/{website}` (+ `/{rest}`) of the item's website: the operation's Website field, or the credential's default. */
export async function planPath(ctx: IExecuteFunctions, itemIndex: number, rest = ''): Promise<string> {
	return `${apiPath`/plans/subscription/${await resolveWebsiteId(ctx, itemIndex)}`}${rest}`;
}
