"use client";
// Opens the composer, optionally prefilled (a person, a message).
import { Award } from "lucide-react";
import { type ComposePrefill, openComposer } from "@/components/recognition/compose";
import { Button, type ButtonProps } from "@/components/ui/button";

export function RecogniseButton({ prefill, children, ...props }: ButtonProps & { prefill?: ComposePrefill }) {
  return (
    <Button type="button" onClick={() => openComposer(prefill)} {...props}>
      <Award aria-hidden />
      {children}
    </Button>
  );
}
