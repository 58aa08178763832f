import { useClock } from '../src';

const clock = { now: () => 1 };

describe('useClock: inside the describe it is called in', () => {
	let time = 100;
	useClock(clock, () => time);

	it('clock.now reads the test time, as it changes', () => {
		expect(clock.now()).toBe(100);
		time += 5;
		expect(clock.now()).toBe(105);
	});
});

describe('useClock: after that describe', () => {
	it('clock.now is the one it replaced', () => {
		expect(clock.now()).toBe(1);
	});
});
