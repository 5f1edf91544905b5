// Starts the app. An external module rather than trunk's inline loader, so that the
// Content-Security-Policy needs no inline script. The page is already readable (pre-rendered),
// so the app's download waits until it has been painted rather than compete with it. trunk
// writes the JS glue's hashed name, with its integrity, into the modulepreload link; the wasm
// beside it has the same name with "_bg.wasm".
const glue = document.querySelector('link[rel="modulepreload"]');
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
const { default: init } = await import(glue.href);
await init({ module_or_path: glue.href.replace(/\.js$/, '_bg.wasm') });
