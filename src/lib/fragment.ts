/**
 * The element id a URL fragment names. Fragments arrive percent-encoded (#sec_1, or #%E4%B8%80 for a non-ASCII id);
 * one that is not valid percent-encoding (#%E0%A4%A, from a truncated or hand-edited link) is taken as written, so it
 * names no element instead of throwing a URIError.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
