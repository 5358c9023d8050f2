/** OpenTelemetry tracing: spans always go through the API; they are exported over OTLP only when an endpoint is set. */
import { type Attributes, type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

let provider: NodeTracerProvider | undefined;

/**
 * Registers a tracer provider when OTEL_EXPORTER_OTLP_ENDPOINT (or a test's processor) asks for one; without it the
 * API stays a no-op, so nothing is exported and nothing breaks.
 */
export function initTracing(options: { env?: NodeJS.ProcessEnv; processor?: SpanProcessor } = {}): void {
  const env = options.env ?? process.env;
  if (provider) return;
  const processors: SpanProcessor[] = [];
  if (options.processor) processors.push(options.processor);
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  }
  if (processors.length === 0) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? 'closeloop' }),
    spanProcessors: processors,
  });
  provider.register();
}

export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
  trace.disable();
}

const tracer = () => trace.getTracer('closeloop');

/** Runs `work` inside a span named `name`; an exception marks the span as an error and is rethrown. */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
