// The part of madge's API the import-cycle test uses (madge ships no types).
declare module "madge" {
  interface MadgeResult {
    /** Each module and the modules it imports, as paths relative to the base directory. */
    obj(): Record<string, string[]>;
    /** Every import cycle found, as lists of modules. */
    circular(): string[][];
  }
  interface MadgeOptions {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  export default function madge(path: string, options?: MadgeOptions): Promise<MadgeResult>;
}
