// `@duda/api-client/testing`: for tests only (the shell's and this package's), never imported by app code.
export { testApiClient } from './client.ts';
export { clerkAccount, hallManagerAccount } from './accounts.ts';
export { browseTo, startTestGateway, testGatewayCatalogs } from './test-gateway.ts';
export type { RecordedRequest, TestAccount, TestGateway, TestGatewayRouter } from './test-gateway.ts';
