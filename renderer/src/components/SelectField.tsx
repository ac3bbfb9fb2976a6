import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';

export interface Option {
  id: string;
  label: string;
}

interface Props {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (id: string) => void;
  testId?: string;
  className?: string;
  description?: string;
  placeholder?: string;
  isDisabled?: boolean;
  isRequired?: boolean;
  /** Hides the label visually; it still names the control for screen readers. */
  hideLabel?: boolean;
  name?: string;
  /** Shown under the list (and marks it invalid) when set. */
  errorMessage?: string;
}

/** A labelled single-choice list (react-aria Select): keyboard, typeahead and screen-reader support built in. */
export function SelectField({ label, options, value, onChange, testId, className, description, placeholder, isDisabled, isRequired, hideLabel, name, errorMessage }: Props) {
  return (
    <Select
      className={`field select-field ${className ?? ''}`}
      value={value}
      onChange={(k: Key | null) => {
        if (k !== null) onChange(String(k));
      }}
      isDisabled={isDisabled}
      isRequired={isRequired}
      placeholder={placeholder}
      name={name}
      isInvalid={errorMessage ? true : undefined}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Button className="button select-trigger" data-testid={testId}>
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-caret">
          ▾
        </span>
      </Button>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="listbox-item" textValue={o.label} data-testid={testId ? `${testId}-option-${o.id}` : undefined}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
