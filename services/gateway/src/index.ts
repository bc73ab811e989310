export { buildGateway, type GatewayOptions } from './server.ts';
export { createServices, type GatewayServices } from './services.ts';
export { loadConfig, type GatewayConfig } from './config.ts';
export type { AppRouter } from './router.ts';
