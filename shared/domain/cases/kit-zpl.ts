/** What a return kit's labels carry. */
export interface KitContent {
  readonly caseNumber: string;
  readonly employeeName: string;
  readonly employeeId: string;
  readonly shipFrom: string;
  readonly returnTo: string;
  readonly items: readonly { readonly label: string; readonly serial: string | null; readonly model: string }[];
}

/** Field data for ZPL: printable ASCII only, and never the command prefixes ^ and ~ (a hostile name cannot inject commands). */
export function zplText(value: string, max = 60): string {
  return value
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[\^~]/g, ' ')
    .trim()
    .slice(0, max);
}

const ITEMS_PER_SLIP = 14;

/**
 * Two 4x6 in labels at 203 dpi for Zebra printers: the packing slip (the case as Code 128 and QR,
 * every serial expected in the box) and the return label (addresses and the case barcode).
 */
export function kitZpl(kit: KitContent): string {
  const items = kit.items.slice(0, ITEMS_PER_SLIP).map((item, i) => {
    const line = `${item.label}${item.serial !== null && item.serial !== item.label ? ` SN ${item.serial}` : ''} ${item.model}`;
    return `^FO40,${330 + i * 42}^A0N,30,30^FD${zplText(`[ ] ${line}`, 56)}^FS`;
  });
  const more = kit.items.length > ITEMS_PER_SLIP ? [`^FO40,${330 + ITEMS_PER_SLIP * 42}^A0N,28,28^FD${kit.items.length - ITEMS_PER_SLIP} more item(s): see the PDF packing slip^FS`] : [];
  const slip = [
    '^XA',
    '^CI0',
    '^PW812',
    '^LL1218',
    `^FO40,30^A0N,44,44^FDPACKING SLIP ${zplText(kit.caseNumber, 20)}^FS`,
    `^FO40,84^A0N,30,30^FD${zplText(kit.employeeName || kit.employeeId)} (${zplText(kit.employeeId, 30)})^FS`,
    `^FO40,130^BY3^BCN,120,Y,N,N^FD${zplText(kit.caseNumber, 20)}^FS`,
    `^FO600,110^BQN,2,6^FDQA,${zplText(kit.caseNumber, 20)}^FS`,
    `^FO40,290^A0N,30,30^FDExpected in this box (${kit.items.length}):^FS`,
    ...items,
    ...more,
    '^XZ',
  ];
  const label = [
    '^XA',
    '^CI0',
    '^PW812',
    '^LL1218',
    '^FO40,30^A0N,44,44^FDRETURN LABEL^FS',
    `^FO40,100^A0N,28,28^FDFROM: ${zplText(kit.shipFrom, 70)}^FS`,
    `^FO40,160^A0N,36,36^FDTO: ${zplText(kit.returnTo, 60)}^FS`,
    `^FO40,260^BY3^BCN,160,Y,N,N^FD${zplText(kit.caseNumber, 20)}^FS`,
    `^FO40,480^A0N,30,30^FDScan this barcode at the dock to open case ${zplText(kit.caseNumber, 20)}^FS`,
    '^XZ',
  ];
  return `${[...slip, ...label].join('\n')}\n`;
}
