/**
 * Reads an answer's JSON body and returns it with an unread copy of the answer for the next reader
 * (tRPC). Used only on error answers, which are small. Reading the text once and rebuilding the Response
 * avoids `Response.clone()`, whose tee is not implemented faithfully everywhere (happy-dom returns two
 * empty bodies), and would otherwise break the very answers we look at.
 */
export async function peekJson(response: Response): Promise<{ body: unknown; response: Response }> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy's HTML error page: nothing to read here; tRPC reports it as unreadable.
  }
  const copy = new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return { body, response: copy };
}
