import { SearchOutlined } from "@ant-design/icons";
import { Input } from "antd";
import { useEffect, useRef, useState } from "react";
import { useDebounced } from "../lib/useDebounced";

interface SearchBoxProps {
  value: string;
  onSearch: (value: string) => void;
  placeholder: string;
  label: string;
  delayMs?: number;
}

/** Search as you type: the query goes out once typing pauses; Enter sends it at once. */
export function SearchBox({ value, onSearch, placeholder, label, delayMs = 300 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const debounced = useDebounced(text, delayMs);

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (debounced !== sent.current) {
      sent.current = debounced;
      onSearch(debounced);
    }
  }, [debounced, onSearch]);

  return (
    <Input
      type="search"
      role="searchbox"
      allowClear
      size="large"
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      aria-label={label}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => {
        if (text !== sent.current) {
          sent.current = text;
          onSearch(text);
        }
      }}
    />
  );
}
