const isLoopback = (url: string) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(url);

/**
 * Session cookies are Secure on https, and always in production except for a local loopback run
 * (`npm start` on http://localhost), where a Secure cookie would never be sent back.
 */
export function secureCookiesFor(appUrl: string, isProduction: boolean): boolean {
  return appUrl.startsWith("https://") || (isProduction && !isLoopback(appUrl));
}
