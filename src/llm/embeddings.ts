/** The knowledge base's Embedder over any configured provider, with a timeout, retries and a span per request. */
import { embedMany } from 'ai';
import type { Embedder } from '../services/knowledge/embedder.ts';
import { inSpan } from '../telemetry/tracing.ts';
import type { CallPolicy, Connection, ModelSpec } from './llm-config.ts';
import { embeddingModel, modelId } from './providers.ts';

export function providerEmbedder(spec: ModelSpec & Connection, policy: CallPolicy): Embedder {
  const model = embeddingModel(spec);
  const id = modelId(spec);
  return {
    id,
    embed(texts, purpose) {
      const attributes = {
        'gen_ai.operation.name': 'embeddings',
        'gen_ai.system': spec.provider,
        'gen_ai.request.model': id,
        'closeloop.embed.purpose': purpose,
        'closeloop.embed.inputs': texts.length,
      };
      return inSpan('llm.embed', attributes, async (span) => {
        const result = await embedMany({
          model,
          values: [...texts],
          maxRetries: policy.maxRetries,
          abortSignal: AbortSignal.timeout(policy.timeoutMs),
        });
        span.setAttribute('gen_ai.usage.input_tokens', result.usage.tokens);
        return result.embeddings;
      });
    },
  };
}
