/**
 * Every request of every operation of the three action nodes goes to a route of Chatwoot's server
 * (the census of upstream a61a8bf's routes.rb, test/census.json), recognised the way Rails routes
 * it; the census endpoints covered, by family, are what the README's coverage table shows.
 */
import { recognise } from './census';
import { driveAllOperations } from './drive-operations';

const driven = driveAllOperations();

describe('route coverage', () => {
	// An operation refused with the generic values: give it values in PARAMETERS (drive-operations.ts).
	it('every operation sent at least one request', () => {
		expect(driven().filter((d) => d.requests.length === 0).map((d) => `${d.node}:${d.resource}:${d.operation} (${d.error ?? 'no error'})`)).toEqual([]);
	});

	it('every request of every operation matches a census route', () => {
		const unmatched = driven().flatMap((d) => d.requests.filter((r) => !recognise(r.method, r.path)).map((r) => `${d.node}:${d.resource}:${d.operation} → ${r.method} ${r.path}`));
		expect(unmatched).toEqual([]);
	});

});
