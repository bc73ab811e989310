// The knowledge base (知识库): articles the trainer writes under the bank's knowledge points, read by all staff;
// required reading (必读) for roles and org nodes with a deadline; reading recorded as opened and read to the end.
// The inputs of `training.knowledge.*`.
//
// Unread required items (未读必读) of a person in a month: the assignments whose deadline falls in that month (China
// time) and which the person had not read to the end by the deadline. An assignment whose deadline has not passed
// yet is `pending`, not unread; reading it late does not remove it from the month it was missed in.
import { ROLES } from '@duda/authz';
import { editorDocument, formDataInput, moment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { byId, id, month } from './common.ts';
import { knowledgeErrors } from './knowledge-errors.ts';

export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_FILE_KINDS = ['IMAGE', 'ATTACHMENT'] as const;
export type ArticleFileKind = (typeof ARTICLE_FILE_KINDS)[number];

export const READING_STATES = ['UNOPENED', 'OPENED', 'FINISHED'] as const;
export type ReadingState = (typeof READING_STATES)[number];

/** Where the gateway serves an article's images and attachments (the session decides who may fetch one). */
export const ARTICLE_FILE_PATH = '/api/training/knowledge/files';
export const articleFileUrl = (fileId: string) => `${ARTICLE_FILE_PATH}/${fileId}`;

/**
 * The largest image and attachment a trainer may upload: within the gateway's 12 MB limit on any upload (with
 * the multipart framing), so a file over it gets this area's words, not the gateway's refusal.
 */
export const MAX_ARTICLE_FILE_MEGABYTES = 10;

/** A whole article, at most 400,000 characters as JSON. */
export const articleDocument = editorDocument(knowledgeErrors.contentInvalid.code);
export type ArticleDocument = z.infer<typeof articleDocument>;

const tag = text().trim().min(1).max(20);

const articleFields = z.object({
  title: text().trim().min(1).max(100),
  knowledgePointId: id,
  tags: z.array(tag).max(10).default([]),
  content: articleDocument,
});

/** A deadline no earlier than 2000 and no later than 2999. */
const deadline = moment();

export const knowledgeInputs = {
  list: pageInput.extend({
    /** Words in the title or the text. */
    q: text().trim().max(50).nullish(),
    /** A category with everything below it. */
    knowledgePointId: id.nullish(),
    tag: tag.nullish(),
    status: z.enum(ARTICLE_STATUSES).nullish(),
  }),
  get: byId,
  create: articleFields,
  update: articleFields.extend({ id }),
  setStatus: z.object({ id, status: z.enum(ARTICLE_STATUSES) }),
  /** An image or attachment arrives as multipart form data: the file, the article, and which kind it is. */
  uploadFile: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const articleId = form.get('articleId');
    const kind = form.get('kind');
    if (!(file instanceof File))
      issue.addIssue({ code: 'custom', message: knowledgeErrors.fileRequired.code, path: ['file'] });
    else if (
      !file.name.trim() ||
      file.name.length > 100 ||
      [...file.name].some((c) => c < ' ' || c === '/' || c === '\\')
    )
      issue.addIssue({ code: 'custom', message: knowledgeErrors.fileNameFormat.code, path: ['file'] });
    if (typeof articleId !== 'string' || !z.uuid().safeParse(articleId).success)
      issue.addIssue({ code: 'custom', message: knowledgeErrors.articleIdFormat.code, path: ['articleId'] });
    if (!ARTICLE_FILE_KINDS.includes(kind as ArticleFileKind))
      issue.addIssue({ code: 'custom', message: knowledgeErrors.fileKindFormat.code, path: ['kind'] });
    return { file: file as File, articleId: articleId as string, kind: kind as ArticleFileKind };
  }),
  removeFile: byId,
  /** The reading page reports the article opened, and later its last block seen (read to the end). */
  recordOpen: byId,
  recordFinish: byId,
  assign: z.object({
    articleId: id,
    /** Everyone under these org nodes (with everything below) holding one of the roles (any role when none). */
    orgNodeIds: z.array(id).max(100).default([]),
    /** Roles alone mean those roles across the trainer's city. */
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
    deadline,
  }),
  readers: pageInput.extend({
    requiredReadingId: id,
    hallId: id.nullish(),
    state: z.enum(READING_STATES).nullish(),
  }),
  mine: z.object({ unfinishedOnly: z.boolean().default(false) }).default({ unfinishedOnly: false }),
  unreadCounts: z.object({ month, orgNodeId: id.nullish() }),
};

/**
 * The payload of `training.reading.month-closed`, emitted once per city and month after the month is over (a job
 * shortly after midnight China time on each day, catching up any month not yet closed): every person with required
 * reading due that month, with their hall and its ancestors, how many items were due and how many are unread
 * (not read to the end by their deadline). Performance subscribes to it; `training.knowledge.unreadCounts` answers
 * the same question live.
 */
export const readingMonthClosedPayload = z.object({
  cityId: z.uuid(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  closedAt: z.iso.datetime(),
  people: z.array(
    z.object({
      personId: z.uuid(),
      personName: z.string(),
      staffNo: z.string(),
      orgNodeId: z.uuid(),
      orgName: z.string(),
      orgPath: z.array(z.uuid()),
      required: z.number().int().min(0),
      unread: z.number().int().min(0),
    }),
  ),
});
export type ReadingMonthClosedPayload = z.infer<typeof readingMonthClosedPayload>;
