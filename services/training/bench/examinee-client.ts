// One examinee's browser as the bench needs it: the session cookie, the CSRF cookie and token fetched once for
// that session, and tRPC mutations sent as the api-client sends them (superjson of plain JSON is `{ json }`).
import type { Examinee } from './exam-world.ts';

export interface SignedIn extends Examinee {
  cookie: string;
  csrf: string;
}

/** Fetches the CSRF token of each examinee's session, `parallel` at a time. */
export async function signIn(origin: string, examinees: Examinee[], parallel = 32): Promise<SignedIn[]> {
  const signedIn: SignedIn[] = new Array(examinees.length);
  let next = 0;
  const worker = async () => {
    while (next < examinees.length) {
      const i = next++;
      const examinee = examinees[i]!;
      const session = `duda_session=${examinee.token}`;
      const response = await fetch(`${origin}/api/csrf-token`, { headers: { cookie: session } });
      if (!response.ok) throw new Error(`csrf-token: ${response.status}`);
      const { token } = (await response.json()) as { token: string };
      const csrfCookie = response.headers
        .getSetCookie()
        .map((line) => line.split(';')[0]!)
        .find((pair) => pair.startsWith('duda_csrf='));
      signedIn[i] = {
        ...examinee,
        cookie: csrfCookie ? `${session}; ${csrfCookie}` : session,
        csrf: token,
      };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return signedIn;
}

/** A mutation; resolves to its data, or throws with the status and error code. */
export async function mutate<T>(origin: string, who: SignedIn, path: string, input: unknown): Promise<T> {
  const response = await fetch(`${origin}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: who.cookie, 'x-csrf-token': who.csrf },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as {
    result?: { data: { json: T } };
    error?: { json: { data?: { code?: string; error?: { code?: string } } } };
  };
  if (!response.ok || !body.result) {
    const code = body.error?.json.data?.error?.code ?? body.error?.json.data?.code ?? 'no code';
    throw new Error(`${path}: ${response.status} ${code}`);
  }
  return body.result.data.json;
}

/** A query (GET, no CSRF); resolves to its data, or throws with the status. */
export async function read<T>(origin: string, who: SignedIn, path: string): Promise<T> {
  const response = await fetch(`${origin}/trpc/${path}`, { headers: { cookie: who.cookie } });
  const body = (await response.json()) as { result?: { data: { json: T } } };
  if (!response.ok || !body.result) throw new Error(`${path}: ${response.status}`);
  return body.result.data.json;
}
