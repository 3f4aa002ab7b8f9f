// The shape a translation must have: every key of the English area, a string for a string and a
// function with the same parameters for a function, so a missing or mistyped entry fails the type check.
export type Messages<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };
