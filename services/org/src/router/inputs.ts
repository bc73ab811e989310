import { ROLES } from '@duda/authz';
import { pageInput, sortInput, z } from '@duda/service-kit';

export const id = z.uuid({ error: '编号格式不正确' });
export const role = z.enum(ROLES);
const text = (max: number) => z.string().trim().min(1).max(max);

export const peopleFilter = pageInput.extend({
  q: z.string().trim().max(50).nullish(),
  orgNodeId: id.nullish(),
  role: role.nullish(),
  status: z.enum(['active', 'on_leave', 'left']).nullish(),
  sort: sortInput(['staffNo', 'name', 'hireDate'] as const),
});

export const newPerson = z.object({
  staffNo: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,20}$/, '工号应为 4–20 位字母或数字'),
  name: text(30),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '请输入 11 位手机号')
    .nullish(),
  orgNodeId: id,
  position: text(30),
  hireDate: z.coerce.date(),
  roles: z
    .array(z.object({ role, orgNodeId: id }))
    .max(10)
    .default([]),
  initialPassword: z.string().min(1).max(128),
});

export const personChanges = z.object({
  id,
  name: text(30).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '请输入 11 位手机号')
    .nullish(),
  position: text(30).optional(),
  orgNodeId: id.optional(),
});

export const newNode = z.object({
  parentId: id,
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,30}$/, '组织编码应为 2–30 位大写字母、数字或连字符'),
  name: text(50),
  level: z.enum(['province', 'city', 'district', 'hall']),
  address: z.string().trim().max(200).nullish(),
});

export const changePassword = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});
