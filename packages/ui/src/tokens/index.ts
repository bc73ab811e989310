// The single source of truth for design values. `src/styles/tokens.css` mirrors these as CSS variables
// (a test keeps the two in step), so script code (charts, canvas) and stylesheets agree.

export const colors = {
  primary: '#0085d0',
  primaryLight: '#e6f3fb',
  primaryDark: '#006bb0',
  textPrimary: '#1f2329',
  textRegular: '#4e5969',
  textSecondary: '#86909c',
  border: '#dcdfe6',
  borderLight: '#e5e6eb',
  background: '#f5f7fa',
  surface: '#ffffff',
} as const;

export type StatusTone = 'pass' | 'fail' | 'overdue' | 'pending' | 'draft' | 'info' | 'neutral';

export const statusColors: Record<StatusTone, string> = {
  pass: '#00a870',
  fail: '#e34d59',
  overdue: '#c9353f',
  pending: '#ed7b2f',
  draft: '#8c939d',
  info: '#0085d0',
  neutral: '#606266',
};

/** Series colours in order: brand blue first, then hues that stay apart for colour-blind readers. */
export const chartPalette = [
  '#0085d0',
  '#00a870',
  '#ed7b2f',
  '#8e56dd',
  '#e34d59',
  '#00b5c8',
  '#f5b700',
  '#86909c',
] as const;

/** A 4px grid: `space[3]` is 12px. Index 0 exists so the scale reads naturally. */
export const space = [0, 4, 8, 12, 16, 20, 24, 32, 40] as const;

export const radius = {
  sm: '2px',
  md: '4px',
  lg: '8px',
  round: '999px',
} as const;

export const typography = {
  fontFamily:
    "'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontSize: {
    sm: '12px',
    base: '14px',
    md: '16px',
    lg: '18px',
    xl: '20px',
  },
  lineHeight: 1.5715,
} as const;

/** Minimum widths in px. Anything narrower than `tablet` is a phone (hall staff on the floor). */
export const breakpoints = {
  tablet: 768,
  desktop: 1200,
} as const;

/** The media query for phones, shared by components so they switch layout at the same width. */
export const phoneMediaQuery = `(max-width: ${breakpoints.tablet - 0.02}px)`;

export const tokens = { colors, statusColors, chartPalette, space, radius, typography, breakpoints } as const;
