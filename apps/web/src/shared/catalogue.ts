/** The shape of a message catalogue: every other language must have exactly the Dutch keys. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
