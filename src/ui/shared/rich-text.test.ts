// Rich messages split into plain, code and bold runs; escaped names stay plain text.
import { describe, expect, it } from 'vitest';
import { literal, richParts } from './rich-text';

describe('richParts', () => {
  it('splits code and bold runs and keeps the text between them', () => {
    expect(richParts('Send `x-api-key` to *prod* now')).toEqual([
      { kind: 'text', text: 'Send ' },
      { kind: 'code', text: 'x-api-key' },
      { kind: 'text', text: ' to ' },
      { kind: 'bold', text: 'prod' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('keeps stars inside code and backticks inside bold as text', () => {
    expect(richParts('`access-control-*` headers')).toEqual([
      { kind: 'code', text: 'access-control-*' },
      { kind: 'text', text: ' headers' },
    ]);
    expect(richParts('*a`b*')).toEqual([{ kind: 'bold', text: 'a`b' }]);
  });

  it('shows a name with marks in it exactly as typed', () => {
    const name = 'my*api`\\';
    expect(richParts(`Delete *${literal(name)}*?`)).toEqual([
      { kind: 'text', text: 'Delete ' },
      { kind: 'bold', text: name },
      { kind: 'text', text: '?' },
    ]);
  });

  it('reads [[Key]] as a keyboard key, outside code and bold', () => {
    expect(richParts('Press [[Ctrl]]+[[Enter]] or `[[x]]`')).toEqual([
      { kind: 'text', text: 'Press ' },
      { kind: 'key', text: 'Ctrl' },
      { kind: 'text', text: '+' },
      { kind: 'key', text: 'Enter' },
      { kind: 'text', text: ' or ' },
      { kind: 'code', text: '[[x]]' },
    ]);
    expect(richParts(`Open *${literal('[[a]]')}*`)).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'bold', text: '[[a]]' },
    ]);
  });
});
