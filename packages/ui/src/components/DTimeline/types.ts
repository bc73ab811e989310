/** One step of an approval or status history (审批记录, 整改过程). */
export interface TimelineEntry {
  at: string | Date;
  actor: string;
  /** What happened, e.g. 提交整改, 驳回. */
  action: string;
  comment?: string;
  /** A status id shown as a DStatusTag, e.g. `rejected`. */
  status?: string;
  /** The tag's words when the area has its own (its contract's status label), instead of the generic ones. */
  statusLabel?: string;
  /** A record the step wrote, opened in the portal (another area's page, e.g. a 表9 record in forms). */
  link?: { label: string; to: string };
}
