/**
 * Option lists that both a form and a list search read (a list search names a record's value the
 * way the form's dropdown does). Plain data with no imports, so that a trigger that imports the
 * list searches does not bundle the operations' fields.
 */

/** Campaign types [C-client example "one-shot"; C-go filter_type_one_shot / filter_type_automated]. */
export const CAMPAIGN_TYPES = [
	{ name: 'One-Shot', value: 'one-shot', description: 'Sent once, when dispatched' },
	{ name: 'Automated', value: 'automated', description: 'Sent to each person when its flow triggers' },
];

/** Template formats: "html" is Crisp's example [C-client README]; "markdown" is inferred from campaigns [I]. */
export const TEMPLATE_FORMATS = [
	{ name: 'HTML', value: 'html' },
	{ name: 'Markdown', value: 'markdown' },
];

/** Conversation states. */
export const STATES = [
	{ name: 'Pending', value: 'pending', description: 'Waiting for a first answer from the team' },
	{ name: 'Unresolved', value: 'unresolved', description: 'Open' },
	{ name: 'Resolved', value: 'resolved', description: 'Done' },
];
