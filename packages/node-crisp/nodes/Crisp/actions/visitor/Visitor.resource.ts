import type { ResourceSpec } from '@leadchat/core';
import { clearBlockedInRule } from './clearBlockedInRule.operation';
import { count } from './count.operation';
import { getAll } from './getAll.operation';
import { getBlocked } from './getBlocked.operation';
import { getBlockedInRule } from './getBlockedInRule.operation';
import { getMap } from './getMap.operation';
import { getSessionFromToken } from './getSessionFromToken.operation';

/** The visitors browsing the website now, and the visitors its blocking rules stopped. */
export const visitor: ResourceSpec = {
	value: 'visitor',
	name: 'Visitor',
	description: 'Visitors browsing the website now, and blocked visitors',
	operations: [clearBlockedInRule, count, getAll, getBlocked, getBlockedInRule, getMap, getSessionFromToken],
	defaultOperation: getAll,
};
