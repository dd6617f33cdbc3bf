// Node resolve hook for the benchmark only: tfjs-core's ESM files import './gradients/Abs_grad' without
// an extension, which Node's ESM loader refuses. The full @tensorflow/tfjs bundle registers these
// gradients for you; with tfjs-core alone we import its register_all_gradients.js, so add ".js".
export async function resolve(specifier, context, nextResolve) {
  const fromTfjsCore = context.parentURL?.includes("/@tensorflow/tfjs-core/dist/") ?? false;
  if (fromTfjsCore && specifier.startsWith(".") && !/\.[cm]?js$/.test(specifier)) {
    try {
      return await nextResolve(`${specifier}.js`, context);
    } catch {
      return nextResolve(`${specifier}/index.js`, context);
    }
  }
  return nextResolve(specifier, context);
}
