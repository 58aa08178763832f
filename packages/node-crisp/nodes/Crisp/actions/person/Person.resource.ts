import type { ResourceSpec } from '@leadchat/core';
import { addEvent } from './addEvent.operation';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deletePerson } from './delete.operation';
import { deleteMany } from './deleteMany.operation';
import { deleteSuggestedDataKey } from './deleteSuggestedDataKey.operation';
import { deleteSuggestedEvent } from './deleteSuggestedEvent.operation';
import { deleteSuggestedSegment } from './deleteSuggestedSegment.operation';
import { exists } from './exists.operation';
import { exportProfiles } from './export.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getCampaigns } from './getCampaigns.operation';
import { getConversations } from './getConversations.operation';
import { getData } from './getData.operation';
import { getEvents } from './getEvents.operation';
import { getStatistics } from './getStatistics.operation';
import { getSubscription } from './getSubscription.operation';
import { getSuggestedDataKeys } from './getSuggestedDataKeys.operation';
import { getSuggestedEvents } from './getSuggestedEvents.operation';
import { getSuggestedSegments } from './getSuggestedSegments.operation';
import { importProfiles } from './import.operation';
import { replace } from './replace.operation';
import { replaceData } from './replaceData.operation';
import { update } from './update.operation';
import { updateData } from './updateData.operation';
import { updateDataMany } from './updateDataMany.operation';
import { updateSegmentsMany } from './updateSegmentsMany.operation';
import { updateSubscription } from './updateSubscription.operation';

/**
 * People profiles (Crisp's contacts): the person, the company they work for (Crisp's
 * "organization"), custom data, events, email subscription, and their conversations.
 */
export const person: ResourceSpec = {
	value: 'person',
	name: 'Person',
	description: 'People profiles (contacts) with their company, data and events',
	operations: [
		addEvent,
		create,
		createOrUpdate,
		deletePerson,
		deleteMany,
		deleteSuggestedDataKey,
		deleteSuggestedEvent,
		deleteSuggestedSegment,
		exists,
		exportProfiles,
		get,
		getAll,
		getCampaigns,
		getConversations,
		getData,
		getEvents,
		getStatistics,
		getSubscription,
		getSuggestedDataKeys,
		getSuggestedEvents,
		getSuggestedSegments,
		importProfiles,
		replace,
		replaceData,
		update,
		updateData,
		updateDataMany,
		updateSegmentsMany,
		updateSubscription,
	],
	defaultOperation: getAll,
};
