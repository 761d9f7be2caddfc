// The charts' colours and text from the theme's CSS variables, so every chart follows light and dark mode.
export const AXIS = { fill: "var(--muted-foreground)", fontSize: 12 };
export const tooltipStyle = {
  background: "var(--surface-raised)",
  border: "1px solid var(--border)",
  borderRadius: 6,
  color: "var(--foreground)",
};
