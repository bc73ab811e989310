// The inspection inputs users type into, labelled as their forms label them, so a refusal names the field
// (检查小结：最多 2000 个字…) rather than its wire path (contract-kit's `defineFieldLabels`).
import { defineFieldLabels } from '@duda/contract-kit';

const summary = { 'zh-CN': '检查小结', en: 'Summary' };
const note = { 'zh-CN': '问题描述', en: 'Problem description' };
const templateContent = {
  'content.name': { 'zh-CN': '标准名称', en: 'Standard name' },
  'content.sections.*.name': { 'zh-CN': '分类名称', en: 'Section name' },
  'content.sections.*.items.*.title': { 'zh-CN': '检查项', en: 'Check item' },
  'content.sections.*.items.*.guidance': { 'zh-CN': '检查要点', en: 'Guidance' },
};

export const inspectionFieldLabels = [
  defineFieldLabels('inspection.plans.create', {
    title: { 'zh-CN': '计划标题', en: 'Plan title' },
    month: { 'zh-CN': '计划月份', en: 'Month' },
  }),
  defineFieldLabels('inspection.plans.transition', {
    'command.comment': { 'zh-CN': '审批意见', en: 'Comment' },
  }),
  defineFieldLabels('inspection.inspections.saveDraft', { summary, 'results.*.note': note }),
  defineFieldLabels('inspection.inspections.markRestPassed', { summary, 'results.*.note': note }),
  defineFieldLabels('inspection.inspections.submit', { summary, 'results.*.note': note }),
  defineFieldLabels('inspection.rectifications.respond', {
    measures: { 'zh-CN': '整改措施', en: 'Measures taken' },
  }),
  defineFieldLabels('inspection.rectifications.accept', {
    comment: { 'zh-CN': '验证意见', en: 'Comment' },
  }),
  defineFieldLabels('inspection.rectifications.rejectBack', {
    reason: { 'zh-CN': '退回原因', en: 'Reason for sending back' },
  }),
  defineFieldLabels('inspection.notices.update', {
    'patch.title': { 'zh-CN': '通报标题', en: 'Notice title' },
    'patch.summary': { 'zh-CN': '通报概述', en: 'Summary' },
    'patch.typicalCases.*.title': { 'zh-CN': '案例标题', en: 'Case title' },
    'patch.typicalCases.*.description': { 'zh-CN': '案例描述', en: 'Case description' },
  }),
  defineFieldLabels('inspection.templates.updateDraft', templateContent),
];
