import type { ResourceSpec } from '@leadchat/core';
import { assign } from './assign.operation';
import { create } from './create.operation';
import { deleteConversation } from './delete.operation';
import { exists } from './exists.operation';
import { findByEmail } from './findByEmail.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getBlock } from './getBlock.operation';
import { getEvents } from './getEvents.operation';
import { getFiles } from './getFiles.operation';
import { getMetas } from './getMetas.operation';
import { getPages } from './getPages.operation';
import { getParticipants } from './getParticipants.operation';
import { getRelations } from './getRelations.operation';
import { getRouting } from './getRouting.operation';
import { getState } from './getState.operation';
import { getVerify } from './getVerify.operation';
import { initiate } from './initiate.operation';
import { markUnread } from './markUnread.operation';
import { purgeBinding } from './purgeBinding.operation';
import { redeemIdentityVerification } from './redeemIdentityVerification.operation';
import { report } from './report.operation';
import { requestFeedback } from './requestFeedback.operation';
import { requestIdentityVerification } from './requestIdentityVerification.operation';
import { requestToolCall } from './requestToolCall.operation';
import { requestTranscript } from './requestTranscript.operation';
import { scheduleReminder } from './scheduleReminder.operation';
import { setBlock } from './setBlock.operation';
import { setInbox } from './setInbox.operation';
import { setOpen } from './setOpen.operation';
import { setParticipants } from './setParticipants.operation';
import { setState } from './setState.operation';
import { setVerify } from './setVerify.operation';
import { updateMetas } from './updateMetas.operation';

/** A Crisp conversation (a chat session, `session_…`) and what can be done to it. */
export const conversation: ResourceSpec = {
	value: 'conversation',
	name: 'Conversation',
	description: 'Conversations (chat sessions) of the website: create, find, assign, resolve, metas and more',
	operations: [
		assign,
		create,
		deleteConversation,
		exists,
		findByEmail,
		get,
		getAll,
		getBlock,
		getEvents,
		getFiles,
		getMetas,
		getPages,
		getParticipants,
		getRelations,
		getRouting,
		getState,
		getVerify,
		initiate,
		markUnread,
		purgeBinding,
		redeemIdentityVerification,
		report,
		requestFeedback,
		requestIdentityVerification,
		requestToolCall,
		requestTranscript,
		scheduleReminder,
		setBlock,
		setInbox,
		setOpen,
		setParticipants,
		setState,
		setVerify,
		updateMetas,
	],
	defaultOperation: getAll,
};
