// No client script: at an unknown address the router would only find nothing to hydrate.
export const csr = false;
