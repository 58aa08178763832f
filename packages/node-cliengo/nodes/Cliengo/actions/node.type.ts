/** Resource → operation map of the Cliengo node (checked against the resources in test/description.test.ts). */
export type CliengoNodeMap = {
	contact: 'create' | 'get' | 'getAll' | 'update' | 'delete' | 'updateStatus' | 'addTag' | 'addNote' | 'getNotes' | 'sendMessage' | 'getMessages' | 'getHistory';
	conversation: 'getAll' | 'get' | 'create' | 'getMessages' | 'count';
	site: 'getAll' | 'get' | 'create' | 'update' | 'getChatbot';
	chatbot: 'getAll' | 'getTriggers';
	user: 'getAll' | 'get' | 'create' | 'update';
	account: 'get' | 'update';
};

export type CliengoResource = keyof CliengoNodeMap;

export const CLIENGO_OPERATIONS: { [R in CliengoResource]: Array<CliengoNodeMap[R]> } = {
	contact: ['create', 'get', 'getAll', 'update', 'delete', 'updateStatus', 'addTag', 'addNote', 'getNotes', 'sendMessage', 'getMessages', 'getHistory'],
	conversation: ['getAll', 'get', 'create', 'getMessages', 'count'],
	site: ['getAll', 'get', 'create', 'update', 'getChatbot'],
	chatbot: ['getAll', 'getTriggers'],
	user: ['getAll', 'get', 'create', 'update'],
	account: ['get', 'update'],
};
