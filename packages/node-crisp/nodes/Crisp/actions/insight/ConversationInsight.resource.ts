import type { ResourceSpec } from '@leadchat/core';
import { decideSpam } from './decideSpam.operation';
import { deleteSuggestedDataKey } from './deleteSuggestedDataKey.operation';
import { deleteSuggestedSegment } from './deleteSuggestedSegment.operation';
import { getSpamContent } from './getSpamContent.operation';
import { getSpams } from './getSpams.operation';
import { getSuggestedDataKeys } from './getSuggestedDataKeys.operation';
import { getSuggestedSegments } from './getSuggestedSegments.operation';

/** Website-wide conversation routes that are not about one conversation: suggestions and spam. */
export const conversationInsight: ResourceSpec = {
	value: 'conversationInsight',
	name: 'Conversation Insight',
	description: 'Segments and data keys suggested on conversations, and conversations held as spam',
	operations: [decideSpam, deleteSuggestedDataKey, deleteSuggestedSegment, getSpamContent, getSpams, getSuggestedDataKeys, getSuggestedSegments],
	defaultOperation: getSuggestedSegments,
};
