// What the autosave stream needs in a database: the small test organisation and a published city standard,
// written by the services' own code (seed step, Prisma), as the demo data is.
import { rm } from 'node:fs/promises';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { applyMigrations, type Pool } from '@duda/db';
import { createLogger } from '@duda/service-kit';
import { seedSmallOrg } from '@duda/service-org/seed';
import { loadConfig } from '../../config.ts';
import { modules } from '../../modules.ts';
import { createServices } from '../../services.ts';

/** Who autosaves (区县督导 of 上城区) and where: a hall of that district, by the city's standard. */
export interface AutosaveWorld {
  inspector: string;
  hallId: string;
  templateId: string;
}

const item = (code: string, title: string) => ({
  code,
  title,
  guidance: '',
  weight: 50,
  scoringMode: 'PASS_FAIL',
  maxPoints: null,
  allowNotApplicable: false,
  veto: false,
  photoRequired: false,
  severity: 'MINOR',
});

/** Applies every service's migrations (a database the gateway has not started on yet) and seeds it. */
export async function seedAutosaveWorld(pool: Pool): Promise<AutosaveWorld> {
  for (const module of modules) await applyMigrations(pool, module.database);
  const logger = createLogger('faults', 'silent');
  const uploads = await makeTempDir('duda-uploads-');
  const config = loadConfig(
    { DUDA_UPLOADS_DIR: uploads, DUDA_WEB_ROOT: '/nonexistent' },
    { serviceSecret: 'faults-seed', cookieSecret: 'faults-seed' },
  );
  const services = createServices(pool, config, logger);
  try {
    const seeded = await seedSmallOrg(services.local.org!.prisma);
    const template = await services.local.inspection!.prisma.checklistTemplate.create({
      data: {
        lineId: crypto.randomUUID(),
        cityId: seeded.cityId,
        name: '故障测试标准',
        kind: 'STANDARD',
        version: 1,
        status: 'PUBLISHED',
        passLine: 80,
        sections: [
          { code: 'A', name: '服务规范', items: [item('A01', '着装规范'), item('A02', '主动迎候')] },
        ],
        itemCount: 2,
        publishedAt: new Date(),
        createdById: seeded.demoPeople['city.sup']!.id,
      },
    });
    const district = seeded.districts.find((d) => d.code === 'HZ-SC')!;
    return { inspector: 'sc.sup', hallId: district.halls[0]!.id, templateId: template.id };
  } finally {
    await services.close();
    await rm(uploads, { recursive: true, force: true });
  }
}
