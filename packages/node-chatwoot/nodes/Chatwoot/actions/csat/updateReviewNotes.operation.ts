import { apiPath, defineOperation, field } from '@leadchat/core';
import { locatorField } from '../../descriptions/common';
import { enterpriseOnly } from '../../helpers/enterprise';

const csatResponseField = locatorField('csatResponseId', 'CSAT Survey Response', { searchListMethod: 'searchCsatResponses' });

export const updateReviewNotes = defineOperation({
	resource: 'csat',
	operation: 'updateReviewNotes',
	name: 'Update Review Notes',
	action: 'Update the review notes of a CSAT survey response',
	description: enterpriseOnly("Set the team's review notes on a rating (the notes are replaced; an empty text clears them)"),
	fields: [csatResponseField(), field.string('reviewNotes', 'Review Notes', { rows: 4, description: 'Notes on the rating, e.g. what was done about it' })],
	request: (p) => ({ method: 'PATCH', path: apiPath`/csat_survey_responses/${p.csatResponseId}`, body: { csat_review_notes: p.reviewNotes ?? '' } }),
});
