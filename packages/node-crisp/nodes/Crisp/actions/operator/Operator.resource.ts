import type { ResourceSpec } from '@leadchat/core';
import { flushLastActive } from './flushLastActive.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getLastActive } from './getLastActive.operation';
import { invite } from './invite.operation';
import { sendEmail } from './sendEmail.operation';
import { unlink } from './unlink.operation';
import { update } from './update.operation';

/** The operators (Crisp's "users": the team members who answer) of the website. */
export const operator: ResourceSpec = {
	value: 'operator',
	name: 'Operator',
	description: 'Team members of the website (Crisp users who answer conversations)',
	operations: [flushLastActive, get, getAll, getLastActive, invite, sendEmail, unlink, update],
	defaultOperation: getAll,
};
