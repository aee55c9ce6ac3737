/** Which IRIs a query may bind: kept apart from the query builder so the link codec can check them without loading sparqljs. */

/** Only http(s), urn and similar absolute IRIs are bound; anything with IRI-breaking characters is refused. */
export function isBindableIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value);
}
