/**
 * Crisp Polling Trigger: every record is emitted exactly once, whatever happens between and during
 * polls. The fake Crisp and the trigger share one controllable clock, so records can be dated to
 * the millisecond (several in one millisecond, arriving while a poll reads, at the poll's own
 * millisecond). Each poll runs in a fresh context over the static data n8n would keep.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { pollClock } from '@leadchat/core';
import { createCrispFake, createPollContext, crisp, useClock, type CrispFake } from '@leadchat/testkit';
import { CrispApi } from '../credentials/CrispApi.credentials';
import { CrispPollingTrigger } from '../nodes/CrispPollingTrigger/CrispPollingTrigger.node';
import { LOOKBACK_MS, SWEEP_MS } from '../nodes/CrispPollingTrigger/poll';

const { prng } = crisp;
const trigger = new CrispPollingTrigger();
const MIN = 60_000;
const T0 = Date.parse('2026-06-15T12:00:00.000Z');
let now = T0;
useClock(pollClock, () => now);

let fake: CrispFake;
async function start(opts: Parameters<typeof createCrispFake>[0] = {}): Promise<CrispFake> {
	now = T0;
	fake = createCrispFake({ now: () => now, ...opts });
	await fake.start();
	return fake;
}
afterEach(async () => {
	await fake.stop();
	fake.assertNoViolations();
});

/** One poll in a fresh context (as n8n does), over the persisted static data. */
async function poll(state: IDataObject, parameters: IDataObject = {}, mode?: 'manual', credential: IDataObject = {}): Promise<IDataObject[]> {
	const ctx = createPollContext({
		parameters: { event: 'newMessage', ...parameters },
		credentials: { leadchatCrispApi: { ...fake.credentials('plugin'), ...credential } as never },
		credentialTypes: [new CrispApi()],
		nodeType: trigger,
		staticData: state,
		...(mode ? { mode } : {}),
	});
	const out = await trigger.poll.call(ctx);
	return out ? out[0].map((i) => i.json) : [];
}

/** What the fake serves, as JSON (the items the trigger emits are Crisp's records unchanged). */
const json = <T>(value: T): IDataObject => JSON.parse(JSON.stringify(value)) as IDataObject;
const site = () => `/v1/website/${fake.websiteId}`;
/** The requests since the last clearLog, as "METHOD path?query". */
const sent = () => fake.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${decodeURIComponent(r.rawQuery)}` : ''}`);
const messageIds = (items: IDataObject[]) => items.map((m) => `${String(m.session_id)}:${String(m.fingerprint)}`);

/** A conversation with a visitor's first message (Crisp lists conversations that have one). */
function conversationWith(text: string, websiteId?: string) {
	const conversation = fake.addConversation({}, websiteId);
	const message = fake.addVisitorMessage(conversation.session_id, text, websiteId);
	return { conversation, message };
}

describe('Crisp Polling Trigger: New Message', () => {
	it('the first activation emits nothing; later polls emit each new message once, oldest first; an idle poll costs one request', async () => {
		// More conversations than a page: an idle poll still stops at the first one older than its window.
		await start({ seed: { conversations: 120 } });
		const state: IDataObject = {};
		expect(await poll(state)).toEqual([]);
		now += MIN;
		const { conversation, message: first } = conversationWith('Hi, do you ship to Spain?');
		now += 1000;
		const reply = fake.addOperatorMessage(conversation.session_id, 'Yes, in 3 days.');
		const since = T0 - LOOKBACK_MS;
		now += MIN;
		fake.clearLog();
		expect(await poll(state)).toEqual([json(first), json(reply)]);
		expect(sent()).toEqual([
			`GET ${site()}/conversations/1?per_page=50&order_date_updated=1`,
			`GET ${site()}/conversation/${conversation.session_id}/messages?timestamp_after=${since - 1}`,
		]);
		for (let i = 0; i < 3; i++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state)).toEqual([]);
			expect(sent()).toEqual([`GET ${site()}/conversations/1?per_page=50&order_date_updated=1`]);
		}
	});

	it('several messages in one millisecond, across a batch boundary and at the very millisecond of a poll', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const { conversation, message: opener } = conversationWith('opener');
		const sid = conversation.session_id;
		const before = Array.from({ length: 17 }, (_, i) => {
			now += 10;
			return fake.addVisitorMessage(sid, `m${i}`);
		});
		now += 10;
		// Five in one millisecond: messages 19 to 23, across the fake's batch of 20.
		const burst = Array.from({ length: 5 }, (_, i) => fake.addOperatorMessage(sid, `burst ${i}`));
		const atPoll = fake.addVisitorMessage(sid, 'at the poll');
		const emitted = messageIds(await poll(state));
		expect(emitted).toEqual(messageIds([opener, ...before, ...burst, atPoll].map(json)));
		// Same millisecond as the poll's start, after the poll read: the next poll has it.
		const sameMs = fake.addVisitorMessage(sid, 'same millisecond, after the read');
		now += MIN;
		expect(messageIds(await poll(state))).toEqual(messageIds([json(sameMs)]));
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('many conversations between two polls (more than a page) and a conversation with more than a batch of new messages', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const expected: IDataObject[] = [];
		for (let i = 0; i < 60; i++) {
			now += 100;
			expected.push(json(conversationWith(`conversation ${i}`).message));
		}
		const long = fake.conversation(String(expected[0].session_id))!;
		for (let i = 0; i < 45; i++) {
			now += 7;
			expected.push(json(fake.addOperatorMessage(long.session_id, `long ${i}`)));
		}
		now += MIN;
		fake.clearLog();
		const out = await poll(state);
		expect(messageIds(out)).toEqual(messageIds(expected));
		const lists = fake.requestsFor('listConversations').map((r) => r.path.split('/').pop());
		expect(lists).toEqual(['1', '2']);
		// The long conversation: its first message and the 45 others in 206-marked batches of 20.
		const longReads = fake.requests.filter((r) => r.path.endsWith(`${long.session_id}/messages`));
		expect(longReads.map((r) => r.status)).toEqual([206, 206, 200]);
		now += MIN;
		fake.clearLog();
		expect(await poll(state)).toEqual([]);
		// Idle: page 1 was all read before, and reaches more than SETTLE_MS below the newest time read.
		expect(fake.requests.map((r) => r.path.split('/').pop())).toEqual(['1']);
	});

	it('Sender: visitor messages only, or operator messages and notes only', async () => {
		await start();
		const visitorState: IDataObject = {};
		const operatorState: IDataObject = {};
		await poll(visitorState, { sender: 'visitor' });
		await poll(operatorState, { sender: 'operator' });
		now += MIN;
		const { conversation, message: question } = conversationWith('question');
		now += 5;
		const answer = fake.addOperatorMessage(conversation.session_id, 'answer');
		now += 5;
		const note = fake.addOperatorMessage(conversation.session_id, { type: 'note', content: 'VIP customer' });
		now += MIN;
		expect(await poll(visitorState, { sender: 'visitor' })).toEqual([json(question)]);
		expect(await poll(operatorState, { sender: 'operator' })).toEqual([json(answer), json(note)]);
	});

	it('a failed poll (500 on the second conversation\'s messages) changes nothing; the next poll emits each message once', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const a = conversationWith('first');
		now += 10;
		const b = conversationWith('second');
		now += MIN;
		const before = JSON.stringify(state);
		fake.inject({ status: 500, body: { error: true, reason: 'server_error', data: {} } }, { match: { path: `/v1/website/${fake.websiteId}/conversation/${a.conversation.session_id}/messages` } });
		const error = await poll(state).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toContain('server_error');
		expect(JSON.stringify(state)).toBe(before);
		now += MIN;
		expect(messageIds(await poll(state))).toEqual(messageIds([a.message, b.message].map(json)));
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('a restart (static data saved as JSON) neither loses nor repeats', async () => {
		await start();
		let state: IDataObject = {};
		await poll(state);
		now += MIN;
		const first = conversationWith('before the restart');
		now += MIN;
		expect(messageIds(await poll(state))).toEqual(messageIds([json(first.message)]));
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += 3 * MIN;
		const during = [fake.addVisitorMessage(first.conversation.session_id, 'while n8n was down'), conversationWith('also while down').message];
		now += 2 * MIN;
		expect(messageIds(await poll(state))).toEqual(messageIds(during.map(json)));
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('messages and conversations added while the poll reads are emitted exactly once over the next polls', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const all: string[] = [];
		for (let i = 0; i < 70; i++) {
			now += 3;
			all.push(...messageIds([json(conversationWith(`c${i}`).message)]));
		}
		let added = 0;
		fake.intercept(async (req, next) => {
			if (req.method === 'GET' && added < 40) {
				// Each request sees a moving inbox: a new conversation, and a reply in an older one.
				now += 2;
				all.push(...messageIds([json(conversationWith(`during ${added}`).message)]));
				const older = fake.requests.find((r) => r.path.endsWith('/messages'))?.path.split('/')[5];
				if (older) all.push(...messageIds([json(fake.addOperatorMessage(older, `reply ${added}`))]));
				added++;
			}
			return next();
		});
		now += MIN;
		const emitted = messageIds(await poll(state));
		for (let i = 0; i < 3; i++) {
			now += MIN;
			emitted.push(...messageIds(await poll(state)));
		}
		expect(added).toBe(40);
		expect(emitted.length).toBe(all.length);
		expect([...emitted].sort()).toEqual([...all].sort());
	});

	it('manual mode returns the newest message (of the chosen sender) and leaves the state alone', async () => {
		await start();
		const { conversation, message } = conversationWith('newest from the visitor');
		now += 1;
		const reply = fake.addOperatorMessage(conversation.session_id, 'newest from an operator');
		const state: IDataObject = {};
		expect(await poll(state, {}, 'manual')).toEqual([json(reply)]);
		expect(await poll(state, { sender: 'visitor' }, 'manual')).toEqual([json(message)]);
		expect(state).toEqual({});
	});

	it('randomized: messages at random times between and during polls, 500s and restarts — each emitted exactly once', async () => {
		await start({ seed: { conversations: 30 } });
		const rand = prng(20260615);
		let state: IDataObject = {};
		await poll(state);
		const expected: string[] = [];
		const emitted: string[] = [];
		const sessions = [...fake.site().conversations.keys()];
		const write = () => {
			if (rand() < 0.25 || !sessions.length) {
				const { conversation, message } = conversationWith('new');
				sessions.push(conversation.session_id);
				expected.push(...messageIds([json(message)]));
				return;
			}
			const sid = sessions[Math.floor(rand() * sessions.length)];
			const message = rand() < 0.5 ? fake.addVisitorMessage(sid, 'visitor') : fake.addOperatorMessage(sid, rand() < 0.2 ? { type: 'note', content: 'note' } : 'operator');
			expected.push(...messageIds([json(message)]));
		};
		let inPoll = false;
		fake.intercept(async (req, next) => {
			if (inPoll && rand() < 0.3) {
				now += Math.floor(rand() * 50);
				const k = 1 + Math.floor(rand() * 3);
				for (let i = 0; i < k; i++) write();
			}
			return next();
		});
		let failures = 0;
		for (let round = 0; round < 30; round++) {
			now += 1000 + Math.floor(rand() * 3 * MIN);
			const between = rand() < 0.15 ? 40 + Math.floor(rand() * 40) : Math.floor(rand() * 8);
			const sameMs = rand() < 0.3;
			for (let i = 0; i < between; i++) {
				write();
				if (!sameMs) now += Math.floor(rand() * 2000);
			}
			if (rand() < 0.2) fake.inject({ status: 500, body: { error: true, reason: 'server_error', data: {} } }, { match: { path: /\/messages$|\/conversations\/\d+$/ } });
			if (rand() < 0.2) state = JSON.parse(JSON.stringify(state)) as IDataObject;
			inPoll = true;
			try {
				emitted.push(...messageIds(await poll(state)));
			} catch (error) {
				expect(error).toBeInstanceOf(NodeApiError);
				failures++;
			} finally {
				inPoll = false;
				fake.clearFaults();
			}
		}
		now += MIN;
		emitted.push(...messageIds(await poll(state)));
		now += MIN;
		emitted.push(...messageIds(await poll(state)));
		expect(failures).toBeGreaterThan(0);
		expect(new Set(emitted).size).toBe(emitted.length);
		expect([...emitted].sort()).toEqual([...expected].sort());
	});
});

describe('Crisp Polling Trigger: New Conversation', () => {
	const newConversation = { event: 'newConversation' };
	const sessionIds = (items: IDataObject[]) => items.map((c) => String(c.session_id));

	it('emits a conversation once when it gets its first message; an idle poll costs one request', async () => {
		await start({ seed: { conversations: 120 } });
		const state: IDataObject = {};
		expect(await poll(state, newConversation)).toEqual([]);
		now += MIN;
		const a = conversationWith('first');
		now += 1;
		const b = conversationWith('second');
		// An existing conversation with a new message is not new.
		const existing = [...fake.site().conversations.values()][0];
		fake.addVisitorMessage(existing.session_id, 'back again');
		now += MIN;
		fake.clearLog();
		const out = await poll(state, newConversation);
		expect(sessionIds(out)).toEqual([a.conversation.session_id, b.conversation.session_id]);
		expect(out[0]).toEqual(json(fake.conversation(a.conversation.session_id)));
		// The existing conversation was created before the window: one look at its earlier messages.
		expect(sent()).toEqual([
			`GET ${site()}/conversations/1?per_page=50&order_date_updated=1`,
			`GET ${site()}/conversation/${existing.session_id}/messages?timestamp_before=${T0 - LOOKBACK_MS}`,
		]);
		fake.addOperatorMessage(a.conversation.session_id, 'a reply does not make it new again');
		for (let i = 0; i < 3; i++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state, newConversation)).toEqual([]);
			expect(sent()).toEqual([`GET ${site()}/conversations/1?per_page=50&order_date_updated=1`]);
		}
	});

	it('a conversation opened long ago whose first message comes now is new', async () => {
		await start();
		const state: IDataObject = {};
		const opened = fake.addConversation({ created_at: T0 - 30 * MIN });
		await poll(state, newConversation);
		now += 2 * MIN;
		fake.addVisitorMessage(opened.session_id, 'finally writing');
		now += MIN;
		expect(sessionIds(await poll(state, newConversation))).toEqual([opened.session_id]);
		now += MIN;
		fake.addVisitorMessage(opened.session_id, 'and again');
		now += MIN;
		expect(await poll(state, newConversation)).toEqual([]);
		// Long after, a new message does not make it new either.
		now += 20 * MIN;
		fake.addVisitorMessage(opened.session_id, 'weeks later');
		now += MIN;
		expect(await poll(state, newConversation)).toEqual([]);
	});

	it('several conversations in one millisecond and 120 between two polls', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state, newConversation);
		now += MIN;
		const created = Array.from({ length: 120 }, (_, i) => conversationWith(`burst ${i}`).conversation.session_id);
		now += MIN;
		fake.clearLog();
		const out = sessionIds(await poll(state, newConversation));
		expect(out).toHaveLength(120);
		expect(new Set(out)).toEqual(new Set(created));
		// Same millisecond: by session id.
		expect(out).toEqual([...created].sort());
		expect(fake.requestsFor('listConversations').map((r) => r.path.split('/').pop())).toEqual(['1', '2', '3']);
		now += MIN;
		expect(await poll(state, newConversation)).toEqual([]);
	});

	it('a 500 on the second page changes nothing; the next poll emits each conversation once', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state, newConversation);
		now += MIN;
		const created = Array.from({ length: 80 }, (_, i) => {
			now += 3;
			return conversationWith(`p${i}`).conversation.session_id;
		});
		now += MIN;
		const before = JSON.stringify(state);
		fake.inject({ status: 500, body: { error: true, reason: 'server_error', data: {} } }, { match: { path: `/v1/website/${fake.websiteId}/conversations/2` } });
		await expect(poll(state, newConversation)).rejects.toThrow(NodeApiError);
		expect(JSON.stringify(state)).toBe(before);
		now += MIN;
		expect(sessionIds(await poll(state, newConversation))).toEqual(created);
	});

	it('a restart (static data saved as JSON) neither loses nor repeats', async () => {
		await start();
		let state: IDataObject = {};
		await poll(state, newConversation);
		now += MIN;
		const a = conversationWith('a').conversation.session_id;
		now += MIN;
		expect(sessionIds(await poll(state, newConversation))).toEqual([a]);
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += 4 * MIN;
		const b = conversationWith('b').conversation.session_id;
		now += 3 * MIN;
		expect(sessionIds(await poll(state, newConversation))).toEqual([b]);
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += MIN;
		expect(await poll(state, newConversation)).toEqual([]);
	});

	it('conversations created while the pages are read are emitted exactly once', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state, newConversation);
		now += MIN;
		const all = Array.from({ length: 110 }, (_, i) => {
			now += 2;
			return conversationWith(`s${i}`).conversation.session_id;
		});
		let during = 0;
		fake.intercept(async (req, next) => {
			if (req.path.includes('/conversations/') && during < 30) {
				for (let i = 0; i < 10; i++) {
					now += 1;
					all.push(conversationWith(`during ${during++}`).conversation.session_id);
				}
			}
			return next();
		});
		now += MIN;
		const emitted = sessionIds(await poll(state, newConversation));
		now += MIN;
		emitted.push(...sessionIds(await poll(state, newConversation)));
		now += MIN;
		emitted.push(...sessionIds(await poll(state, newConversation)));
		expect(during).toBe(30);
		expect(emitted.length).toBe(all.length);
		expect([...emitted].sort()).toEqual([...all].sort());
	});

	it('manual mode returns the newest conversation by creation', async () => {
		await start();
		now += MIN;
		const { conversation } = conversationWith('the newest');
		expect(sessionIds(await poll({}, newConversation, 'manual'))).toEqual([conversation.session_id]);
		expect(fake.requests.map((r) => r.query)).toEqual([{ per_page: '50', order_date_created: '1' }]);
	});
});

describe('Crisp Polling Trigger: Conversation State Changed', () => {
	const stateChanged = { event: 'conversationStateChanged' };
	const changes = (items: IDataObject[]) => items.map((c) => [String(c.session_id), c.previous_state, c.state]);

	it('emits each change with the previous state; messages without a change emit nothing; an idle poll costs one request', async () => {
		await start({ seed: { conversations: 120 } });
		const state: IDataObject = {};
		now += MIN;
		const { conversation } = conversationWith('help please');
		const sid = conversation.session_id;
		now += MIN;
		await poll(state, stateChanged);
		now += MIN;
		fake.addOperatorMessage(sid, 'on it');
		now += MIN;
		expect(changes(await poll(state, stateChanged))).toEqual([[sid, 'pending', 'unresolved']]);
		now += MIN;
		fake.addVisitorMessage(sid, 'thanks');
		now += MIN;
		expect(await poll(state, stateChanged)).toEqual([]);
		now += MIN;
		fake.setConversationState(sid, 'resolved');
		now += MIN;
		const [resolved] = await poll(state, stateChanged);
		expect(resolved).toEqual({ ...json(fake.conversation(sid)), previous_state: 'unresolved' });
		for (let i = 0; i < 2; i++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state, stateChanged)).toEqual([]);
			expect(sent()).toEqual([`GET ${site()}/conversations/1?per_page=50&order_date_updated=1`]);
		}
	});

	it('a conversation not seen before counts as changed (previous_state null); a new pending one does not; the States filter', async () => {
		await start();
		const all: IDataObject = {};
		const resolvedOnly: IDataObject = {};
		await poll(all, stateChanged);
		await poll(resolvedOnly, { ...stateChanged, states: ['resolved'] });
		const old = [...fake.site().conversations.values()].find((c) => c.state === 'unresolved' && c.updated_at < T0 - 2 * LOOKBACK_MS)!;
		now += MIN;
		fake.setConversationState(old.session_id, 'resolved');
		now += 1;
		const fresh = conversationWith('new and pending').conversation.session_id;
		now += MIN;
		expect(changes(await poll(all, stateChanged))).toEqual([[old.session_id, null, 'resolved']]);
		expect(changes(await poll(resolvedOnly, { ...stateChanged, states: ['resolved'] }))).toEqual([[old.session_id, null, 'resolved']]);
		now += MIN;
		fake.addOperatorMessage(fresh, 'hello');
		now += MIN;
		expect(changes(await poll(all, stateChanged))).toEqual([[fresh, 'pending', 'unresolved']]);
		expect(await poll(resolvedOnly, { ...stateChanged, states: ['resolved'] })).toEqual([]);
	});

	it('a change in the same millisecond as the poll that read the conversation is not lost', async () => {
		await start();
		const state: IDataObject = {};
		const { conversation } = conversationWith('x');
		await poll(state, stateChanged);
		now += MIN;
		fake.addVisitorMessage(conversation.session_id, 'a message at the poll');
		expect(await poll(state, stateChanged)).toEqual([]);
		fake.setConversationState(conversation.session_id, 'resolved');
		now += MIN;
		expect(changes(await poll(state, stateChanged))).toEqual([[conversation.session_id, 'pending', 'resolved']]);
	});
});

describe('Crisp Polling Trigger: New or Updated Person', () => {
	const people = { event: 'newOrUpdatedPerson' };
	const versions = (items: IDataObject[]) => items.map((p) => `${String(p.people_id)}@${String(p.updated_at)}`);

	it('emits new profiles and each update once, several in one millisecond; an idle poll costs one request', async () => {
		await start({ seed: { people: 120 } });
		const state: IDataObject = {};
		expect(await poll(state, people)).toEqual([]);
		now += MIN;
		const a = fake.addProfile({ email: 'ana@example.com', person: { nickname: 'Ana' } });
		const b = fake.addProfile({ email: 'bruno@example.com', person: { nickname: 'Bruno' } });
		now += MIN;
		fake.clearLog();
		const created = await poll(state, people);
		expect(created).toEqual([json(fake.profile(a.people_id)), json(fake.profile(b.people_id))].sort((x, y) => (String(x.people_id) < String(y.people_id) ? -1 : 1)));
		expect(sent()).toEqual([`GET ${site()}/people/profiles/1?per_page=50&sort_field=updated_at&sort_order=descending`]);
		now += MIN;
		fake.updateProfile(a.people_id, { person: { nickname: 'Ana María' } });
		now += MIN;
		const updated = await poll(state, people);
		expect(versions(updated)).toEqual([`${a.people_id}@${now - MIN}`]);
		expect(updated[0]).toMatchObject({ person: { nickname: 'Ana María' } });
		now += MIN;
		fake.clearLog();
		expect(await poll(state, people)).toEqual([]);
		expect(fake.requests).toHaveLength(1);
	});

	it('a 500, a restart and profiles added while pages are read: each version once', async () => {
		await start();
		let state: IDataObject = {};
		await poll(state, people);
		now += MIN;
		const expected = Array.from({ length: 70 }, (_, i) => {
			now += 1;
			return fake.addProfile({ email: `p${i}@example.com` });
		}).map((p) => `${p.people_id}@${p.updated_at}`);
		fake.inject({ status: 500, body: { error: true, reason: 'server_error', data: {} } }, { match: { path: `/v1/website/${fake.websiteId}/people/profiles/2` } });
		now += MIN;
		await expect(poll(state, people)).rejects.toThrow(NodeApiError);
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		let during = 0;
		fake.intercept(async (req, next) => {
			if (req.path.includes('/people/profiles/') && during < 5) {
				now += 1;
				const p = fake.addProfile({ email: `during${during++}@example.com` });
				expected.push(`${p.people_id}@${p.updated_at}`);
			}
			return next();
		});
		const emitted = versions(await poll(state, people));
		for (let i = 0; i < 2; i++) {
			now += MIN;
			emitted.push(...versions(await poll(state, people)));
		}
		expect(during).toBe(5);
		expect(emitted.length).toBe(expected.length);
		expect([...emitted].sort()).toEqual([...expected].sort());
	});

	it('manual mode returns the most recently updated profile', async () => {
		await start();
		const [, second] = [...fake.site().people.values()];
		now += MIN;
		fake.updateProfile(second.people_id, { notepad: 'called back' });
		expect((await poll({}, people, 'manual')).map((p) => p.people_id)).toEqual([second.people_id]);
	});
});

describe('Crisp Polling Trigger: website and settings', () => {
	it("reads the node's Website, else the credential's default; neither → an error naming the field", async () => {
		await start();
		const other = fake.seeded!.otherWebsiteId;
		await poll({}, { websiteId: { __rl: true, mode: 'id', value: other } });
		expect(fake.requests.map((r) => r.path)).toEqual([`/v1/website/${other}/conversations/1`]);
		const error = await poll({}, {}, undefined, { websiteId: '' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('"Website" is required: choose a website, or set a Default Website ID in the Crisp API credential');
	});

	it('changing the website or a filter starts afresh instead of replaying', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		conversationWith('on the first website');
		now += MIN;
		const other = { websiteId: { __rl: true, mode: 'id', value: fake.seeded!.otherWebsiteId } };
		expect(await poll(state, other)).toEqual([]);
		now += MIN;
		const there = conversationWith('on the other website', fake.seeded!.otherWebsiteId);
		now += MIN;
		expect(await poll(state, other)).toEqual([json(there.message)]);
		now += MIN;
		expect(await poll(state, { ...other, sender: 'operator' })).toEqual([]);
	});
});

describe('Crisp Polling Trigger: a record Crisp lists late', () => {
	// Listed later than SETTLE_MS after its time, below a full page of records already read: an idle
	// poll stops on that page; the sweep (5 minutes after the last one) reads the window and emits it, once.
	it.each(['newMessage', 'newConversation', 'newOrUpdatedPerson'])('%s: below a full page already read, it is emitted by the next sweep, once', async (event) => {
		await start();
		const state: IDataObject = {};
		const t0 = now;
		await poll(state, { event });
		const add = () => (event === 'newOrUpdatedPerson' ? fake.addProfile({ email: `p${now}@example.com` }) : conversationWith('burst'));
		for (let i = 0; i < 60; i++) {
			now += 1000;
			add();
		}
		now += 10_000;
		expect(await poll(state, { event })).toHaveLength(60);
		now += MIN;
		// Dated 5 s into the burst (55 newer records above it), listed only now.
		const listed = now;
		now = t0 + 5_000;
		const late = event === 'newOrUpdatedPerson' ? { profile: fake.addProfile({ email: 'late@example.com' }) } : conversationWith('late');
		now = listed;
		const list = event === 'newOrUpdatedPerson' ? 'people/profiles' : 'conversations';
		const query = event !== 'newOrUpdatedPerson' ? 'per_page=50&order_date_updated=1' : 'per_page=50&sort_field=updated_at&sort_order=descending';
		const page = (n: number) => `GET ${site()}/${list}/${n}?${query}`;
		const polls: Array<[number, string[], string[]]> = [];
		for (let minute = 0; minute <= 4; minute++) {
			if (minute) now += MIN;
			fake.clearLog();
			const out = await poll(state, { event });
			polls.push([now - t0, event === 'newMessage' ? messageIds(out) : out.map((r) => String(r.people_id ?? r.session_id)), sent()]);
		}
		const lateId = 'profile' in late ? late.profile.people_id : event === 'newMessage' ? messageIds([json(late.message)])[0] : late.conversation.session_id;
		expect(polls).toEqual([
			// Page 1 was all read before and reaches more than SETTLE_MS below the newest time read.
			...[130, 190, 250].map((s) => [s * 1000, [], [page(1)]]),
			// 310 s after the first poll (the last sweep): its window from then minus the look-back, 61 records
			// (and, for New Message, the late conversation's messages since the window start).
			[
				310_000,
				[lateId],
				[page(1), page(2), ...('conversation' in late && event === 'newMessage' ? [`GET ${site()}/conversation/${late.conversation.session_id}/messages?timestamp_after=${t0 - LOOKBACK_MS - 1}`] : [])],
			],
			[370_000, [], [page(1)]],
		]);
		expect(SWEEP_MS).toBe(5 * MIN);
	});
});

/** One record of the event's list, changed now (a conversation with its first message, or a profile); its id. */
const change: Record<string, () => string> = {
	newMessage: () => messageIds([json(conversationWith('burst').message)])[0],
	newConversation: () => conversationWith('burst').conversation.session_id,
	conversationStateChanged: () => conversationWith('burst').conversation.session_id,
	newOrUpdatedPerson: () => fake.addProfile({ email: `p${Math.random()}@example.com` }).people_id,
};

describe('Crisp Polling Trigger: an idle poll costs one request', () => {
	const bursts = [50, 500, 2000];
	const cases = Object.keys(change).flatMap((event) => bursts.map((burst) => [event, burst] as const));

	it.each(cases)('%s: after a burst of %i records, each poll of the look-back costs one request, but the sweep every 5 minutes reads its whole window', async (event, burst) => {
		await start();
		const state: IDataObject = {};
		await poll(state, { event });
		const start0 = now;
		const step = Math.floor((4 * MIN) / burst);
		for (let i = 0; i < burst; i++) {
			now += step;
			change[event]();
		}
		/** A sweep from `from`: the list's pages down to the first record before it (50 a page), nothing else. */
		const sweep = (from: number) => {
			const inWindow = Array.from({ length: burst }, (_, i) => start0 + (i + 1) * step).filter((t) => t >= from).length;
			return Array.from({ length: Math.floor(inWindow / 50) + 1 }, (_, p) =>
				event === 'newOrUpdatedPerson'
					? `GET ${site()}/people/profiles/${p + 1}?per_page=50&sort_field=updated_at&sort_order=descending`
					: `GET ${site()}/conversations/${p + 1}?per_page=50&order_date_updated=1`,
			);
		};
		now += 10_000;
		fake.clearLog();
		const emitted = await poll(state, { event });
		// New Conversation and New Message emit each conversation; a new pending conversation is no state change.
		expect(emitted).toHaveLength(event === 'conversationStateChanged' ? 0 : burst);
		const list = event === 'newOrUpdatedPerson' ? 'people/profiles' : 'conversations';
		expect(fake.requests.filter((r) => r.path.includes(`/${list}/`)).length).toBe(Math.ceil(burst / 50) + (burst % 50 === 0 ? 1 : 0));
		for (let minute = 1; minute <= 6; minute++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state, { event })).toEqual([]);
			// 5 minutes after the first poll (the last sweep), and again 5 minutes later: the window from
			// the last sweep's start minus the look-back (the whole burst, then the burst from its 10th second).
			if (minute === 1) expect(sent()).toEqual(sweep(start0 - SWEEP_MS));
			else if (minute === 6) expect(sent()).toEqual(sweep(start0 + 10_000));
			else expect(sent()).toEqual(sweep(Infinity));
		}
	});
});

describe('Crisp Polling Trigger: after an instant burst, when Crisp read the list', () => {
	// Every record of a burst in one millisecond: no page of it reaches SETTLE_MS below the newest time
	// read, so without more an idle poll would read the whole burst. Crisp's Date (whole seconds, less
	// one) says when it read the list: records listed after that are dated after it, so the next polls
	// stop after page 1.
	it.each(Object.keys(change))('%s: each idle poll costs one request until the sweep', async (event) => {
		await start();
		const state: IDataObject = {};
		const t0 = now;
		await poll(state, { event });
		now = t0 + 3_000;
		for (let i = 0; i < 60; i++) change[event]();
		now = t0 + 10_000;
		expect(await poll(state, { event })).toHaveLength(event === 'conversationStateChanged' ? 0 : 60);
		const page = (n: number) =>
			event === 'newOrUpdatedPerson'
				? `GET ${site()}/people/profiles/${n}?per_page=50&sort_field=updated_at&sort_order=descending`
				: `GET ${site()}/conversations/${n}?per_page=50&order_date_updated=1`;
		for (let minute = 1; minute <= 4; minute++) {
			now = t0 + 10_000 + minute * MIN;
			fake.clearLog();
			expect(await poll(state, { event })).toEqual([]);
			expect(sent()).toEqual([page(1)]);
		}
		// Five minutes after the first poll, the sweep reads its window: both pages of the burst.
		now = t0 + 10_000 + 5 * MIN;
		fake.clearLog();
		expect(await poll(state, { event })).toEqual([]);
		expect(sent()).toEqual([page(1), page(2)]);
	});
});
