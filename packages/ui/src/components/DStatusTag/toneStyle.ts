import type { StatusTone } from '../../tokens/index.ts';

/**
 * Element Plus tag variables for a tone. Set inline because Element's own `.el-tag.el-tag--primary`
 * rules would otherwise win or lose depending on stylesheet order.
 */
export function tagToneStyle(tone: StatusTone): Record<string, string> {
  const color = `var(--duda-status-${tone})`;
  return {
    '--el-tag-text-color': color,
    '--el-tag-bg-color': `color-mix(in srgb, ${color} 10%, white)`,
    '--el-tag-border-color': `color-mix(in srgb, ${color} 30%, white)`,
  };
}
