// TEMPORARY (see vite.config.ts): what src/data/readCsv.ts and loadDataset.ts import from Node and csv-parse. The page
// never reads files; a call says so instead of failing obscurely.
const noFiles = (): never => {
  throw new Error("gradkit in a browser reads no files: readCsv and loadDataset need Node");
};
export const readFileSync = noFiles;
export const fileURLToPath = (url: URL | string): string => String(url);
export const createRequire = noFiles;
export const dirname = noFiles;
export const join = noFiles;
export const parse = noFiles;
