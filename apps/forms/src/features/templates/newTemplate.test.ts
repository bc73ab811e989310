import { uiSchemaIssues, uiSchemaSchema } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { testDataSchema, testUi } from '../../renderer/testTemplate.ts';
import { startingContent } from './newTemplate.ts';

const name = { 'zh-CN': '门店巡查记录', en: 'Hall walk record' };

describe('a new template', () => {
  it('starts blank as one text field the service takes, titled with its name', () => {
    const content = startingContent(name, null);
    expect(uiSchemaSchema.safeParse(content.uiSchema).success).toBe(true);
    expect(uiSchemaIssues(content.uiSchema)).toEqual([]);
    expect(content.uiSchema.title).toEqual(name);
    expect(content.dataSchema).toMatchObject({ properties: { text_1: { type: 'string' } } });
    expect(content.approvalFlow).toBeNull();
  });

  it("starts from an existing version's form and flow under its own name", () => {
    const flow = {
      stages: [
        {
          steps: [
            { key: 'mgr', name: '店长', approvers: [{ kind: 'picked' as const }], mode: 'ANY' as const },
          ],
        },
      ],
    };
    const content = startingContent(name, {
      uiSchema: testUi,
      dataSchema: testDataSchema,
      approvalFlow: flow,
    });
    expect(content.uiSchema.fields).toEqual(testUi.fields);
    expect(content.uiSchema.title).toEqual(name);
    expect(content.dataSchema).toBe(testDataSchema);
    expect(content.approvalFlow).toEqual(flow);
  });
});
