export function installSize(dir?: string): { bytes: number; disk: number; packages: number };
