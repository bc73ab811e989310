// What the Workbench service refuses: each sub-area keeps its codes in its own file (`defineErrors('portal.<sub>')`)
// and is one entry here. The inbox refuses nothing of its own: it reads every area as the caller.
import type { MessageCatalog } from '@duda/contract-kit';
import { dutyEvidenceTerms } from './duties.ts';
import { dutiesErrors } from './duties-errors.ts';
import { reportsErrors } from './reports-errors.ts';
import { worklogErrors } from './worklog-errors.ts';

/** What a page registers so this area's refusals read in the portal language. */
export const portalCatalogs: MessageCatalog[] = [
  dutiesErrors.catalog,
  dutyEvidenceTerms.catalog,
  worklogErrors.catalog,
  reportsErrors.catalog,
];
