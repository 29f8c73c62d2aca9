/** Names of the head matte's generated files (scripts/head-matte-assets.ts), relative to the app's base URL. */
declare module 'virtual:head-matte-assets' {
  const assets: {
    readonly inputPx: number;
    readonly modelPath: string;
    /** The model's size, known at build time: the download's total when the response has no Content-Length. */
    readonly modelBytes: number;
    readonly runtimePaths: Readonly<Record<string, string>>;
  };
  export default assets;
}
