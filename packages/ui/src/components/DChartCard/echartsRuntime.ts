// Only ever loaded through a dynamic import from DChartCard, so ECharts stays out of every initial bundle.
// Register here any chart type or component a page's option needs.
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, registerTheme, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { chartPalette, typography } from '../../tokens/index.ts';

use([
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  DatasetComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export const THEME = 'duda';
registerTheme(THEME, { color: [...chartPalette], textStyle: { fontFamily: typography.fontFamily } });

export { init };
