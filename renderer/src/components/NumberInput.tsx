import { Button, FieldError, Group, Input, Label, NumberField, Text, type NumberFieldProps } from 'react-aria-components';

interface Props extends Omit<NumberFieldProps, 'children' | 'className' | 'formatOptions' | 'step'> {
  label: string;
  description?: string;
  testId?: string;
}

/** A labelled whole-number field with − / + steppers (the input is narrow, its label and help are not); errors come from the enclosing Form, as in TextInput. */
export function NumberInput({ label, description, testId, ...props }: Props) {
  return (
    <NumberField {...props} step={1} className="field" formatOptions={{ maximumFractionDigits: 0 }}>
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Button slot="decrement" className="button button-quiet stepper">
          −
        </Button>
        <Input className="input input-number" data-testid={testId} />
        <Button slot="increment" className="button button-quiet stepper">
          +
        </Button>
      </Group>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error" />
    </NumberField>
  );
}
