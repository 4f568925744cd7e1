// Whether an address is a web page's: apart from the schemas so that UI showing a stored address
// can check it without loading the validators.
export function isHttpAddress(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
