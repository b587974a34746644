/** How far a search query may go, and how its errors name the argument it came from. */

/**
 * Default bounds. Note: the length cap keeps lexing, parsing and evaluation cheap for every
 * record of a list; the depth cap (parentheses and modifiers together) is checked before
 * each recursive step, so no query can grow the parser's stack past a few dozen frames.
 */
export const SEARCH_QUERY_LIMITS = { maxLength: 512, maxDepth: 16 } as const;

/** Options of {@link parseSearchQuery} and {@link compileSearchQuery}; every one is optional. */
export interface SearchQueryOptions {
  /** The argument name errors start with; `filter` by default. */
  readonly label?: string;
  /** The longest query accepted, in characters. */
  readonly maxLength?: number;
  /** The deepest nesting of parentheses and `-`/`NOT` accepted. */
  readonly maxDepth?: number;
}

/** {@link SearchQueryOptions} with every default filled in. */
export interface SearchQuerySettings {
  readonly label: string;
  readonly maxLength: number;
  readonly maxDepth: number;
}

/** Fills in the defaults of {@link SEARCH_QUERY_LIMITS} and the `filter` label. */
export function searchQuerySettings(options: SearchQueryOptions = {}): SearchQuerySettings {
  return {
    label: options.label ?? 'filter',
    maxLength: options.maxLength ?? SEARCH_QUERY_LIMITS.maxLength,
    maxDepth: options.maxDepth ?? SEARCH_QUERY_LIMITS.maxDepth,
  };
}
