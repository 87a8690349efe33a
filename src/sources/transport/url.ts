/**
 * Endpoint URLs from a configured base, with the URL API: a base such as
 * `https://mimir.example.com/prometheus?tenant=a` gets the API path appended to its path, and
 * keeps its query (string concatenation put the path inside the query string).
 */
export function endpointUrl(base: string, apiPath: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${apiPath.replace(/^\/+/, '')}`;
  return url.toString();
}
