/** What the inspection demo needs to know of the demo organisation (handed over by the org seed). */
export interface DemoOrg {
  cityId: string;
  districts: {
    id: string;
    code: string;
    name: string;
    halls: { id: string; code: string; name: string }[];
  }[];
  demoPeople: Record<string, { id: string; name: string }>;
  /** Staff of each hall by hall code, its manager first. */
  hallStaff: Record<string, { id: string; name: string }[]>;
  districtSupervisors: Record<string, { id: string; name: string }[]>;
}

export interface DemoHall {
  id: string;
  code: string;
  name: string;
  districtId: string;
  districtName: string;
  manager: { id: string; name: string };
  /** 0–1: how well the hall is run; decides how many problems its inspections find. */
  quality: number;
}
