import type { ResourceSpec } from '@leadchat/core';
import { deleteDataKey } from './deleteDataKey.operation';
import { deleteSegment } from './deleteSegment.operation';
import { getDataKeys } from './getDataKeys.operation';
import { getSegments } from './getSegments.operation';

/** The segments and custom data keys Crisp suggests when tagging conversations. */
export const conversationSuggestion: ResourceSpec = {
	value: 'conversationSuggestion',
	name: 'Conversation Suggestion',
	description: 'The segments and data keys in use on conversations (as Crisp suggests them)',
	operations: [deleteDataKey, deleteSegment, getDataKeys, getSegments],
	defaultOperation: 'getSegments',
};
