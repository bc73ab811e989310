// Where other page groups add to the scorecard page without editing it: appeals (申诉) and calibration put a
// component here, one line each. A line action renders beside each line's evidence
// (props: `card`, `line`); a section renders below the adjustments (props: `card`). Both receive the scorecard as
// `performance.scorecards.get` returns it and may call their own procedures.
import type { RouterOutputs } from '@duda/api-client';
import type { Component } from 'vue';
import AppealLineAction from '../appeals/AppealLineAction.vue';

export type ScorecardDetail = RouterOutputs['performance']['scorecards']['get'];
export type ScorecardLine = ScorecardDetail['lines'][number];

export const scorecardLineActions: Component[] = [AppealLineAction];
export const scorecardSections: Component[] = [];
