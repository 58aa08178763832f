import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteConversation } from './delete.operation';
import { filter } from './filter.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getAttachments } from './getAttachments.operation';
import { getCounts } from './getCounts.operation';
import { getReportingEvents } from './getReportingEvents.operation';
import { markUnread } from './markUnread.operation';
import { mute } from './mute.operation';
import { search } from './search.operation';
import { sendTranscript } from './sendTranscript.operation';
import { setCustomAttributes } from './setCustomAttributes.operation';
import { setStatus } from './setStatus.operation';
import { togglePriority } from './togglePriority.operation';
import { toggleTypingStatus } from './toggleTypingStatus.operation';
import { unmute } from './unmute.operation';
import { update } from './update.operation';
import { updateLastSeen } from './updateLastSeen.operation';

export const conversation: ResourceSpec = {
	value: 'conversation',
	name: 'Conversation',
	operations: [
		create,
		deleteConversation,
		filter,
		get,
		getAll,
		getAttachments,
		getCounts,
		getReportingEvents,
		markUnread,
		mute,
		search,
		sendTranscript,
		setCustomAttributes,
		setStatus,
		togglePriority,
		toggleTypingStatus,
		unmute,
		update,
		updateLastSeen,
	],
	defaultOperation: getAll,
};
