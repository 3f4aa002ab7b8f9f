// Document paths as the expression parsers resolve them (kept apart so parsers and path helpers share them).

/** A map key (attribute name) or a list index. */
export type PathElement = string | number;

/** A document path with placeholders resolved: `a.#n[2]` with #n = 'b' is ['a', 'b', 2]. */
export type DocPath = readonly PathElement[];
