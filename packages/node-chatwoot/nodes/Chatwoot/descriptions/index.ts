// The fields, dropdowns and value helpers that several resources share, one module per domain:
// account (the node's account and the account's objects), contacts, conversations, attributes
// (custom and additional attributes), filters (the contact and conversation filter builder) and
// common (helpers no domain owns). Operations import them from here; webhookEvents.ts (the
// account webhook events) is imported on its own.
export * from './account';
export * from './attributes';
export * from './common';
export * from './contacts';
export * from './conversations';
export * from './filters';
