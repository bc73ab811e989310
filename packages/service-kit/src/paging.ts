import type { PageInput } from '@duda/contract-kit';

// The paging inputs are the contracts' (@duda/contract-kit); the service side turns them into a query.
export { pageInput, sortInput, type Page, type PageInput } from '@duda/contract-kit';

export const skipTake = ({ page, pageSize }: PageInput) => ({ skip: (page - 1) * pageSize, take: pageSize });
