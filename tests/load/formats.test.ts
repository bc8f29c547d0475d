import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/load/index.js';
import { readHtml } from '../../src/load/html.js';
import { lineAt } from '../../src/text/lines.js';
import { ROOT, SAMPLE } from '../helpers.js';

const FORMATS = path.join(ROOT, 'tests', 'fixtures', 'formats');

describe('loading articles', () => {
  it('reads every format in a folder, recursively, sorted by path, with stable ids', async () => {
    const { articles, problems } = await loadArticles([FORMATS]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => path.basename(a.path))).toEqual(['stdin.txt', 'front-matter.md', 'page.html', 'plain.txt']);
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(articles[1]!.path).toBe(path.join(FORMATS, 'story', 'front-matter.md'));
  });

  it('reads title, date, source and author lines of a plain-text article', async () => {
    const { articles } = await loadArticles([path.join(FORMATS, 'story', 'plain.txt')]);
    const a = articles[0]!;
    expect(a).toMatchObject({ format: 'text', title: 'Talks Resume After Border Clash', published: '2025-04-29', source: 'PTI', publishedInferred: false });
    expect(a.text.slice(a.bodyStart, a.bodyEnd)).not.toMatch(/PTI|date 2025/);
  });

  it('reads YAML front matter of a Markdown article and keeps positions in the file as on disk', async () => {
    const file = path.join(FORMATS, 'story', 'front-matter.md');
    const { articles } = await loadArticles([file]);
    const a = articles[0]!;
    expect(a).toMatchObject({ format: 'markdown', title: 'Ceasefire holds for a second day', published: '2025-04-30', source: 'Example Wire', author: 'Jo Reporter', url: 'https://example.org/ceasefire' });
    expect(a.text).toBe(readFileSync(file, 'utf8'));
    const at = a.text.indexOf('The guns are silent');
    expect(lineAt(a.lineStarts, at)).toBe(12);
  });

  it('reads the main text and metadata of a saved HTML page, without scripts or navigation', async () => {
    const { articles } = await loadArticles([path.join(FORMATS, 'story', 'page.html')]);
    const a = articles[0]!;
    expect(a).toMatchObject({ format: 'html', title: 'Aid convoy reaches the valley', published: '2025-05-01', source: 'Example Times', author: 'Sam Writer' });
    expect(a.text).toMatch(/We reached every village on the list/);
    expect(a.text).not.toMatch(/tracking|color:red|World/);
  });

  it('draws <q> elements with their quote marks, as browsers do, so their words are quotes', () => {
    const page = '<html><body><article><h1>Talks collapse</h1><p>Negotiations broke down on Monday, officials in Geneva said after the session.</p>' +
      '<p>Her counterpart, Viktor Orlov, disagreed. <q>We remain at the table, and <q>no</q> is not our answer</q>, he told <em>Reuters</em>.</p></article></body></html>';
    expect(readHtml(page).text).toContain('disagreed. “We remain at the table, and ‘no’ is not our answer”, he told Reuters.');
  });

  it('reads an article from standard input given as -', async () => {
    const stdin = Readable.from([readFileSync(path.join(FORMATS, 'stdin.txt'))]);
    const { articles } = await loadArticles(['-'], { stdin });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ path: '-', title: 'Stdin story headline' });
  });

  it('reads the sample: publication dates as the texts state them, null where they say nothing', async () => {
    const { articles } = await loadArticles([SAMPLE]);
    expect(articles).toHaveLength(5);
    expect(articles[0]!.published).toBe('2025-04-29');
    expect(articles[1]!.published).toBe('2025-04-30');
    expect(articles[1]!.author).toBe('Satyam Singh');
    expect(articles[4]!.source).toBe('ANI');
    expect(articles[2]!.title).toBe('Pahalgam attack: US urges de-escalation; Rubio to speak with India, Pak foreign ministers');
  });

  it('reports a missing path as a problem and still loads the rest', async () => {
    const { articles, problems } = await loadArticles([path.join(FORMATS, 'story', 'plain.txt'), '/no/such/file.txt']);
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ path: '/no/such/file.txt', reason: 'no such file or folder' }]);
  });
});
