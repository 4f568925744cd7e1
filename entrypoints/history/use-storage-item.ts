// The current value of an extension storage item, kept current while the page is open.
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    void item.getValue().then((current) => {
      if (live) setValue(current);
    });
    const unwatch = item.watch((current) => setValue(current));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
