import { z } from 'zod';
import { casePolicySchema } from '../domain/cases/case-policy';
import type { CaseDetail, CaseImportPreview, CaseImportResult, CaseListPage, CasePolicyView, DashboardView, EscalationDraft, KitPrinted, KitZpl } from '../domain/cases/case-views';
import { CASE_FILTERS, ESCALATION_STEPS, WRITE_OFF_REASONS } from '../domain/cases/vocabulary';
import type { CsvFile, PdfFile } from '../domain/sanitization/wipe-views';
import type { EvidenceFile } from '../views';
import type { CasesCommandName } from './cases.names';
import { command, id, none, returns, type AnyCommandSpec } from './spec';

/** An HRIS export as the renderer or CLI read it: 5 MB of file is about 7 MB of base64. */
const caseFile = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    contentBase64: z.string().max(7_000_000, 'The file is far too large to be an HRIS export (the limit is 5 MB)').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive whole'),
  })
  .strict();
const onCase = z.object({ caseId: id }).strict();
const onAsset = z.object({ caseId: id, assetId: id }).strict();

/** The cases commands: name -> who may call it, input schema, output type. */
export const casesCommands = {
  'cases.previewImport': command('supervisor', caseFile, returns<CaseImportPreview>()),
  'cases.import': command('supervisor', caseFile, returns<CaseImportResult>()),
  'cases.list': command(
    'signed-in',
    z.object({ filter: z.enum(CASE_FILTERS), offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).strict(),
    returns<CaseListPage>(),
  ),
  'cases.get': command('signed-in', onCase, returns<CaseDetail>()),
  'cases.byBarcode': command('signed-in', z.object({ raw: z.string().max(256) }).strict(), returns<CaseDetail>()),
  'cases.completeTask': command('signed-in', z.object({ caseId: id, taskId: z.string().min(1).max(40) }).strict(), returns<CaseDetail>()),
  'cases.reclaimLicence': command('signed-in', z.object({ caseId: id, licenceId: id }).strict(), returns<CaseDetail>()),
  'cases.message': command('signed-in', z.object({ caseId: id, step: z.enum(ESCALATION_STEPS) }).strict(), returns<EscalationDraft>()),
  'cases.recordReminder': command('signed-in', z.object({ caseId: id, step: z.enum(ESCALATION_STEPS) }).strict(), returns<CaseDetail>()),
  'cases.sendReminder': command('signed-in', z.object({ caseId: id, step: z.enum(ESCALATION_STEPS) }).strict(), returns<CaseDetail>()),
  'cases.requestRemoteWipe': command('signed-in', onAsset, returns<CaseDetail>()),
  'cases.writeOff': command(
    'supervisor',
    z.object({ caseId: id, assetId: id, reason: z.enum(WRITE_OFF_REASONS), note: z.string().trim().min(1, 'Say why, for the record').max(2000) }).strict(),
    returns<CaseDetail>(),
  ),
  'cases.close': command('signed-in', onCase, returns<CaseDetail>()),
  'cases.policy': command('signed-in', none, returns<CasePolicyView>()),
  'cases.savePolicy': command('supervisor', casePolicySchema, returns<CasePolicyView>()),
  'cases.exportPack': command('signed-in', onCase, returns<EvidenceFile>()),
  'cases.exportPackPdf': command('signed-in', onCase, returns<PdfFile>()),
  'cases.dashboard': command('supervisor', none, returns<DashboardView>()),
  'cases.dashboardCsv': command('supervisor', none, returns<CsvFile>()),
  'cases.kitPdf': command('signed-in', onCase, returns<PdfFile>()),
  'cases.kitZpl': command('signed-in', onCase, returns<KitZpl>()),
  'cases.printKit': command(
    'signed-in',
    z
      .object({
        caseId: id,
        host: z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.-]+$/, 'A printer address: a host name or an IPv4 address'),
        port: z.number().int().min(1024).max(65535).default(9100),
      })
      .strict(),
    returns<KitPrinted>(),
  ),
  'cases.pullItsm': command('supervisor', z.object({ connectorId: z.string().min(1).max(40), apply: z.boolean() }).strict(), returns<CaseImportResult>()),
  'cases.recordShipment': command(
    'signed-in',
    z
      .object({
        caseId: id,
        carrier: z.string().trim().min(1, 'Name the carrier').max(60),
        trackingNumber: z.string().trim().min(4, 'The tracking number as the carrier gave it').max(40).regex(/^[A-Za-z0-9 -]+$/, 'Letters, digits, spaces and dashes only'),
      })
      .strict(),
    returns<CaseDetail>(),
  ),
} as const satisfies Record<CasesCommandName, AnyCommandSpec>;
