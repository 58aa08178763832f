import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { createExecuteContext } from '@leadchat/testkit';
import { InputProblem, refuse } from '../src/http/errors';
import { paging, type ListRequest } from '../src/lists';
import { defineOperation } from '../src/operations/operation';
import { createRouter } from '../src/operations/router';
import { field, returnAllOrLimit } from '../src/descriptions/fields';

describe('refuse: bad input found where no n8n context is at hand', () => {
	/** A list whose request reads a filter that must be numeric: refused inside `request`, not in `check`. */
	const getMany = defineOperation({
		resource: 'site',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many sites',
		fields: [...returnAllOrLimit(), field.string('ownerId', 'Owner ID')],
		list: {
			request: (p) => ({ method: 'GET', path: '/sites', qs: { owner_id: p.ownerId === undefined || /^\d+$/.test(p.ownerId) ? p.ownerId : refuse('Owner ID', 'must be a numeric ID') } }),
			paging: paging.whole(),
		},
	});

	function run(items: IDataObject[], continueOnFail = false) {
		const log: ListRequest[] = [];
		const router = createRouter({
			resources: [{ value: 'site', name: 'Site', operations: [getMany] }],
			transport: async (req) => {
				log.push(req);
				return { status: 200, headers: {}, body: [{ id: 1 }, { id: 2 }] };
			},
		});
		const ctx = createExecuteContext({
			parameters: (i: number) => ({ resource: 'site', operation: 'getAll', returnAll: true, ...items[i] }),
			items: items.map(() => ({ json: {} })),
			continueOnFail,
		});
		return { log, out: router.call(ctx as never) };
	}

	test('refuse throws an InputProblem that carries the field and the problem', () => {
		expect(() => refuse('Owner ID', 'must be a numeric ID')).toThrow(new InputProblem('Owner ID', 'must be a numeric ID'));
	});

	test('the router turns it into a NodeOperationError naming the item and the field, and nothing is sent', async () => {
		const { log, out } = run([{ ownerId: '7' }, { ownerId: 'abc' }]);
		const error = (await out.catch((e) => e)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Item 2: "Owner ID" must be a numeric ID');
		expect(error.context.itemIndex).toBe(1);
		expect(log.map((r) => r.qs)).toEqual([{ owner_id: '7' }]);
	});

	test('with Continue On Fail, the item gets the error and the others their records', async () => {
		const { log, out } = run([{ ownerId: 'abc' }, {}], true);
		const [items] = await out;
		expect(items).toEqual([
			{ json: { error: 'Item 1: "Owner ID" must be a numeric ID' }, pairedItem: { item: 0 } },
			{ json: { id: 1 }, pairedItem: { item: 1 } },
			{ json: { id: 2 }, pairedItem: { item: 1 } },
		]);
		expect(log).toHaveLength(1);
	});
});
