import { articleFileUrl } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { articleFileAnswer } from './file-route.ts';
import { closeReadingMonths } from './month-close.ts';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: unknown[]) => ({ type: 'doc' as const, content: content as never[] });
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('knowledge base (知识库)', () => {
  let f: TrainingFixture;
  let business: string;
  let tariffs: string;
  let service: string;
  const cause = (code: string, field?: string) => ({
    cause: expect.objectContaining({ code, ...(field ? { field } : {}) }),
  });
  const upload = (articleId: string, kind: string, file: File) => {
    const form = new FormData();
    form.set('articleId', articleId);
    form.set('kind', kind);
    form.set('file', file);
    return form;
  };

  beforeAll(async () => {
    f = await trainingFixture();
    const point = (name: string, parentId: string | null = null) =>
      f.training.prisma.knowledgePoint.create({ data: { cityId: f.seeded.cityId, parentId, name } });
    business = (await point('业务知识')).id;
    tariffs = (await point('套餐资费', business)).id;
    service = (await point('服务规范')).id;
  });
  afterAll(() => f.close());

  it('lets the trainer write a draft that staff do not see, checks the document, and finds it by its words', async () => {
    const trainer = await f.as('trainer');
    const clerk = await f.as('hubin.clerk');
    await expect(
      trainer.knowledge.create({
        title: '坏链接',
        knowledgePointId: tariffs,
        content: doc({
          type: 'paragraph',
          content: [
            { type: 'text', text: '点此', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        }),
      }),
    ).rejects.toMatchObject(cause('training.knowledge.linkUnsafe', 'content'));
    await expect(
      (await f.as('hubin.clerk')).knowledge.create({ title: 'x', knowledgePointId: tariffs, content: doc() }),
    ).rejects.toMatchObject(cause('training.knowledge.manageDenied'));

    const { id } = await trainer.knowledge.create({
      title: '5G 畅享套餐资费说明',
      knowledgePointId: tariffs,
      tags: ['资费', '5G'],
      content: doc(paragraph('月费 128 元，含国内通用流量 30GB，超出后按 3 元/GB 计费。')),
    });
    expect((await clerk.knowledge.list({})).total).toBe(0);
    await expect(clerk.knowledge.get({ id })).rejects.toMatchObject(cause('training.knowledge.notFound'));

    await trainer.knowledge.setStatus({ id, status: 'PUBLISHED' });
    const found = await clerk.knowledge.list({ q: '通用流量' });
    expect(found.items.map((a) => a.title)).toEqual(['5G 畅享套餐资费说明']);
    expect((await clerk.knowledge.list({ q: '100%' })).total).toBe(0);
    expect((await clerk.knowledge.list({ knowledgePointId: business })).total).toBe(1);
    expect((await clerk.knowledge.list({ knowledgePointId: service })).total).toBe(0);
    expect((await clerk.knowledge.list({ tag: '5G' })).total).toBe(1);
    const tree = await clerk.knowledge.categories();
    expect(tree.find((c) => c.id === business)?.articleCount).toBe(1);
    // Staff see only categories with something to read, and no draft's tags; the trainer sees the whole tree.
    expect(tree.find((c) => c.id === service)).toBeUndefined();
    expect((await trainer.knowledge.categories()).find((c) => c.id === service)).toBeDefined();
    await trainer.knowledge.create({
      title: '草稿',
      knowledgePointId: service,
      tags: ['内部'],
      content: doc({ type: 'paragraph' }),
    });
    expect((await clerk.knowledge.list({})).tags).toEqual(['5G', '资费']);
    expect((await trainer.knowledge.list({})).tags).toContain('内部');
  });

  it('stores images and attachments checked by their bytes, and serves them to readers of the article only', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.knowledge.create({
      title: '携号转网办理流程',
      knowledgePointId: business,
      content: doc(paragraph('草稿')),
    });
    await expect(
      trainer.knowledge.uploadFile(
        upload(id, 'IMAGE', new File([new TextEncoder().encode('%PDF-1.4')], 'a.png')),
      ),
    ).rejects.toMatchObject(cause('training.knowledge.imageType', 'file'));
    await expect(
      trainer.knowledge.uploadFile(upload(id, 'ATTACHMENT', new File([new Uint8Array(0)], 'a.pdf'))),
    ).rejects.toMatchObject(cause('training.knowledge.fileEmpty', 'file'));
    const image = await trainer.knowledge.uploadFile(upload(id, 'IMAGE', new File([png], '流程图.png')));
    expect(image.url).toBe(articleFileUrl(image.id));
    await trainer.knowledge.update({
      id,
      title: '携号转网办理流程',
      knowledgePointId: business,
      tags: [],
      content: doc(paragraph('第一步：核验身份'), { type: 'image', attrs: { src: image.url } }),
    });
    await expect(trainer.knowledge.removeFile({ id: image.id })).rejects.toMatchObject(
      cause('training.knowledge.imageUnknown'),
    );

    // The file route: a session is needed, and a draft's files are as absent as a file that never was.
    const clerkCaller = await f.contextOf('hubin.clerk');
    const fetchAs = (caller: typeof clerkCaller, fileId: string = image.id) =>
      articleFileAnswer(f.training.deps, caller, fileId);
    expect(await fetchAs({ ...clerkCaller, actor: null })).toMatchObject({ status: 401 });
    expect(await fetchAs(clerkCaller)).toMatchObject({ status: 404 });
    expect(await fetchAs(clerkCaller, 'not-an-id')).toMatchObject({ status: 404 });
    await trainer.knowledge.setStatus({ id, status: 'PUBLISHED' });
    const served = await fetchAs(clerkCaller);
    expect(served).toMatchObject({
      status: 200,
      headers: {
        'Content-Type': 'image/png',
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent('流程图.png')}`,
      },
    });
    if (served.status === 200) served.stream.destroy();
    const article = await (await f.as('hubin.clerk')).knowledge.get({ id });
    expect(article.files.map((file) => file.name)).toEqual(['流程图.png']);
    expect(article.updatedByName).toBe('孙丽华');
  });

  it('resolves required readers, records reading once, and counts what was unread by the deadline', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.knowledge.create({
      title: '首问负责制',
      knowledgePointId: service,
      content: doc(paragraph('首位接待客户的员工负责到底。')),
    });
    const deadline = new Date('2026-11-25T15:59:59Z');
    await expect(
      trainer.knowledge.assign({ articleId: id, roles: ['clerk'], orgNodeIds: [], deadline }),
    ).rejects.toMatchObject(cause('training.knowledge.notPublished', 'articleId'));
    await trainer.knowledge.setStatus({ id, status: 'PUBLISHED' });
    await expect(
      trainer.knowledge.assign({ articleId: id, roles: [], orgNodeIds: [], deadline }),
    ).rejects.toMatchObject(cause('training.knowledge.targetEmpty'));
    const assigned = await trainer.knowledge.assign({
      articleId: id,
      roles: ['clerk'],
      orgNodeIds: [f.hall('HZ-SC-01').id],
      deadline,
    });
    expect(assigned).toMatchObject({ month: '2026-11', readerCount: 2 });
    await expect(trainer.knowledge.setStatus({ id, status: 'DRAFT' })).rejects.toMatchObject(
      cause('training.knowledge.requiredCannotUnpublish'),
    );

    const clerk = await f.as('hubin.clerk');
    expect((await clerk.knowledge.mine({})).map((m) => [m.title, m.state, m.outcome])).toEqual([
      ['首问负责制', 'UNOPENED', 'PENDING'],
    ]);
    const opened = await clerk.knowledge.recordOpen({ id });
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    expect((await clerk.knowledge.recordOpen({ id })).openedAt).toEqual(opened.openedAt);
    const finished = await clerk.knowledge.recordFinish({ id });
    expect(finished.state).toBe('FINISHED');
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    expect((await clerk.knowledge.recordFinish({ id })).finishedAt).toEqual(finished.finishedAt);

    f.clock.now = new Date('2026-11-26T02:00:00Z');
    const readers = await trainer.knowledge.readers({ requiredReadingId: assigned.id });
    expect(readers.items.map((r) => [r.staffNo, r.outcome])).toEqual([
      ['HZ10103', 'FINISHED'],
      ['HZ10110', 'UNREAD'],
    ]);
    expect(readers.halls).toEqual([
      { hallId: f.hall('HZ-SC-01').id, hallName: '湖滨营业厅', total: 2, finished: 1 },
    ]);
    await expect(clerk.knowledge.readers({ requiredReadingId: assigned.id })).rejects.toMatchObject(
      cause('training.knowledge.manageDenied'),
    );

    const counts = await (await f.as('hr')).knowledge.unreadCounts({ month: '2026-11' });
    expect(counts.people.map((p) => [p.staffNo, p.unread, p.finished])).toEqual([
      ['HZ10110', 1, 0],
      ['HZ10103', 0, 1],
    ]);
    const nanxing = await f.as('nanxing.mgr');
    expect((await nanxing.knowledge.unreadCounts({ month: '2026-11' })).people).toEqual([]);
    await expect(
      nanxing.knowledge.unreadCounts({ month: '2026-11', orgNodeId: f.hall('HZ-SC-01').id }),
    ).rejects.toMatchObject(cause('training.knowledge.scopeDenied', 'orgNodeId'));
    await expect(clerk.knowledge.unreadCounts({ month: '2026-11' })).rejects.toMatchObject(
      cause('training.knowledge.readDenied'),
    );

    // The month is closed once, after it is over, with each person's count in the event.
    expect(await closeReadingMonths(f.training.deps)).toEqual([]);
    f.clock.now = new Date('2026-12-01T00:20:00+08:00');
    expect(await closeReadingMonths(f.training.deps)).toEqual([
      { cityId: f.seeded.cityId, month: '2026-11' },
    ]);
    expect(await closeReadingMonths(f.training.deps)).toEqual([]);
    const events = await f.training.prisma.outboxEvent.findMany({
      where: { type: 'training.reading.month-closed' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      month: '2026-11',
      people: [
        { staffNo: 'HZ10110', required: 1, unread: 1 },
        { staffNo: 'HZ10103', required: 1, unread: 0 },
      ],
    });
  });
});
