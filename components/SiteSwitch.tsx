export interface SiteSwitchProps {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The per-site on/off switch. A native checkbox with role=switch: keyboard and screen readers for free. */
export function SiteSwitch({ site, enabled, onChange }: SiteSwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        data-testid="site-switch"
        checked={enabled}
        aria-checked={enabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        On for <strong>{site}</strong>
      </span>
    </label>
  );
}
