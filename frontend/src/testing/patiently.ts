/**
 * Options for `vi.waitFor`: its default gives up after one second, which a machine busy with
 * other work can take just to render. Like the rest of the suite, tests wait for a condition, and
 * only a condition that never comes takes this long to fail.
 */
export const patiently = { timeout: 30_000, interval: 20 };
