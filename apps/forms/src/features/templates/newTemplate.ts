// What a new template starts with (新建模板): a blank form of one text field, or a copy of an existing version's
// form and approval flow under the new name. Either is saved as draft version 1 and opened in the designer.
import { dataSchemaOf, type FlowDefinition, type JsonSchema, type UiSchema } from '@duda/contract-forms';
import { fieldOfKind } from '../../designer/designerEditing.ts';

export interface LocalizedName {
  'zh-CN': string;
  en: string;
}
interface Content {
  uiSchema: UiSchema;
  dataSchema: JsonSchema;
  approvalFlow: FlowDefinition | null;
}

export function startingContent(
  name: LocalizedName,
  source: { uiSchema: UiSchema; dataSchema: JsonSchema; approvalFlow?: FlowDefinition | null } | null,
): Content {
  if (source) {
    return {
      uiSchema: { ...source.uiSchema, title: name },
      dataSchema: source.dataSchema,
      approvalFlow: source.approvalFlow ?? null,
    };
  }
  const uiSchema: UiSchema = {
    format: 1,
    title: name,
    sections: [],
    fields: [fieldOfKind('text', 'text_1')],
    checks: [],
  };
  return { uiSchema, dataSchema: dataSchemaOf(uiSchema), approvalFlow: null };
}
