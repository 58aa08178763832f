/** The Segments dropdown: the segments in use on the website, from Crisp's conversation and people suggestions. */
import { useCrisp } from './harness';

const h = useCrisp();

it('lists the segments Crisp suggests from conversations and people, most used first, each once', async () => {
	const options = await h.loadOptions('getSegments');
	const paths = h.requests().map((r) => `${r.method} ${r.path}`);
	const site = `/v1/website/${h.fake.websiteId}`;
	expect(paths).toEqual(expect.arrayContaining([`GET ${site}/conversations/suggest/segments/1`, `GET ${site}/people/suggest/segments/1`]));
	expect(paths.every((p) => /\/(conversations|people)\/suggest\/segments\/\d+$/.test(p))).toBe(true);
	// Every segment the fake's store holds is offered once, with its name as the value.
	const site$ = h.fake.site();
	const inUse = new Set<string>([...[...site$.conversations.values()].flatMap((c) => c.meta.segments ?? []), ...[...site$.people.values()].flatMap((p) => p.segments ?? [])]);
	expect(new Set(options.map((o) => o.value))).toEqual(inUse);
	expect(options.map((o) => o.name)).toEqual(options.map((o) => o.value));
	expect(options.length).toBe(new Set(options.map((o) => o.value)).size);
});
