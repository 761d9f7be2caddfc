export function Button() {
  return <button type="button">Go</button>;
}
