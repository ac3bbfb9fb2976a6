// js-yaml comes with electron-builder (a devDependency) and ships no types; the installer test needs load() only.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
