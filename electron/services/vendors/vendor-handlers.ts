import type { VendorsCommandName } from '../../../shared/commands/vendors.names';
import { DocksideError } from '../../../shared/errors';
import type { CoreOptions } from '../core';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { readSample } from '../imports/read-sample';
import { agingView } from './disposition/aging';
import { importDisposition } from './disposition/import-disposition';
import { planDisposition } from './disposition/plan-report';
import { resolveReview } from './disposition/resolve-review';
import { countOpenReview, listReview } from './disposition/review-store';
import { readAgingDays, writeAgingDays } from './aging-setting';
import { listVendors, saveVendor, setVendorActive, vendorById } from './vendor-store';

/** How many review items one page shows. */
const REVIEW_PAGE = 2000;

const bytesOf = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

/** The vendors commands: profiles and mappings, disposition reports, the review queue, aging. */
export function vendorHandlers(env: CoreEnv, _options: CoreOptions) {
  const { db, clock, ids } = env;
  return {
    'vendors.list': () => listVendors(db),
    'vendors.save': (input) => saveVendor(db, input.vendorId, input.profile, () => ids.next(), clock.now()),
    'vendors.setActive': (input) => setVendorActive(db, input.vendorId, input.active, clock.now()),
    'vendors.readSample': (input) => ({ fileName: input.fileName, ...readSample(bytesOf(input.contentBase64)) }),
    'vendors.previewDisposition': (input) => planDisposition(db, vendorById(db, input.vendorId), input.fileName, bytesOf(input.contentBase64)).preview,
    'vendors.importDisposition': (input, ctx) => {
      const vendor = vendorById(db, input.vendorId);
      const plan = planDisposition(db, vendor, input.fileName, bytesOf(input.contentBase64));
      if (plan.preview.fileSha256 !== input.fileSha256) {
        throw new DocksideError('INVALID_INPUT', 'File differs from the one previewed', { file: 'This is not the file that was previewed: preview it again.' });
      }
      if (plan.preview.planSha256 !== input.planSha256) {
        throw new DocksideError('PREVIEW_OUT_OF_DATE', 'Records changed since the preview');
      }
      return importDisposition(env, plan, { vendor, technicianId: who(ctx).technicianId });
    },
    'vendors.reviewQueue': (input) => ({ items: listReview(db, input.vendorId, input.state, REVIEW_PAGE), open: countOpenReview(db, input.vendorId) }),
    'vendors.resolveReview': (input, ctx) => resolveReview(env, input, who(ctx).technicianId),
    'vendors.aging': () => agingView(db, readAgingDays(db), clock.now()),
    'vendors.setAgingDays': (input) => agingView(db, writeAgingDays(db, input.days), clock.now()),
  } satisfies Pick<HandlerMap, VendorsCommandName>;
}
