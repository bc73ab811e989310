// A `./remote` module that forgot `export default defineRemote(...)`.
export const routes = [];
