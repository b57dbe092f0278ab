import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { systemContext } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../services.js';
import { PLAN_STATUSES } from './plans.schema.js';
import { planCode } from './plans.service.js';

export const PLAN_HELP = `  plan import TỆP.txt [--org MÃ|SỐ] [--number SỐ] [--date dd/mm/yyyy]
                                Đọc văn bản kế hoạch (như bản kế hoạch mẫu) thành kế hoạch dự thảo; in mã số kế hoạch
  plan list                     Liệt kê kế hoạch, mỗi dòng một kế hoạch, mã số đầu dòng
  plan export MÃ --format docx --out TỆP
                                Xuất kế hoạch ra tệp .docx theo thể thức Nghị định 30/2020`;

const usage = (message: string) => new AppError('usage', message, 400);

/** The organization named by --org (its number or its code), else the portal's, else the only one there is. */
async function organizationOf(services: Services, org: string | undefined) {
  const all = await services.organizations.options();
  if (!org) {
    const id = (await services.organizations.portalOrganizationId()) ?? (all.length === 1 ? all[0]!.id : null);
    if (!id) throw usage('Hãy chỉ định cơ quan ban hành bằng --org MÃ (chạy "cchc demo" hoặc tạo cơ quan trước).');
    return id;
  }
  const found = /^\d+$/.test(org) ? all.find((o) => o.id === Number(org)) : await services.organizations.findByCode(org);
  if (!found) throw usage(`Không có cơ quan ${org}.`);
  return found.id;
}

/** `cchc plan import|list|export`, acting as the installation. */
export async function planCommand(services: Services, [sub, ...args]: string[]) {
  const ctx = systemContext('cli');
  if (sub === 'import') {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { org: { type: 'string' }, number: { type: 'string' }, date: { type: 'string' } } });
    const file = positionals[0];
    if (!file) throw usage('Cách dùng: cchc plan import TỆP.txt [--org MÃ] [--number SỐ] [--date dd/mm/yyyy]');
    if (!existsSync(file)) throw usage(`Không có tệp ${file}.`);
    const id = await services.plans.importText(ctx, await readFile(file, 'utf8'), { organizationId: await organizationOf(services, values.org), number: values.number, issuedOn: values.date });
    console.log(id);
    return;
  }
  if (sub === 'list') {
    for (const p of await services.plans.listAll()) console.log([p.id, p.year, planCode(p), PLAN_STATUSES[p.status], p.title].join('\t'));
    return;
  }
  if (sub === 'export') {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
    const id = Number(positionals[0]);
    if (!Number.isSafeInteger(id) || id < 1 || values.format !== 'docx' || !values.out) throw usage('Cách dùng: cchc plan export MÃ --format docx --out TỆP');
    const { buffer } = await services.plans.docx(ctx, id);
    await writeFile(values.out, buffer);
    console.log(`Đã xuất kế hoạch ${id} ra ${values.out}.`);
    return;
  }
  throw usage('Lệnh "plan" cần "import", "list" hoặc "export".');
}
