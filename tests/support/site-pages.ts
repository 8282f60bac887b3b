/** Every page of the built site, as URL paths, found by walking the build output folder. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const distDir = resolve(process.env.PPG_OUT_DIR ?? 'dist');

export function builtPagePaths(dir = distDir): string[] {
  const paths: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === '_astro') continue;
      paths.push(...builtPagePaths(full));
    } else if (name === 'index.html') {
      const rel = relative(distDir, dir).split(sep).join('/');
      paths.push(rel ? `/${rel}/` : '/');
    } else if (name.endsWith('.html')) {
      paths.push(`/${relative(distDir, full).split(sep).join('/')}`);
    }
  }
  return paths.sort();
}
