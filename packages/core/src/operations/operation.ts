import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { ApiRequest } from '../http/request';
import type { Field, ParamsOf } from '../descriptions/fields';
import type { ListSpec } from '../lists';

export type OperationOutput = IDataObject | IDataObject[] | INodeExecutionData[] | null | undefined | void;

/** What an operation can ask of the node it runs in, besides `this` (the n8n execute context). */
export interface OperationTools {
	/** The node's transport: the platform request path with its credential and base URL. */
	request<T = unknown>(req: Omit<ApiRequest, 'itemIndex'>): Promise<T>;
	/** Throws a NodeOperationError naming the item and the field. */
	fail(field: string, problem: string): never;
}

/**
 * One operation = one small file: its fields (the editor and the validation), and either a
 * declarative `request` + `output`, or an `execute` for anything more (paging, uploads, several calls).
 */
export interface OperationSpec<P = Record<string, unknown>> {
	resource: string;
	operation: string;
	/** Shown in the Operation dropdown, e.g. "Get Many". */
	name: string;
	/** Sentence shown in the actions panel, e.g. "Get many contacts". */
	action: string;
	description?: string;
	fields: readonly Field<unknown, string>[];
	/** Cross-field checks after each field's own schema passed; call tools.fail to refuse. */
	check?(params: P, tools: OperationTools): void;
	request?(params: P): Omit<ApiRequest, 'itemIndex'>;
	output?(body: unknown, params: P): OperationOutput;
	execute?(this: IExecuteFunctions, params: P, tools: OperationTools, itemIndex: number): Promise<OperationOutput>;
	/** A list: the router walks it with Return All / Limit (fields `returnAll` and `limit`). */
	list?: ListSpec<P>;
	/** Marks API families that need another credential (e.g. a platform-level token). */
	credentialType?: string;
	/** The platform API family of this operation's requests (default: its resource's). */
	family?: string;
}

/**
 * Declares an operation. Its parameters are typed from its fields (`p.contactId` is a string when
 * the Contact field is required); `defineOperation<P>` with hand-written parameters is the older
 * form, still accepted.
 */
export function defineOperation<const F extends readonly Field<unknown, string>[]>(spec: OperationSpec<ParamsOf<F>> & { fields: F }): OperationSpec<ParamsOf<F>>;
export function defineOperation<P>(spec: OperationSpec<P>): OperationSpec<P>;
export function defineOperation<P>(spec: OperationSpec<P>): OperationSpec<P> {
	if (!spec.request && !spec.execute && !spec.list) throw new Error(`Operation ${spec.resource}.${spec.operation} needs request, list or execute`);
	return spec;
}

export interface ResourceSpec {
	/** camelCase singular, e.g. "contact". */
	value: string;
	name: string;
	description?: string;
	operations: OperationSpec[];
	/**
	 * The operation the editor selects first (default: the first by name). It is one of
	 * `operations` itself, not its value as a string: n8n's lint reads any object literal holding the
	 * string 'getAll' as a "Get Many" option and asks for that name.
	 */
	defaultOperation?: OperationSpec;
	/** The platform API family of every operation of this resource (an operation may override it). */
	family?: string;
}
