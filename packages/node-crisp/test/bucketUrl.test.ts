/** Bucket URL and Animation resources (root routes, no website in the path), against the fake Crisp server. */
import { jsonOf, useCrisp } from './harness';
import { refused } from '@leadchat/testkit';

const h = useCrisp(true);

describe('bucket URL', () => {
	it('generate: POST /bucket/url/generate with the namespace, identifier, file and resource given', async () => {
		const items = await h.run({
			resource: 'bucketUrl',
			operation: 'generate',
			namespace: 'upload',
			identifier: 'req-1',
			file: { name: 'invoice.pdf', type: 'application/pdf' },
			target: { type: 'website', id: h.fake.websiteId },
		});
		await h.run({ resource: 'bucketUrl', operation: 'generate', namespace: 'avatar' });
		expect(jsonOf(items)).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: '/v1/bucket/url/generate',
				query: {},
				body: { namespace: 'upload', id: 'req-1', file: { name: 'invoice.pdf', type: 'application/pdf' }, resource: { type: 'website', id: h.fake.websiteId } },
			},
			{ method: 'POST', path: '/v1/bucket/url/generate', query: {}, body: { namespace: 'avatar' } },
		]);
	});

	it('generate: refuses a namespace Crisp does not have', async () => {
		await refused(h, { resource: 'bucketUrl', operation: 'generate', namespace: 'photos' }, 'Namespace', /must be one of/);
	});
});

describe('animation', () => {
	it('getAll: the pages of /media/animation/list/{page} with the search; Limit stops early', async () => {
		const all = jsonOf(await h.run({ resource: 'animation', operation: 'getAll', returnAll: true, searchQuery: 'thanks', listId: '2' }));
		expect(all.map((a) => a.name)).toEqual(['thumbs-up', 'party', 'hello', 'thanks']);
		expect(all[0]).toEqual({ id: 1, name: 'thumbs-up', type: 'image/gif', url: 'https://media.crisp.example/animations/thumbs-up.gif' });
		const two = jsonOf(await h.run({ resource: 'animation', operation: 'getAll', returnAll: false, limit: 2 }));
		expect(two).toEqual(all.slice(0, 2));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: '/v1/media/animation/list/1', query: { search_query: 'thanks', list_id: '2' } },
			{ method: 'GET', path: '/v1/media/animation/list/2', query: { search_query: 'thanks', list_id: '2' } },
			{ method: 'GET', path: '/v1/media/animation/list/1', query: {} },
		]);
	});
});
