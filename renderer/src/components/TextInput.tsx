import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';

interface Props extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  testId?: string;
  placeholder?: string;
  className?: string;
}

/**
 * A labelled text field. Errors come from the enclosing Form's validationErrors (set after our own checks
 * or from the core's VALIDATION fields) and are tied to the input with aria-describedby by react-aria.
 */
export function TextInput({ label, description, testId, placeholder, className, ...props }: Props) {
  return (
    <TextField {...props} className={`field ${className ?? ''}`}>
      <Label className="field-label">{label}</Label>
      <Input className="input" data-testid={testId} placeholder={placeholder} />
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error" />
    </TextField>
  );
}
