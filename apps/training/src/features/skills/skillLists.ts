// The skills lists' filters (kept in the URL) and columns, and the small formatting they share.
import { HANDLING_TASKS } from '@duda/contract-training';
import type { DataTableColumn, OrgTreeNode } from '@duda/ui';
import { defineFilters, enumFilter, monthFilter, orgFilter, textFilter, weekFilter } from '@duda/ui';
import type { HandlingRow, OralRow } from './api.ts';

interface TreeNode {
  id: string;
  name: string;
  level: OrgTreeNode['level'];
  children: TreeNode[];
}

/** The visible tree as pickers take it. */
export const pickerTree = (nodes: readonly TreeNode[]): OrgTreeNode[] =>
  nodes.map((n) => ({ id: n.id, name: n.name, level: n.level, children: pickerTree(n.children) }));

/** The one hall a hall's own staff see; null for anyone who sees more than one unit. */
export function ownHallOf(nodes: readonly TreeNode[]): { id: string; name: string } | null {
  const [only] = nodes;
  return nodes.length === 1 && only?.level === 'hall' ? { id: only.id, name: only.name } : null;
}

/** 7 min 05 s as `7:05`. */
export const minutesAndSeconds = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export const oralFilters = defineFilters({
  hallId: orgFilter({ label: 'training.skills.oral.filters.hall', levels: ['hall'] }),
  person: textFilter({
    label: 'training.skills.oral.filters.person',
    placeholder: 'training.skills.oral.filters.personHint',
    width: 140,
  }),
  /** The ISO week (Monday to Sunday) the oral exam was held in, as its Monday. */
  week: weekFilter({
    label: 'training.skills.oral.filters.week',
    format: 'training.skills.oral.filters.weekFormat',
    width: 190,
  }),
  month: monthFilter({ label: 'training.skills.oral.filters.month' }),
});

export const handlingFilters = defineFilters({
  hallId: orgFilter({ label: 'training.skills.handling.filters.hall', levels: ['hall'] }),
  month: monthFilter({ label: 'training.skills.handling.filters.month' }),
  task: enumFilter(HANDLING_TASKS, {
    label: 'training.skills.handling.filters.task',
    placeholder: 'training.skills.handling.filters.task',
    width: 160,
    optionLabel: (task) => `training.handlingTask.${task}`,
  }),
});

export function oralColumns(t: (key: string) => string): DataTableColumn<OralRow>[] {
  const column = (key: string) => t(`training.skills.oral.columns.${key}`);
  return [
    { key: 'heldOn', label: column('heldOn'), width: 110 },
    { key: 'person', label: column('person'), minWidth: 140 },
    { key: 'hallName', label: column('hall'), minWidth: 120 },
    { key: 'score', label: column('score'), width: 80, align: 'right' },
    {
      key: 'questions',
      label: column('questions'),
      minWidth: 220,
      formatter: (row) => row.questions.map((q) => q.text).join('；'),
    },
    { key: 'notes', label: column('notes'), minWidth: 160 },
    { key: 'recordedByName', label: column('recordedBy'), width: 100 },
    { key: 'actions', label: '', width: 130 },
  ];
}

export function handlingColumns(t: (key: string) => string): DataTableColumn<HandlingRow>[] {
  const column = (key: string) => t(`training.skills.handling.columns.${key}`);
  return [
    { key: 'heldOn', label: column('heldOn'), width: 110 },
    { key: 'person', label: column('person'), minWidth: 140 },
    { key: 'hallName', label: column('hall'), minWidth: 120 },
    { key: 'task', label: column('task'), width: 120 },
    {
      key: 'seconds',
      label: column('seconds'),
      width: 90,
      align: 'right',
      formatter: (row) => minutesAndSeconds(row.seconds),
    },
    { key: 'errors', label: column('errors'), width: 80, align: 'right' },
    { key: 'notes', label: column('notes'), minWidth: 160 },
    { key: 'recordedByName', label: column('recordedBy'), width: 100 },
  ];
}
