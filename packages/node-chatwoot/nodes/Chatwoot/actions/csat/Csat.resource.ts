import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';
import { getMetrics } from './getMetrics.operation';
import { updateReviewNotes } from './updateReviewNotes.operation';

export const csat: ResourceSpec = {
	value: 'csat',
	name: 'CSAT Survey Response',
	operations: [getAll, getMetrics, updateReviewNotes],
	defaultOperation: getAll,
};
