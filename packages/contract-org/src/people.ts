// Staff (员工): employment statuses and the inputs of `org.people.*` and of the people part of `org.admin.*`.
import { comparedText, pageInput, sortInput, text } from '@duda/contract-kit';
import { orgErrors } from './errors.ts';
import { z } from 'zod';
import { byId, id, role } from './common.ts';

/** 在职, 休假, 离职: a person who left keeps their history but can no longer log in. */
export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const PEOPLE_SORT_KEYS = ['staffNo', 'name', 'hireDate'] as const;

/** A person's name or position: compared and searched, so one spelling. */
const nameText = (max: number) => comparedText().trim().min(1).max(max);
const phone = text()
  .trim()
  .regex(/^1\d{10}$/, { error: orgErrors.phoneFormat.code })
  .nullish();

export const peopleInputs = {
  list: pageInput.extend({
    q: comparedText().trim().max(50).nullish(),
    orgNodeId: id.nullish(),
    role: role.nullish(),
    status: z.enum(STAFF_STATUSES).nullish(),
    sort: sortInput(PEOPLE_SORT_KEYS),
  }),
  get: byId,
  search: z.object({
    q: comparedText().trim().min(1).max(30),
    limit: z.number().int().min(1).max(50).default(20),
  }),
  byIds: z.object({ ids: z.array(id).max(500) }),
  /** Who holds these roles under a node (the portal's duty holders), a page at a time after a cursor. */
  holders: z.object({
    roles: z.array(role).min(1).max(10),
    underNodeId: id,
    after: id.nullish(),
    limit: z.number().int().min(1).max(5000).default(1000),
  }),
};

export const peopleAdminInputs = {
  createPerson: z.object({
    staffNo: comparedText()
      .trim()
      .regex(/^[A-Za-z0-9]{4,20}$/, { error: orgErrors.staffNoFormat.code }),
    name: nameText(30),
    phone,
    orgNodeId: id,
    position: nameText(30),
    hireDate: z.coerce.date(),
    roles: z
      .array(z.object({ role, orgNodeId: id }))
      .max(10)
      .default([]),
    initialPassword: text().min(1).max(128),
  }),
  updatePerson: z.object({
    id,
    name: nameText(30).optional(),
    phone,
    position: nameText(30).optional(),
    orgNodeId: id.optional(),
  }),
  setPersonStatus: z.object({ id, status: z.enum(STAFF_STATUSES) }),
  assignRole: z.object({ personId: id, role, orgNodeId: id }),
  revokeRole: z.object({ assignmentId: id }),
  resetPassword: z.object({ personId: id }),
  /** A person's signed-in browsers (登录会话), newest first. */
  sessions: z.object({ personId: id }),
  /** Signs the person out of one browser, or of every one when no session is named. */
  revokeSessions: z.object({
    personId: id,
    sessionId: text()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
};
