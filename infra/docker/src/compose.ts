// The compose file read as containers: which image each runs, the variables it is given (its own and its
// image's ENV), and the code behind it — so its settings can be held against what that code reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { dockerDir, envOf, NODE_TARGETS, stagesOf, readDockerfile, type NodeTarget } from './dockerfile.ts';

export interface Container {
  name: string;
  image: string;
  command?: string[];
  environment: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
}

export function readCompose(): Container[] {
  const file = parse(readFileSync(path.join(dockerDir, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, Omit<Container, 'name'>>;
  };
  return Object.entries(file.services).map(([name, service]) => ({
    ...service,
    name,
    environment: service.environment ?? {},
  }));
}

/** The Dockerfile target an image name comes from (`duda/service-org` → `org`), if it is one of ours on Node. */
export function nodeTargetOf(image: string): NodeTarget | undefined {
  return (Object.keys(NODE_TARGETS) as NodeTarget[]).find((t) => NODE_TARGETS[t].image === image);
}

/** What a container is given: its image's ENV, then its own `environment`. */
export function givenTo(container: Container): Set<string> {
  const target = nodeTargetOf(container.image);
  const image = target ? [...envOf(stagesOf(readDockerfile()), target).keys()] : [];
  return new Set([...image, ...Object.keys(container.environment)]);
}

/** The services the gateway forwards (`DUDA_SERVICE_URLS`): name → URL. */
export function forwardedBy(gateway: Container): Map<string, string> {
  const value = gateway.environment.DUDA_SERVICE_URLS ?? '';
  return new Map(
    value
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}
