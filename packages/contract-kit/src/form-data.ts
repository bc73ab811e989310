import { z } from 'zod';

/**
 * A multipart body (`FormData`) as a procedure input. Typed with the global `FormData`, which the reader's own
 * environment supplies (the browser's in an app): `z.instanceof(FormData)` alone infers Node's undici class,
 * which the router's declarations (ADR 0026) cannot name.
 */
export const formDataInput = (): z.ZodCustom<FormData, FormData> => z.instanceof(FormData);
