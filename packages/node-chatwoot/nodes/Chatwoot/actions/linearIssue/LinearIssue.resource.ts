import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { getLinked } from './getLinked.operation';
import { getTeamEntities } from './getTeamEntities.operation';
import { getTeams } from './getTeams.operation';
import { link } from './link.operation';
import { search } from './search.operation';
import { unlink } from './unlink.operation';

export const linearIssue: ResourceSpec = {
	value: 'linearIssue',
	name: 'Linear Issue',
	description: 'Linear issues from conversations (the Linear integration must be connected)',
	operations: [create, getLinked, getTeamEntities, getTeams, link, search, unlink],
	defaultOperation: create,
};
