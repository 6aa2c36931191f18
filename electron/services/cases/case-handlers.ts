import { CASE_NUMBER_PATTERN } from '../../../shared/domain/cases/vocabulary';
import type { CasesCommandName } from '../../../shared/commands/cases.names';
import { DocksideError } from '../../../shared/errors';
import type { CoreOptions } from '../core';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { recordReminder, messageFor, requestRemoteWipe, sendReminder, writeOff } from './asset-acts';
import { closeCase, closeIfReady, completeTask, reclaimLicence, recordShipment } from './case-acts';
import { kitContent } from './kit/kit-content';
import { kitHtml } from './kit/kit-html';
import { sendRaw } from './kit/send-raw';
import { kitZpl } from '../../../shared/domain/cases/kit-zpl';
import { caseBookCache } from './case-book-cache';
import { caseDetail } from './case-detail';
import { caseList } from './case-list';
import { dashboard, dashboardCsv } from './dashboard';
import { importCases, previewCaseImport } from './import/case-import';
import { buildCasePack, casePackFile, casePackFileName } from './pack/case-pack';
import { casePackHtml } from './pack/pack-html';
import { readCasePolicy, saveCasePolicy } from './store/case-policy-store';
import { caseIdByNumber } from './store/case-store';
import { pullItsmCases } from './itsm/pull-itsm-cases';
import { plainSyncServices } from '../../sync/default-sync-services';

/** The offboarding cases: import, the case list and page, acts on a case, policy, evidence packs, the dashboard. */
export function caseHandlers(env: CoreEnv, options: CoreOptions) {
  const { db, clock } = env;
  const detail = (caseId: string) => caseDetail(db, caseId, clock.now());
  const book = caseBookCache(db);
  const sync = options.sync ?? plainSyncServices();
  return {
    'cases.previewImport': (input) => previewCaseImport(db, input, clock.now()),
    'cases.import': (input, ctx) => importCases(env, who(ctx), input),
    'cases.list': (input) => caseList(book.read(clock.now()), input.filter, input.offset, input.limit, clock.now()),
    'cases.get': (input) => detail(input.caseId),
    'cases.byBarcode': (input) => {
      const said = input.raw.trim().toUpperCase();
      const caseId = CASE_NUMBER_PATTERN.test(said) ? caseIdByNumber(db, said) : null;
      if (caseId === null) throw new DocksideError('CASE_NOT_FOUND', `No case ${said.slice(0, 40)}`);
      return detail(caseId);
    },
    'cases.completeTask': (input, ctx) => {
      completeTask(env, who(ctx), input.caseId, input.taskId);
      return detail(input.caseId);
    },
    'cases.reclaimLicence': (input, ctx) => {
      reclaimLicence(env, who(ctx), input.caseId, input.licenceId);
      closeIfReady(env, who(ctx), input.caseId);
      return detail(input.caseId);
    },
    'cases.message': (input) => messageFor(env, input.caseId, input.step),
    'cases.recordReminder': (input, ctx) => {
      recordReminder(env, who(ctx), input.caseId, input.step, 'manual');
      return detail(input.caseId);
    },
    'cases.sendReminder': (input, ctx) => {
      sendReminder(env, who(ctx), input.caseId, input.step);
      return detail(input.caseId);
    },
    'cases.requestRemoteWipe': (input, ctx) => {
      requestRemoteWipe(env, who(ctx), input.caseId, input.assetId);
      return detail(input.caseId);
    },
    'cases.writeOff': (input, ctx) => {
      writeOff(env, who(ctx), input.caseId, input.assetId, input.reason, input.note);
      closeIfReady(env, who(ctx), input.caseId);
      return detail(input.caseId);
    },
    'cases.close': (input, ctx) => {
      closeCase(env, who(ctx), input.caseId);
      return detail(input.caseId);
    },
    'cases.policy': () => readCasePolicy(db),
    'cases.savePolicy': (input, ctx) => {
      saveCasePolicy(db, input, who(ctx).technicianId, clock.now());
      return readCasePolicy(db);
    },
    'cases.exportPack': (input) => casePackFile(db, input.caseId, clock.now()),
    'cases.exportPackPdf': async (input) => {
      if (options.pdf === undefined) throw new DocksideError('PDF_UNAVAILABLE', 'No PDF printer is configured for this core');
      const pack = buildCasePack(db, input.caseId, clock.now());
      const bytes = await options.pdf.print(casePackHtml(pack), { landscape: false });
      return { fileName: casePackFileName(pack, 'pdf'), pdfBase64: Buffer.from(bytes).toString('base64'), devices: pack.assets.length, media: 0 };
    },
    'cases.dashboard': () => dashboard(db, book.read(clock.now()), clock.now()),
    'cases.dashboardCsv': () => dashboardCsv(book.read(clock.now()), clock.now()),
    'cases.kitPdf': async (input) => {
      if (options.pdf === undefined) throw new DocksideError('PDF_UNAVAILABLE', 'No PDF printer is configured for this core');
      const kit = kitContent(db, input.caseId, clock.now());
      const bytes = await options.pdf.print(await kitHtml(kit), { landscape: false });
      return { fileName: `return-kit-${kit.caseNumber}.pdf`, pdfBase64: Buffer.from(bytes).toString('base64'), devices: kit.items.length, media: 0 };
    },
    'cases.kitZpl': (input) => {
      const kit = kitContent(db, input.caseId, clock.now());
      return { fileName: `return-kit-${kit.caseNumber}.zpl`, zpl: kitZpl(kit) };
    },
    'cases.printKit': async (input) => {
      const zpl = kitZpl(kitContent(db, input.caseId, clock.now()));
      return { printer: `${input.host}:${input.port}`, bytes: await sendRaw(input.host, input.port, zpl) };
    },
    'cases.pullItsm': (input, ctx) => pullItsmCases(env, who(ctx), sync, input.connectorId, input.apply),
    'cases.recordShipment': (input, ctx) => {
      recordShipment(env, who(ctx), input.caseId, input.carrier, input.trackingNumber);
      return detail(input.caseId);
    },
  } satisfies Pick<HandlerMap, CasesCommandName>;
}
