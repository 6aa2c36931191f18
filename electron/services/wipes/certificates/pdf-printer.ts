/** Turns an HTML document into PDF bytes: Electron's printToPDF in the app, Chromium's page.pdf in the CLI and tests. */
export interface PdfPrinter {
  print(html: string, options: { readonly landscape: boolean }): Promise<Uint8Array>;
}
