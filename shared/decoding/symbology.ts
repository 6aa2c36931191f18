/** The barcode kinds Dockside reads, in our words (both decoders' names map onto these). */
export const SYMBOLOGIES = ['code-128', 'code-39', 'qr', 'data-matrix', 'ean-13', 'upc-a', 'pdf417', 'other'] as const;
export type Symbology = (typeof SYMBOLOGIES)[number];

export const SYMBOLOGY_WORDS: Readonly<Record<Symbology, string>> = {
  'code-128': 'Code 128',
  'code-39': 'Code 39',
  qr: 'QR code',
  'data-matrix': 'Data Matrix',
  'ean-13': 'EAN-13',
  'upc-a': 'UPC-A',
  pdf417: 'PDF417',
  other: 'other barcode',
};
