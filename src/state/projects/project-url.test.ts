import { describe, expect, it } from 'vitest';
import { projectUrl, readPageUrl, shareUrl, withEmbed, withoutEmbed, withoutShare } from './project-url';

describe('the page URL', () => {
  it('reads the project, embed mode and a share link', () => {
    expect(readPageUrl('https://pg.example/')).toEqual({ embed: false });
    expect(readPageUrl('https://pg.example/?project=abc123&embed=1')).toEqual({ projectId: 'abc123', embed: true });
    expect(readPageUrl('https://pg.example/?embed=0#share=p2.1.2.3.x')).toEqual({ embed: false, share: 'p2.1.2.3.x' });
    expect(readPageUrl('https://pg.example/#other')).toEqual({ embed: false });
  });

  it('makes the links the features need', () => {
    expect(projectUrl('https://pg.example/app/?embed=1#share=x', 'k3v9')).toBe('https://pg.example/app/?project=k3v9');
    expect(shareUrl('https://pg.example/app/?project=k3v9', 'p2.a.b.c.d')).toBe('https://pg.example/app/#share=p2.a.b.c.d');
    expect(withoutShare('https://pg.example/?project=a#share=p2.x')).toBe('https://pg.example/?project=a');
    expect(withoutEmbed('https://pg.example/?embed=1#share=p2.x')).toBe('https://pg.example/#share=p2.x');
    expect(withEmbed('https://pg.example/#share=p2.x')).toBe('https://pg.example/?embed=1#share=p2.x');
  });
});
