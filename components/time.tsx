// A moment shown in the reader's locale, machine-readable underneath.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function Time({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{dateFormat.format(at)}</time>;
}
