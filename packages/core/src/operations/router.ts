import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { nonFinitePath, updateDisplayOptions } from '../descriptions/fields';
import { InputProblem, inputError } from '../http/errors';
import { PathParameterError } from '../http/path';
import { ListProblem, collectList } from '../lists';
import type { ApiRequest, ApiResponse, CredentialReads } from '../http/request';
import type { Field } from '../descriptions/fields';
import type { OperationOutput, OperationSpec, OperationTools, ResourceSpec } from './operation';
import { displayNameAt, readRaw, validateParams } from './params';

export type Transport = (this: IExecuteFunctions, req: ApiRequest) => Promise<ApiResponse>;

/** The resource dropdown, one operation dropdown per resource, and every operation's fields. */
export function buildProperties(resources: ResourceSpec[], preamble: INodeProperties[] = [], afterOperation: INodeProperties[] = []): INodeProperties[] {
	const props: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.name, value: r.value, ...(r.description ? { description: r.description } : {}) })),
			default: resources[0].value,
		},
		...preamble,
	];
	for (const r of resources) {
		if (r.defaultOperation && !r.operations.includes(r.defaultOperation)) {
			throw new Error(`Resource ${r.value}: its default operation ${r.defaultOperation.resource}.${r.defaultOperation.operation} is not one of its operations`);
		}
		const ops = [...r.operations].sort((a, b) => a.name.localeCompare(b.name));
		props.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [r.value] } },
			options: ops.map((op) => ({ name: op.name, value: op.operation, action: op.action, description: op.description ?? op.action })),
			default: (r.defaultOperation ?? ops[0]).operation,
		});
	}
	// Node-wide fields that belong after the operation (e.g. the website or account the call is for).
	props.push(...afterOperation);
	for (const r of resources) {
		for (const op of r.operations) {
			props.push(...updateDisplayOptions({ resource: [r.value], operation: [op.operation] }, op.fields.map((f) => f.property)));
		}
	}
	return props;
}

function isExecutionData(value: unknown[]): value is INodeExecutionData[] {
	return value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && 'json' in (v as object) && typeof (v as INodeExecutionData).json === 'object');
}

function toItems(output: OperationOutput, itemIndex: number): INodeExecutionData[] {
	const paired = { item: itemIndex };
	if (output === undefined || output === null) return [{ json: { success: true }, pairedItem: paired }];
	if (Array.isArray(output)) {
		if (isExecutionData(output)) return output.map((o) => ({ ...o, pairedItem: paired }));
		return (output as IDataObject[]).map((json) => ({ json: json !== null && typeof json === 'object' ? json : { value: json }, pairedItem: paired }));
	}
	if (typeof output !== 'object') return [{ json: { value: output as unknown as string }, pairedItem: paired }];
	return [{ json: output as IDataObject, pairedItem: paired }];
}


/** The display name of the field (or collection entry) whose value is `value`, for error messages. */
export function fieldOfValue(fields: readonly Field[], params: Record<string, unknown>, value: string): string {
	const same = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && String(v).trim() === value.trim();
	for (const f of fields) {
		const v = params[f.name];
		if (same(v)) return displayNameAt(fields, [f.name]);
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			const child = Object.entries(v as Record<string, unknown>).find(([, c]) => same(c));
			if (child) return displayNameAt(fields, [f.name, child[0]]);
		}
		if (Array.isArray(v) && v.some(same)) return displayNameAt(fields, [f.name]);
	}
	return 'Path parameter';
}

export interface RouterOptions {
	resources: ResourceSpec[];
	transport: Transport;
}

/** Finds an operation by resource and operation value; used by the router and by tests. */
export function findOperation(resources: ResourceSpec[], resource: string, operation: string): OperationSpec | undefined {
	return resources.find((r) => r.value === resource)?.operations.find((o) => o.operation === operation);
}

/**
 * The execute() of every action node: one pass per item, input validated before any request,
 * continueOnFail honoured, the item index on every error, pairedItem on every output.
 */
export function createRouter(opts: RouterOptions) {
	return async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		const node = this.getNode();
		for (let i = 0; i < items.length; i++) {
			let op: OperationSpec | undefined;
			let params: Record<string, unknown> = {};
			try {
				const resource = this.getNodeParameter('resource', i) as string;
				const operation = this.getNodeParameter('operation', i) as string;
				op = findOperation(opts.resources, resource, operation);
				if (!op) throw new NodeOperationError(node, `The operation "${operation}" of resource "${resource}" is not known`, { itemIndex: i });
				const credentialType = op.credentialType;
				const family = op.family ?? opts.resources.find((r) => r.value === resource)?.family;
				// The item's requests read each credential once (a list sends many).
				const credentialReads: CredentialReads = new Map();
				const tools: OperationTools = {
					request: async <T>(req: Omit<ApiRequest, 'itemIndex'>) => {
						// Last guard before the wire: JSON would send NaN or Infinity as null (e.g. Number()
						// of an id typed as an expression), which can clear a value on the server.
						const bad = nonFinitePath(req.body) ?? nonFinitePath(req.qs);
						if (bad !== undefined) throw inputError(node, i, bad, 'must be a number (the value given is not one, and would be sent as null)');
						return (await opts.transport.call(this, { credentialType, family, credentialReads, ...req, itemIndex: i })).body as T;
					},
					fail: (field, problem) => {
						throw inputError(node, i, field, problem);
					},
				};
				params = validateParams<Record<string, unknown>>(node, op.fields, readRaw(this, op.fields, i), i);
				op.check?.(params, tools);
				let result: OperationOutput;
				if (op.list) {
					result = await collectList((req) => tools.request(req), op.list, params, params as { returnAll?: boolean; limit?: number });
				} else if (op.execute) {
					result = await op.execute.call(this, params, tools, i);
				} else {
					const body = await tools.request(op.request!(params));
					result = op.output ? op.output(body, params) : (body as OperationOutput);
				}
				out.push(...toItems(result, i));
			} catch (caught) {
				// A path parameter that would leave its route ("..", ".") is an input problem of a field.
				const error =
					caught instanceof PathParameterError
						? inputError(node, i, fieldOfValue(op?.fields ?? [], params, caught.value), caught.problem)
						: caught instanceof InputProblem
							? inputError(node, i, caught.field, caught.problem)
							: caught instanceof ListProblem
								? new NodeOperationError(node, `Item ${i + 1}: ${caught.message}`, { itemIndex: i, description: caught.hint })
								: caught;
				if (this.continueOnFail()) {
					out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
					continue;
				}
				if (error instanceof NodeApiError || error instanceof NodeOperationError) {
					if (error.context?.itemIndex === undefined) error.context = { ...error.context, itemIndex: i };
					throw error;
				}
				throw new NodeOperationError(node, error as Error, { itemIndex: i });
			}
		}
		return [out];
	};
}
