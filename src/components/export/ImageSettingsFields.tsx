/** The export dialog's image settings: size (scale or width), background, and what frames the graph. */
import { IMAGE_SCALES, type ImageSettings } from "../../domain/export/imageSpec";

interface ImageSettingsFieldsProps {
  settings: ImageSettings;
  onChange(patch: Partial<ImageSettings>): void;
}

export function ImageSettingsFields({ settings, onChange: update }: ImageSettingsFieldsProps) {
  return (
    <>
      <fieldset>
        <legend>Size</legend>
        <label className="option">
          <input
            type="radio"
            name="size"
            checked={settings.sizeMode === "scale"}
            onChange={() => update({ sizeMode: "scale" })}
          />
          Scale
          <select
            aria-label="Scale"
            value={settings.scale}
            disabled={settings.sizeMode !== "scale"}
            onChange={(e) => update({ scale: Number(e.target.value) })}
          >
            {IMAGE_SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="option">
          <input
            type="radio"
            name="size"
            checked={settings.sizeMode === "width"}
            onChange={() => update({ sizeMode: "width" })}
          />
          Width
          <input
            type="number"
            aria-label="Width in pixels"
            min={200}
            max={16384}
            step={10}
            value={settings.targetWidth}
            disabled={settings.sizeMode !== "width"}
            onChange={(e) => update({ targetWidth: Math.max(200, Number(e.target.value) || 200) })}
          />
          px
        </label>
      </fieldset>
      <fieldset>
        <legend>Background</legend>
        {(["white", "dark", "transparent"] as const).map((bg) => (
          <label key={bg} className="option inline">
            <input
              type="radio"
              name="background"
              checked={settings.background === bg}
              onChange={() => update({ background: bg })}
            />
            {bg}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Around the graph</legend>
        <Toggle checked={settings.showTitle} onChange={(showTitle) => update({ showTitle })}>
          Title
        </Toggle>
        {settings.showTitle && (
          <input
            className="title-input"
            aria-label="Title text"
            value={settings.title}
            onChange={(e) => update({ title: e.target.value })}
          />
        )}
        <Toggle checked={settings.showLegend} onChange={(showLegend) => update({ showLegend })}>
          Legend of the types shown
        </Toggle>
        <Toggle checked={settings.showFooter} onChange={(showFooter) => update({ showFooter })}>
          Sources and export date
        </Toggle>
      </fieldset>
    </>
  );
}

function Toggle(props: { checked: boolean; onChange(checked: boolean): void; children: string }) {
  return (
    <label className="option">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.children}
    </label>
  );
}
