/**
 * The data model shared by every stage of the pipeline:
 * load (files -> Article) -> extract (Article -> Extraction) -> briefing (Extraction[] -> Briefing) -> export.
 *
 * Offsets are UTF-16 code-unit offsets into `Article.text` (the decoded file, end exclusive);
 * lines are 1-based lines of that text. See docs/briefing-json.md for the JSON contract.
 */

/** A calendar date as precise as the text allows: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

export interface Article {
  /** Stable within one briefing (assigned after sorting by path). */
  id: string;
  /** As given on the command line, joined with the file's relative path. */
  path: string;
  format: 'text' | 'markdown' | 'html';
  title: string | null;
  /** Outlet or agency when the text says so ("ANI", "Reuters"). */
  source: string | null;
  author: string | null;
  url: string | null;
  /** YYYY-MM-DD, read from front matter, header lines or HTML meta; or inferred (see publishedInferred). */
  published: string | null;
  publishedInferred: boolean;
  /** The decoded file text (for HTML: the readable text of the page). Positions point into this. */
  text: string;
  /** Where the article body starts and ends in `text` (front matter and metadata lines excluded). */
  bodyStart: number;
  bodyEnd: number;
  /** Offsets where each line starts (lineStarts[0] === 0). */
  lineStarts: number[];
  /** Hash of the raw file content (cache key). */
  hash: string;
}

export type ActorKind = 'person' | 'organization' | 'place' | 'other';

export interface Span {
  start: number;
  end: number;
}

/** One actor as found in one article. */
export interface ArticleActor {
  /** Unique within the article's extraction. */
  key: string;
  /** Fullest form seen in the article. */
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  mentions: Span[];
}

export interface ArticleQuote {
  /** The quoted words without the quote marks; always article.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Key of the ArticleActor speaking, when resolved. */
  speakerKey: string | null;
  /** The actor's name, or the words naming the speaker when no actor fits. */
  speakerName: string | null;
  partial: boolean;
  /** When the words were spoken, if the text says (YYYY-MM-DD etc.). */
  spokenOn: PartialDate | null;
}

export type TimeKind = 'event' | 'plan' | 'approximate';

export interface ArticleTimeExpression {
  /** The time expression as written ("on Tuesday", "April 22"). */
  text: string;
  start: number;
  end: number;
  /** Resolved date as precise as the text allows; null when it cannot be resolved. */
  date: PartialDate | null;
  kind: TimeKind;
  /** The event the expression dates (a clause or sentence), and where it is. */
  event: string;
  eventStart: number;
  eventEnd: number;
  /** True when the expression sits inside a quote. */
  inQuote: boolean;
  /** Keys of actors mentioned in the event text. */
  actorKeys: string[];
}

/** A number the article states about a quantity ("26 killed"). */
export interface NumericClaim {
  /** Normalised name of the quantity: "death toll", "injured". */
  about: string;
  value: number;
  /** The words as written ("killing 26 people"). */
  text: string;
  start: number;
  end: number;
}

/** "X holds role R" as the article states it (for role conflicts across articles). */
export interface RoleClaim {
  role: string;
  actorKey: string;
  start: number;
  end: number;
}

export interface Extraction {
  articleId: string;
  actors: ArticleActor[];
  quotes: ArticleQuote[];
  times: ArticleTimeExpression[];
  claims: NumericClaim[];
  roleClaims: RoleClaim[];
  /** Set when extraction failed on this article (its facts are left out and the failure reported). */
  error?: string;
}

// ---- The briefing: the JSON contract (docs/briefing-json.md) plus optional extra fields ----

export interface SourceRef {
  article: string;
  line: number;
}

export interface QuoteSourceRef extends SourceRef {
  start: number;
  end: number;
}

export interface BriefingArticle {
  id: string;
  path: string;
  title: string | null;
  source: string | null;
  published: string | null;
  publishedInferred: boolean;
  url?: string | null;
  author?: string | null;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  mentions: SourceRef[];
  /** Number of distinct articles that mention the actor. */
  corroboration?: number;
  /** Number of quotes attributed to the actor. */
  quoteCount?: number;
}

export interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  speakerName: string | null;
  partial: boolean;
  sources: QuoteSourceRef[];
  corroboration?: number;
  spokenOn?: PartialDate | null;
}

export interface TimelineEntry {
  id: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD; entries without an exact date are in `undated`. */
  date: PartialDate;
  text: string;
  sources: SourceRef[];
  corroboration?: number;
  kind?: TimeKind;
  actors?: string[];
}

export interface ConflictClaim {
  value: string;
  sources: SourceRef[];
}

export interface Conflict {
  id: string;
  about: string;
  claims: ConflictClaim[];
}

export interface Briefing {
  schema: 'briefing/1';
  title: string;
  articles: BriefingArticle[];
  actors: Actor[];
  quotes: Quote[];
  timeline: TimelineEntry[];
  conflicts: Conflict[];
  /** Events the articles order but do not date ("no exact date" group). */
  undated?: Array<Omit<TimelineEntry, 'date'> & { date: null }>;
}

/** A problem with one input (reported on stderr; the rest still loads). */
export interface LoadProblem {
  path: string;
  reason: string;
}
