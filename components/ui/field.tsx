import { cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type ControlProps = {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
};

export type FieldProps = {
  label: ReactNode;
  /** One control: Input, Textarea, Select or any element that accepts id / aria-* props. */
  children: ReactElement<ControlProps>;
  /** Help text under the label, read out with the control. */
  description?: ReactNode;
  /** Validation message; marks the control aria-invalid and is announced with it. */
  error?: ReactNode;
  /** Defaults to the control's own id, or a generated one. */
  id?: string;
  required?: boolean;
  className?: string;
};

/**
 * Label + control + description + error, wired for assistive tech: the label points at the control,
 * and the control is described by the help text and the error. Works in server and client components.
 */
export function Field({ label, children, description, error, id, required, className }: FieldProps) {
  const generated = useId();
  const controlId = id ?? children.props.id ?? `field${generated}`;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy =
    [children.props["aria-describedby"], descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        required: required ?? children.props.required,
        "aria-describedby": describedBy,
        "aria-invalid": error ? true : children.props["aria-invalid"],
      })
    : children;

  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={controlId}>
        {label}
        {required ? (
          <span aria-hidden className="ml-0.5 text-danger">
            *
          </span>
        ) : null}
      </Label>
      {description ? (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {control}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-subtle-foreground">
          {error}
        </p>
      ) : null}
    </div>
  );
}
