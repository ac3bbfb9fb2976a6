import { FieldError, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';

interface Props extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  testId?: string;
  rows?: number;
  className?: string;
  hideLabel?: boolean;
  /** Shown under the field (and marks it invalid) when set. */
  errorMessage?: string;
}

/** A labelled multi-line field; errors and description are tied to it by react-aria. */
export function TextAreaField({ label, description, testId, rows = 4, className, hideLabel, errorMessage, ...props }: Props) {
  return (
    <TextField {...props} isInvalid={errorMessage ? true : props.isInvalid} className={`field ${className ?? ''}`}>
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <TextArea className="input textarea" rows={rows} data-testid={testId} />
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}
