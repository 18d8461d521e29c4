// Decimal rounding; money is kept to 6 decimals (micro-dollars) wherever the server stores or sends it.
export const round = (n: number, digits = 6): number => Math.round(n * 10 ** digits) / 10 ** digits;
