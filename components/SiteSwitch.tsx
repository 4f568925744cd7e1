// The per-site switch: a checkbox with the switch role, named "Highlight claims on <site>".
export interface SiteSwitchProps {
  hostname: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

export function SiteSwitch({ hostname, enabled, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>Highlight claims on {hostname}</span>
    </label>
  );
}
