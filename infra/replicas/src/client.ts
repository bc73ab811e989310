// The gateway's test client (cookies, CSRF header, superjson), pointed at one replica or another while it
// keeps the person's cookies and token: what a browser does when the balancer sends it elsewhere.
import { GatewayClient } from '../../../services/gateway/src/testing/http-client.ts';

export class ReplicaClient extends GatewayClient {
  constructor(public target: string) {
    super(target);
  }

  override fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return super.fetch(new URL(path, this.target).href, init);
  }
}
