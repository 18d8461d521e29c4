// The error a promise rejects with, for assertions on its type and message; a promise that resolves fails the test.
export async function rejection(promise: Promise<unknown>): Promise<Error> {
	const outcome = await promise.then(
		() => undefined,
		(error: unknown) => error,
	);
	if (!(outcome instanceof Error)) throw new Error('expected a rejection with an Error');
	return outcome;
}
