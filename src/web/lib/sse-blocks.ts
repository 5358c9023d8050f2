/** Server-Sent Events read from a fetch body (EventSource cannot POST): complete events out, the unfinished rest kept. */

export type SseMessage = { event: string; id?: string; data: string };

export function takeSseEvents(buffer: string): { events: SseMessage[]; rest: string } {
  const text = buffer.replace(/\r\n?/g, '\n');
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: SseMessage[] = [];
  for (const block of blocks) {
    const message: SseMessage = { event: 'message', data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      // A comment line (": ping") keeps a connection open and carries nothing.
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') message.event = value;
      else if (field === 'id') message.id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) continue;
    message.data = data.join('\n');
    events.push(message);
  }
  return { events, rest };
}
