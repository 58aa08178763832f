/**
 * What node packages use of core: the request path, lists, fields and operations, triggers. Only
 * these names are public; everything else is core's own (tested through core's tests).
 */
export { apiPath, pathSegmentProblem } from './http/path';
export { retryClock } from './http/retry';
export { refuse } from './http/errors';
export { apiRequest, credentialsOf, type CredentialReads, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from './http/request';
export { DEFAULT_CONCURRENCY, byOffset, byPageNumber, type PageResult } from './pagination';
export {
	ListProblem,
	collectList,
	listPage,
	listRecords,
	pacedFetch,
	paging,
	platformFetch,
	clockedFetch,
	readItems,
	unsettledList,
	type ListFetch,
	type ListRequest,
	type ListSpec,
	type Paging,
	type WalkOptions,
} from './lists';
export { compact, field, isDataObject, isEmail, named, optionName, returnAllOrLimit, type CollectionValue, type Field, type ParamsOf } from './descriptions/fields';
export { defineOperation, type OperationSpec, type OperationTools, type ResourceSpec } from './operations/operation';
export { buildProperties, createRouter } from './operations/router';
export { operationSubtitle, optionsSubtitle } from './operations/subtitle';
export { nextTop, pageSince, pollClock, pollWithTimeCursor, seenBefore, seenPage, type PageSince, type PollItem, type SeenBefore, type TimeCursorFetch, type TimeCursorPoll } from './triggers/polling';
export { credentialSecret, manualWebhookLifecycle, webhookLifecycle, webhookSecretTest, type RemoteHook, type StoredHook } from './triggers/webhook';
export { clearDeliveries, setDeliveryClock } from './triggers/deliveries';
export { bodyHashKey, guardWebhook, hmacVerification, keyHash, webhookHeader, type HmacOptions, type WebhookRejectionCode } from './triggers/guard';
export { basicAuthValue, normalizeBaseUrl } from './credentials';
export { REFUSED, s, type Schema, type TransformContext } from './descriptions/check';
