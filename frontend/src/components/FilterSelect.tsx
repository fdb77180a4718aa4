import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { matches } from "../lib/fold";

/** A labelled multiple-choice list filter; typing narrows the options whatever the diacritics. */
export function FilterSelect(props: {
  label: string;
  value: string[];
  options: { value: string; label: string }[];
  onChange: (value: string[]) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label className="filter-field">
      <span className="filter-label">{props.label}</span>
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t("common.all")}
        value={props.value}
        options={props.options}
        loading={props.loading ?? false}
        onChange={props.onChange}
        showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
        style={{ width: "100%" }}
        aria-label={props.label}
      />
    </label>
  );
}
