import { mkdtempSync, readFileSync, writeFileSync, symlinkSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBriefing, SAMPLE } from '../helpers.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'briefing-out-'));

describe('briefing export --output', () => {
  it('writes the file and leaves no temporary file behind', () => {
    const dir = tmp();
    const out = path.join(dir, 'brief.json');
    const r = runBriefing(['export', SAMPLE, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('briefing/1');
    expect(readdirSync(dir)).toEqual(['brief.json']);
  });

  it('does not overwrite an existing file without --force, and says so in one line', () => {
    const dir = tmp();
    const out = path.join(dir, 'brief.md');
    writeFileSync(out, 'my notes');
    const r = runBriefing(['export', SAMPLE, '--format', 'md', '--output', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
  });

  it('replaces an existing file with --force', () => {
    const dir = tmp();
    const out = path.join(dir, 'brief.md');
    writeFileSync(out, 'old');
    const r = runBriefing(['export', SAMPLE, '--format', 'md', '--output', out, '--force']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  });

  it('refuses to write through a symbolic link', () => {
    const dir = tmp();
    const target = path.join(dir, 'elsewhere.txt');
    writeFileSync(target, 'keep me');
    const link = path.join(dir, 'link.md');
    symlinkSync(target, link);
    const r = runBriefing(['export', SAMPLE, '--format', 'md', '--output', link, '--force']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('briefing on the command line', () => {
  it('prints the text briefing of the sample when stdout is not a terminal', () => {
    const r = runBriefing([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 articles/);
    expect(r.stdout).toMatch(/QUOTES/);
  });

  it('shows help and version', () => {
    expect(runBriefing(['--help']).stdout).toMatch(/Usage/);
    expect(runBriefing(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown flag with a non-zero exit', () => {
    const r = runBriefing(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/frobnicate/);
  });

  it('says so when a folder holds no articles', () => {
    const r = runBriefing(['export', tmp(), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no articles found/);
  });

  it('searches quotes and prints speaker and source', () => {
    const r = runBriefing(['search', 'dirty work', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dirty work/);
    expect(r.stdout).toMatch(/001_e97de1729d68388b\.txt:\d+/);
  });

  it('reads an article from standard input with -', () => {
    const r = runBriefing(['export', '-', '--format', 'json'], { input: 'Headline here\n\n"We will rebuild," Mayor Tom Reed said on Friday.\n' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles[0].path).toBe('-');
    expect(doc.quotes[0].text).toMatch(/We will rebuild/);
  });
});
