// Tests for the expression tokenizer and the "near" text of syntax errors.
import { describe, expect, it } from 'vitest';
import { nearText, tokenize } from './lexer';
import { isReservedWord, RESERVED_WORD_COUNT } from './reserved-words';

const kinds = (text: string) => tokenize(text).map((token) => `${token.type}:${token.text}`);
/** The near text for the first token whose text is `bad`. */
const near = (text: string, bad: string) => {
  const tokens = tokenize(text);
  return nearText(tokens, tokens.find((token) => token.text === bad)!.index);
};

describe('tokenize', () => {
  it('splits names, placeholders, numbers, operators and spaces', () => {
    expect(kinds('a.b[12] <> :v_1 AND #n>=x')).toEqual([
      'name:a', 'punct:.', 'name:b', 'punct:[', 'number:12', 'punct:]', 'space: ', 'punct:<>', 'space: ',
      'attrValue::v_1', 'space: ', 'name:AND', 'space: ', 'attrName:#n', 'punct:>=', 'name:x', 'eof:',
    ]);
  });

  it('makes one-character unknown tokens of what the grammar lacks, such as a leading underscore', () => {
    expect(kinds('_id')).toEqual(['unknown:_', 'name:id', 'eof:']);
    expect(kinds('a|"b"')).toEqual(['name:a', 'unknown:|', 'unknown:"', 'name:b', 'unknown:"', 'eof:']);
    expect(kinds('#')).toEqual(['unknown:#', 'eof:']);
    expect(kinds('\u{1F600}')).toEqual(['unknown:\u{1F600}', 'eof:']);
  });
});

describe('nearText', () => {
  it('quotes the tokens around the bad one, reaching past whitespace', () => {
    expect(near('SET MyStr = myNum + 1', '1')).toBe('+ 1');
    expect(near('SET MyStr = myNum Mystr2 myNum2', 'Mystr2')).toBe('myNum Mystr2 myNum2');
    expect(near('set _something = :something', '_')).toBe('set _something');
    expect(near('__typename <> :x', '_')).toBe('__');
    expect(near('GI-1-PK = :v', '-')).toBe('GI-1');
    expect(near('   |', '|')).toBe('   |');
    expect(near('SET a|', '|')).toBe('a|');
  });
});

describe('reserved words', () => {
  it('holds the whole documented list, compared case-insensitively', () => {
    expect(RESERVED_WORD_COUNT).toBe(573);
    for (const word of ['status', 'Name', 'DATA', 'abort', 'zone', 'size', 'Timestamp']) expect(isReservedWord(word), word).toBe(true);
    for (const word of ['id', 'price', 'statuses', 'attribute_exists']) expect(isReservedWord(word), word).toBe(false);
  });
});
