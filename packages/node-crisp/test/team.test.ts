/**
 * Team resource: teams of operators (list, create, exists, get, update by read-and-save, delete)
 * and the team dropdown, against the fake Crisp server.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'team', operation, ...parameters });
const teamId = () => h.fake.seeded!.teamId;
const served = (id: string) => JSON.parse(JSON.stringify(h.fake.site().teams.get(id)));

describe('team', () => {
	it('create, then getAll: POST /team, then the pages of /teams/list/{page}', async () => {
		const { member, away } = h.fake.seeded!.operators;
		const created = jsonOf(await run('create', { name: 'Billing', additionalFields: { emoji: '💳', operators: [member, away] } }));
		const newId = String(created[0].team_id);
		expect(created).toEqual([{ team_id: newId }]);
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all).toEqual([served(teamId()), served(newId)]);
		expect(served(newId)).toMatchObject({ name: 'Billing', emoji: '💳', operators: [member, away] });
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/team`, query: {}, body: { name: 'Billing', emoji: '💳', operators: [member, away] } },
			{ method: 'GET', path: `${W()}/teams/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/teams/list/2`, query: {} },
		]);
	});

	it('exists and get: HEAD and GET /team/{id}; a missing team is false, then not_found', async () => {
		expect(jsonOf(await run('exists', { teamId: teamId() }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('get', { teamId: teamId() }))).toEqual([served(teamId())]);
		expect(jsonOf(await run('exists', { teamId: '00000000-0000-4000-8000-000000000000' }))).toEqual([{ exists: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: `${W()}/team/${teamId()}`, query: {} },
			{ method: 'GET', path: `${W()}/team/${teamId()}`, query: {} },
			{ method: 'HEAD', path: `${W()}/team/00000000-0000-4000-8000-000000000000`, query: {} },
		]);
		await apiError(h, { resource: 'team', operation: 'get', teamId: '00000000-0000-4000-8000-000000000000' }, 404, 'not_found');
	});

	it('update: reads the team, then PUTs it whole with the fields given (its operators kept)', async () => {
		const before = served(teamId());
		expect(jsonOf(await run('update', { teamId: teamId(), updateFields: { name: 'Tier 2' } }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/team/${teamId()}`, query: {} },
			{ method: 'PUT', path: `${W()}/team/${teamId()}`, query: {}, body: { name: 'Tier 2', emoji: before.emoji, operators: before.operators } },
		]);
		expect(served(teamId())).toMatchObject({ name: 'Tier 2', emoji: before.emoji, operators: before.operators });
	});

	it('update: refuses nothing to change', async () => {
		await refused(h, { resource: 'team', operation: 'update', teamId: teamId(), updateFields: {} }, 'Update Fields', /at least one field/);
	});

	it('delete: DELETE /team/{id}', async () => {
		expect(jsonOf(await run('delete', { teamId: teamId() }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/team/${teamId()}`, query: {} }]);
		expect(h.fake.site().teams.size).toBe(0);
	});

	it('create: refuses a missing name', async () => {
		await refused(h, { resource: 'team', operation: 'create' }, 'Name', /is required/);
	});

	it('getTeams dropdown: "emoji name" → team_id', async () => {
		expect(await h.loadOptions('getTeams')).toEqual([{ name: '🎧 Tier 1', value: teamId() }]);
	});
});
