// Starts the app. An external module rather than trunk's inline loader, so that the
// Content-Security-Policy needs no inline script. trunk writes the hashed names into the
// preload links: the JS glue with its integrity (checked when it is imported here), the wasm
// without (Chromium cannot check integrity on a fetch preload; the glue instantiates it).
const glue = document.querySelector('link[rel="modulepreload"]');
const wasm = document.querySelector('link[rel="preload"][as="fetch"]');
const { default: init } = await import(glue.href);
await init({ module_or_path: wasm.href });
