export function installSize(dir?: string): { bytes: number; disk: number; files: number; packages: number };
