/**
 * The site an address belongs to, as a reader would name it: the host's last two labels, or three
 * under a country's second level ("bbc.co.uk", "news.com.au"); an IP address is its own site. '' for
 * an address that is not http(s) or doesn't parse (a relative link is on the page's own site).
 */
export function siteOf(address: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const isCountrySecondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3;
  return labels.slice(isCountrySecondLevel ? -3 : -2).join('.');
}
