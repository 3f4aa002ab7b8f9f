// Tests for ProjectionExpression: parsing, DynamoDB's refusals, and the projected item.
import { describe, expect, it } from 'vitest';
import type { Item } from '../attribute-value';
import { parseProjection, project } from './projection';
import { context, expectValidation, N, S } from './test-helpers';

const item: Item = {
  id: S('1'),
  title: S('Book'),
  status: S('active'),
  tags: { SS: ['a'] },
  authors: { L: [{ M: { given: S('Ann'), surname: S('Lee') } }, { M: { given: S('Bo') } }, { M: { given: S('Cy'), surname: S('Ng') } }] },
  info: { M: { pages: N(100), rating: { M: { stars: N(4), votes: N(9) } } } },
};
const parse = (text: string, names?: Record<string, string>) => parseProjection(text, context(names));
const projected = (text: string, names?: Record<string, string>) => project(item, parse(text, names));

describe('parseProjection', () => {
  it('reads a comma-separated list of document paths', () => {
    expect(parse('id, #s, info.rating.stars, authors[0].given', { '#s': 'status' }).paths).toEqual([
      ['id'], ['status'], ['info', 'rating', 'stars'], ['authors', 0, 'given'],
    ]);
  });

  it('refuses bad syntax, reserved words, undefined names and overlapping paths', () => {
    const refuses = (text: string, message: string, names?: Record<string, string>) =>
      expectValidation(() => parse(text, names), `Invalid ProjectionExpression: ${message}`);
    refuses('', 'The expression can not be empty;');
    refuses('id,', 'Syntax error; token: "<EOF>", near: ","');
    refuses('id title', 'Syntax error; token: "title", near: "id title"');
    refuses('a.', 'Syntax error; token: "<EOF>", near: "."');
    refuses(':v', 'Syntax error; token: ":v", near: ":v"');
    refuses('id, status', 'Attribute name is a reserved keyword; reserved keyword: status');
    refuses('id, #x', 'An expression attribute name used in the document path is not defined; attribute name: #x');
    refuses('info, info.pages', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [info], path two: [info, pages]');
    refuses('id, id', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [id], path two: [id]');
    refuses('info.a, info[0]', 'Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [info, a], path two: [info, [0]]');
    refuses('status, info, info.pages', 'Attribute name is a reserved keyword; reserved keyword: status');
  });
});

describe('project', () => {
  it('keeps top-level attributes and skips missing ones', () => {
    expect(projected('id, title, absent')).toEqual({ id: S('1'), title: S('Book') });
  });

  it('keeps nested values inside the maps that lead to them', () => {
    expect(projected('info.rating.stars, info.pages')).toEqual({ info: { M: { rating: { M: { stars: N(4) } }, pages: N(100) } } });
  });

  it('closes up projected list elements, in list order', () => {
    expect(projected('authors[2].given, authors[0].surname')).toEqual({ authors: { L: [{ M: { surname: S('Lee') } }, { M: { given: S('Cy') } }] } });
    expect(projected('authors[1].surname, authors[2]')).toEqual({ authors: { L: [{ M: { given: S('Cy'), surname: S('Ng') } }] } });
    expect(projected('authors[5], info.rating.absent, title.x, tags[0]')).toEqual({});
  });

  it('copies the values it returns', () => {
    const result = project(item, parse('tags'));
    (result.tags as { SS: string[] }).SS.push('b');
    expect(item.tags).toEqual({ SS: ['a'] });
  });
});
