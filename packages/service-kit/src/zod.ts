import { z } from 'zod';

// Validation messages reach the user: make zod speak Chinese everywhere it is used on the server.
z.config(z.locales.zhCN());

export { z };
