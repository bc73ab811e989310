export interface BreadcrumbLink {
  label: string;
  /** A router location; omitted for the current page. */
  to?: string | Record<string, unknown>;
}
