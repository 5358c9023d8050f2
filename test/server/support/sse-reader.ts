/** Reads a Server-Sent Events response into events until a predicate says stop (or the stream ends). */
export type SseEvent = { event: string; id?: string; data: string };

export async function readEvents(
  res: Response,
  until: (e: SseEvent) => boolean,
  timeoutMs = 20_000,
): Promise<SseEvent[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) return events;
      buffer += value;
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        cut = buffer.indexOf('\n\n');
        const e: SseEvent = { event: 'message', data: '' };
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) e.event = line.slice(7);
          else if (line.startsWith('id: ')) e.id = line.slice(4);
          else if (line.startsWith('data: ')) e.data += line.slice(6);
        }
        if (block.startsWith(':')) continue;
        events.push(e);
        if (until(e)) return events;
      }
    }
    throw new Error(`no matching event within ${timeoutMs} ms (got ${events.length})`);
  } finally {
    await reader.cancel().catch(() => {});
  }
}
