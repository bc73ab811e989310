export interface PersonOption {
  id: string;
  name: string;
  /** 工号 */
  staffNo: string;
  orgName?: string;
}

export type PersonSearch = (query: string) => Promise<PersonOption[]>;
