// What `create-admin` does once it has the database (create-admin.ts): reads the first administrator from
// `field=value` lines, checks them with org's own input rules, and has org create them (createFirstAdmin).
import { randomUUID } from 'node:crypto';
import {
  fieldLabelOf,
  isAppError,
  knownCatalogs,
  messageFor,
  ZOD_CODE_PREFIX,
  zodIssueParams,
  type Locale,
} from '@duda/contract-kit';
import { orgAdminInputs, peopleAdminInputs } from '@duda/contract-org';
import { createFirstAdmin, type OrgService } from '@duda/service-org';
import type { z } from 'zod';

/** 0 created, 1 not created (bad input, nothing to put them in, a database problem), 2 an administrator exists. */
export type ExitCode = 0 | 1 | 2;

export interface CommandResult {
  exitCode: ExitCode;
  /** What the operator reads, in zh-CN then English. */
  lines: string[];
}

/** The fields a line may set; the person's as `org.admin.createPerson` names them, the root's as `createNode`. */
const FIELDS = ['staffNo', 'name', 'phone', 'position', 'initialPassword', 'rootCode', 'rootName'] as const;
type Field = (typeof FIELDS)[number];

/** The person's fields of org's own `createPerson` input: the unit and the roles are the command's to set. */
const personInput = peopleAdminInputs.createPerson.omit({ orgNodeId: true, roles: true, hireDate: true });
const rootInput = orgAdminInputs.createNode.pick({ code: true, name: true });

/** The position an administrator gets unless a line names another: the role's own label. */
const ADMIN_POSITION = '系统管理员';

const both = (zh: string, en: string) => [zh, en];

/** `field=value` lines (blank lines and `#` comments skipped); a value keeps everything after the first `=`. */
export function parseFields(source: string): { fields: Partial<Record<Field, string>>; unknown: string[] } {
  const fields: Partial<Record<Field, string>> = {};
  const unknown: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const at = raw.indexOf('=');
    const key = (at < 0 ? raw : raw.slice(0, at)).trim();
    if ((FIELDS as readonly string[]).includes(key) && at >= 0) fields[key as Field] = raw.slice(at + 1);
    else unknown.push(key);
  }
  return { fields, unknown };
}

function issueLines(error: z.ZodError, procedure: string, fieldNames: Record<string, string> = {}) {
  const catalogs = knownCatalogs();
  return error.issues.flatMap((issue) => {
    const params = zodIssueParams(issue);
    const path = issue.path.map(String).join('.');
    const code = catalogs.some((c) => issue.message in c) ? issue.message : `${ZOD_CODE_PREFIX}${issue.code}`;
    const label = fieldLabelOf(catalogs, procedure, path);
    const word = (locale: Locale) => {
      const name = (label && messageFor(catalogs, label.code, label.params, locale)) ?? path;
      const message = messageFor(catalogs, code, params, locale) ?? issue.message;
      const field = fieldNames[path] ?? path;
      return locale === 'en' ? `${name} (${field}): ${message}` : `${name}（${field}）：${message}`;
    };
    return both(word('zh-CN'), word('en'));
  });
}

function appErrorLines(error: { code: string; params: Record<string, unknown>; message: string }) {
  const english = messageFor(knownCatalogs(), error.code, error.params as never, 'en');
  return both(error.message, english ?? error.message);
}

/**
 * Creates the first administrator from `source` (the command's stdin). Nothing is written unless every check
 * passes; an active administrator anywhere means exit code 2 and no change.
 */
export async function createAdmin(
  org: Pick<OrgService, 'deps'>,
  source: string,
  today: Date = new Date(),
): Promise<CommandResult> {
  const { fields, unknown } = parseFields(source);
  if (unknown.length > 0) {
    return {
      exitCode: 1,
      lines: both(
        `无法识别的行：${unknown.join('、')}；可用的字段：${FIELDS.join('、')}`,
        `Unknown lines: ${unknown.join(', ')}; the fields are ${FIELDS.join(', ')}.`,
      ),
    };
  }
  const person = personInput.safeParse({
    staffNo: fields.staffNo,
    name: fields.name,
    phone: fields.phone || null,
    position: fields.position || ADMIN_POSITION,
    initialPassword: fields.initialPassword,
  });
  const wantsRoot = fields.rootCode !== undefined || fields.rootName !== undefined;
  const root = wantsRoot ? rootInput.safeParse({ code: fields.rootCode, name: fields.rootName }) : null;
  if (!person.success || (root && !root.success)) {
    return {
      exitCode: 1,
      lines: [
        ...(person.success ? [] : issueLines(person.error, 'org.admin.createPerson')),
        ...(root && !root.success
          ? issueLines(root.error, 'org.admin.createNode', { code: 'rootCode', name: 'rootName' })
          : []),
      ],
    };
  }
  try {
    const result = await createFirstAdmin(org.deps, {
      staffNo: person.data.staffNo,
      name: person.data.name,
      phone: person.data.phone ?? null,
      position: person.data.position,
      hireDate: today,
      password: person.data.initialPassword,
      root: root?.data ?? null,
      requestId: `create-admin:${randomUUID()}`,
    });
    switch (result.outcome) {
      case 'adminExists': {
        const names = result.admins.map((a) => `${a.name}（${a.staffNo}）`);
        return {
          exitCode: 2,
          lines: both(
            `已有在职的系统管理员：${names.join('、')}。未做任何更改；请由其在「人员管理」中添加人员。`,
            `An active administrator exists: ${names.join(', ')}. Nothing was changed; they add people under People.`,
          ),
        };
      }
      case 'rootNeeded':
        return {
          exitCode: 1,
          lines: both(
            '组织架构为空：请用 rootCode= 和 rootName= 两行给出根单位（省公司）的编码和名称。未做任何更改。',
            'The org tree is empty: give its root (the province) with rootCode= and rootName= lines. Nothing was changed.',
          ),
        };
      case 'created':
        return {
          exitCode: 0,
          lines: both(
            `已创建系统管理员 ${person.data.name}：用户名为工号 ${person.data.staffNo}，首次登录须修改密码。` +
              (result.createdRoot ? `已创建根单位 ${root?.data.name}。` : ''),
            `Administrator ${person.data.name} created: the username is the staff no. ${person.data.staffNo}; ` +
              'the password must be changed at the first sign-in.' +
              (result.createdRoot ? ` Root unit ${root?.data.name} created.` : ''),
          ),
        };
    }
  } catch (error) {
    if (isAppError(error)) return { exitCode: 1, lines: appErrorLines(error) };
    throw error;
  }
}
