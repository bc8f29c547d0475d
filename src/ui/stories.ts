import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../load/index.js';
import { storyTitle } from '../briefing/story-title.js';
import { dateSpan } from './view-model.js';

export interface Story {
  dir: string;
  name: string;
  title: string;
  articles: number;
  span: string;
}

/** The story folders under each `briefings/` folder given (title, article count, date span), by name. */
export async function listStories(roots: string[]): Promise<Story[]> {
  const seen = new Set<string>();
  const out: Story[] = [];
  for (const root of roots) {
    let entries;
    try {
      entries = await fs.readdir(root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = path.resolve(root, e.name);
      if (seen.has(dir)) continue;
      seen.add(dir);
      try {
        const { articles } = await loadArticles([dir]);
        if (!articles.length) continue;
        out.push({ dir, name: e.name, title: storyTitle(articles) || e.name, articles: articles.length, span: dateSpan(articles) });
      } catch {
        /* not a story folder */
      }
    }
  }
  return out;
}
