export type OrgLevel = 'province' | 'city' | 'district' | 'hall';

/** A node of the org tree (省公司 → 市公司 → 区县公司 → 营业厅), already cut to what the user may see. */
export interface OrgTreeNode {
  id: string;
  name: string;
  level: OrgLevel;
  children?: OrgTreeNode[];
}
