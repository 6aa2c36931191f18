/** Vite turns `import url from '…wasm?url'` into the URL of the file it copies into the app bundle. */
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
