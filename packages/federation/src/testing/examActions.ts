import type { Action } from '@duda/authz';

/**
 * An action of the hypothetical exam remote the tests describe. A real remote's area declares its actions
 * in @duda/authz first (then they type-check as they are); these exist only here.
 */
export const examAction = (name: `exam.${string}`) => name as Action;
