/** What a search query may be compiled against: the fields a caller declares, and its records. */

/**
 * How one field is searched:
 * - `text`: `:` equals ignoring case, `:~a,b` contains every listed text (ignoring case);
 * - `enum`: one of `values`, matched ignoring case; a value outside them is refused;
 * - `integer`: exact whole numbers of any size (BigInt), with `:<`, `:>`, `:<=`, `:>=`;
 * - `datetime`: a date (`2022-01-01`, midnight UTC) or a UTC date-time, ordered exactly.
 * Every type accepts `:*` (is null or absent).
 */
export type SearchFieldSpec =
  | { readonly type: 'text' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'integer' }
  | { readonly type: 'datetime' };

/** The searchable fields by the name a query uses for them (names match exactly). */
export type SearchFields = Readonly<Record<string, SearchFieldSpec>>;

/**
 * One record as a query sees it: the caller adapts its objects to this. Integers may be
 * bigint or integer text; date-times are ISO-8601 UTC text; null and undefined are absent.
 */
export type SearchRecord = Readonly<Record<string, string | bigint | null | undefined>>;

/** One value of a {@link SearchRecord}. */
export type SearchValue = SearchRecord[string];

/** A compiled query: true for the records it matches. */
export type SearchPredicate = (record: SearchRecord) => boolean;
