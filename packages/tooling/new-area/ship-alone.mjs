// What a new area's team still does by hand to ship its service as its own deployable (ADR 0014, ADR 0015):
// `pnpm new-area` prints it, naming each file. Until then the service runs inside the gateway everywhere, so
// none of this blocks the area; the infra tests hold each piece to the others once any of it is done.
// `forms` is the model to copy: a service that ships alone and calls org, as a new area's module does.

const MODEL = 'forms';

/**
 * The steps, each a repository file, what to add there, and `anchor`: text the file holds today that the step
 * builds on (the test checks it is there, so this list follows the infra files when they change shape).
 */
export function shipAloneSteps(n, port) {
  const image = `duda/service-${n.key}`;
  const url = `${n.key}=http://${n.key}:${port}/trpc`;
  const calls = `DUDA_<NAME>_URL of each service its module calls (a new module calls org: DUDA_ORG_URL)`;
  return [
    {
      file: 'infra/docker/Dockerfile',
      anchor: `FROM node-runtime AS ${MODEL}`,
      todo: `a \`deploy-${n.key}\` stage (\`pnpm --filter ${n.service} --config.inject-workspace-packages=true deploy --prod /deploy\`) and a \`${n.key}\` target: PORT=${port}, DUDA_UPLOADS_DIR=/data/uploads, EXPOSE ${port}, HEALTHCHECK, CMD dist/standalone.js; its line in the header`,
    },
    {
      file: 'infra/docker/src/dockerfile.ts',
      anchor: 'NODE_TARGETS',
      todo: `\`${n.key}\` in NODE_TARGETS (image ${image}, package ${n.service})`,
    },
    {
      file: 'infra/docker/compose.yaml',
      anchor: 'DUDA_SERVICE_URLS',
      todo: `a \`${n.key}\` container (image ${image}; DATABASE_URL, DUDA_SERVICE_SECRET, ${calls}; the uploads volume; after migrate), \`${url}\` in the gateway's DUDA_SERVICE_URLS and \`${n.key}: { condition: service_healthy }\` in its depends_on`,
    },
    {
      file: 'infra/docker/src/compose.test.ts',
      anchor: `'duda/service-${MODEL}'`,
      todo: `'${image}' in the images the compose file runs`,
    },
    {
      file: 'infra/docker/src/deployables.test.ts',
      anchor: 'STOP_ORDER',
      todo: `start it alone (\`alone(${n.camel}Module)\`, after the services it calls), its name in STOP_ORDER, and one of its procedures answered through the gateway`,
    },
    {
      file: 'infra/docker/package.json',
      anchor: `"@duda/service-${MODEL}"`,
      todo: `"${n.service}": "workspace:*" in devDependencies`,
    },
    {
      file: 'infra/k8s/base/kustomization.yaml',
      anchor: `- ${MODEL}`,
      todo: `a folder infra/k8s/base/${n.key}/ copied from infra/k8s/base/${MODEL}/ (Deployment, Service, HPA, PDB; port ${port}, OTEL_SERVICE_NAME duda-${n.key}, image ${image}), and \`- ${n.key}\` here`,
    },
    {
      file: 'infra/k8s/base/config.yaml',
      anchor: 'DUDA_SERVICE_URLS',
      todo: `\`${url}\` in DUDA_SERVICE_URLS (ConfigMap duda-gateway); in duda-config, any DUDA_<NAME>_URL its module calls that is not there yet`,
    },
    {
      file: 'infra/k8s/overlays/production/kustomization.yaml',
      anchor: `duda/service-${MODEL}`,
      todo: `the image ${image} (registry name and tag); its replicas and resources in scale.yaml and resources.yaml only if it has a peak of its own`,
    },
    {
      file: 'infra/k8s/src/environment.test.ts',
      anchor: `'${MODEL}'`,
      todo: `'${n.key}' in the services that run on their own`,
    },
    {
      file: 'infra/k8s/src/shape.test.ts',
      anchor: `'${MODEL}'`,
      todo: `'${n.key}' in the Deployments`,
    },
    {
      file: 'infra/replicas/src/cluster.ts',
      anchor: 'const CALLS',
      todo: `\`${n.key}\` in SERVICES ('services/${n.key}') and CALLS (${n.camel}Module.calls)`,
    },
    {
      file: 'infra/replicas/package.json',
      anchor: `"@duda/service-${MODEL}"`,
      todo: `"${n.service}": "workspace:*" in devDependencies (then \`pnpm install\`)`,
    },
    {
      file: 'docs/operations.md',
      anchor: '## What runs',
      todo: `its row in What runs (${image}, ${port}), and its name where the Deployments are listed (DUDA_SERVICE_URLS, rollout status, uploads, database connections, metrics)`,
    },
    {
      file: 'infra/README.md',
      anchor: '## The images',
      todo: `its \`docker build … --target ${n.key}\` line, its row in the targets' table, its name in the compose and test descriptions`,
    },
    {
      file: 'infra/docker/README.md',
      anchor: 'a target per deployable',
      todo: `\`${n.key}\` among the targets`,
    },
    {
      file: 'infra/k8s/README.md',
      anchor: 'one Deployment per team',
      todo: `${n.key} among the services with a Deployment`,
    },
    {
      file: 'infra/replicas/README.md',
      anchor: 'processes of each service',
      todo: `${n.key} among the services run twice`,
    },
  ];
}

/** The steps as `pnpm new-area` prints them, with the checks that hold them together. */
export function shipAloneChecklist(n, port) {
  const lines = shipAloneSteps(n, port).map(({ file, todo }) => `  - ${file}: ${todo}`);
  return [
    `${n.service} runs inside the gateway until DUDA_SERVICE_URLS names it. To ship it as its own deployable (port ${port}), add, copying ${MODEL}:`,
    ...lines,
    '  then: pnpm --filter @duda/k8s test, pnpm --filter @duda/docker test, pnpm --filter @duda/replicas test (one at a time).',
  ].join('\n');
}
