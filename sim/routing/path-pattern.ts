/**
 * Path patterns such as `/participants/:id/contract/terminate`: literal
 * segments match themselves, `:name` segments match any one non-empty segment.
 * Shared by the route table and by fault routes, so both read the same way.
 */

/** A compiled path pattern. */
export interface PathPattern {
  readonly source: string;
  /** True when the pattern has no `:params` (it can be looked up by exact string). */
  readonly isStatic: boolean;
  /** The captured params if `path` matches, else null. */
  match(path: string): Record<string, string> | null;
}

/** Compiles a pattern; throws on an empty `:` name or a pattern not starting with `/`. */
export function compilePathPattern(source: string): PathPattern {
  if (!source.startsWith('/')) throw new Error(`Path pattern must start with "/": ${source}`);
  const segments = source.split('/');
  const names = segments.map((segment) => {
    if (!segment.startsWith(':')) return null;
    if (segment.length === 1) throw new Error(`Empty param name in path pattern: ${source}`);
    return segment.slice(1);
  });
  const isStatic = names.every((name) => name === null);
  return {
    source,
    isStatic,
    match(path: string): Record<string, string> | null {
      if (isStatic) return path === source ? {} : null;
      const parts = path.split('/');
      if (parts.length !== segments.length) return null;
      const params: Record<string, string> = {};
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        const name = names[i];
        if (name === null || name === undefined) {
          if (part !== segments[i]) return null;
        } else {
          if (part === '') return null;
          params[name] = safeDecode(part);
        }
      }
      return params;
    },
  };
}

// Note: a malformed escape stays raw rather than failing the whole request;
// the handler's own validation then rejects the odd value.
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
