/**
 * A test's control of a clock that the code under test reads through an object, such as core's
 * `pollClock`. Import that object from `@leadchat/core` in the test: jest maps the name to core's
 * sources, the module the node's own sources import, so the test sets the clock they read (a built
 * package bundles a copy of core of its own, which no unit test sets).
 */
export interface SettableClock {
	now: () => number;
}

/**
 * For the test file (or the `describe` it is called in): `clock.now` reads `read()` from before the
 * first test to after the last, then is restored. `read` is usually `() => now` over the test's own
 * variable, the one its fake server's clock reads too, so that the code and the fake share one time.
 */
export function useClock(clock: SettableClock, read: () => number): void {
	let original: SettableClock['now'] | undefined;
	beforeAll(() => {
		original = clock.now;
		clock.now = read;
	});
	afterAll(() => {
		if (original) clock.now = original;
	});
}
