import { describe, expect, it } from 'vitest';
import { takeSseEvents } from './sse-blocks.ts';

describe('reading Server-Sent Events from a stream of chunks', () => {
  it('returns complete events and keeps a half-received one for the next chunk', () => {
    const first = takeSseEvents('event: observation\nid: 1\ndata: {"a":1}\n\nevent: answer\nda');
    expect(first.events).toEqual([{ event: 'observation', id: '1', data: '{"a":1}' }]);
    expect(first.rest).toBe('event: answer\nda');
    const second = takeSseEvents(`${first.rest}ta: {"b":2}\n\n`);
    expect(second.events).toEqual([{ event: 'answer', data: '{"b":2}' }]);
    expect(second.rest).toBe('');
  });

  it('skips heartbeats, joins multi-line data and reads CRLF line ends', () => {
    const { events } = takeSseEvents(': ping\n\ndata: one\r\ndata: two\r\n\r\n');
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });
});
