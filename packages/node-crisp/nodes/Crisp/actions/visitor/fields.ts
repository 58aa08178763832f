import type { IDataObject } from 'n8n-workflow';
import { field } from '@leadchat/core';

/** A blocking rule, as Crisp names it in `GET /visitors/blocked` (its `rule` values). */
export const ruleField = () =>
	field.id('rule', 'Rule', { placeholder: 'e.g. ip_range', description: 'The blocking rule, as "Count Blocked" names it' });

/** `{ rule, blocked }`: Crisp answers an object, or (as its Node client types it) the bare count. */
export const blockedOf = (body: unknown, p: { rule: string }): IDataObject => (typeof body === 'number' ? { rule: p.rule, blocked: body } : (body as IDataObject));
