import type { ResourceSpec } from '@leadchat/core';
import { assign } from './assign.operation';
import { block } from './block.operation';
import { deleteMany } from './delete.operation';
import { markRead } from './markRead.operation';
import { markUnread } from './markUnread.operation';
import { report } from './report.operation';
import { resolve } from './resolve.operation';
import { setInbox } from './setInbox.operation';
import { unresolve } from './unresolve.operation';
import { updateData } from './updateData.operation';
import { updateSegments } from './updateSegments.operation';

/** Crisp's batch routes for conversations: one request for many conversations. */
export const conversationBatch: ResourceSpec = {
	value: 'conversationBatch',
	name: 'Conversation Batch',
	description: 'Act on many conversations in one request: resolve, read, assign, move, block, tag, delete',
	operations: [assign, block, deleteMany, markRead, markUnread, report, resolve, setInbox, unresolve, updateData, updateSegments],
	defaultOperation: resolve,
};
