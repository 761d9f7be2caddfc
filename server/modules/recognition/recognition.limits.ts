// Recognition limits, shared by the server's schemas and the browser's forms (no zod here).
export const MESSAGE_MAX = 2000;
export const RECIPIENTS_MAX = 20;
export const FEED_PAGE = 20;
/** The reactions offered on public recognition. */
export const EMOJIS = ["👏", "🙌", "❤️", "🎉", "💡", "🙏"] as const;
