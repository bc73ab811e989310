export {
  histogramSeries,
  parseMetrics,
  scrape,
  type Family,
  type HistogramSeries,
  type Sample,
} from './metrics.ts';
export { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.ts';
