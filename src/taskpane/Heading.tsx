import { createElement, forwardRef, type HTMLAttributes } from "react";

export type Level = 2 | 3 | 4 | 5 | 6;

/** A heading whose level depends on where its section sits (the scheduling card is used at two depths). */
export const Heading = forwardRef<HTMLHeadingElement, { level: Level } & HTMLAttributes<HTMLHeadingElement>>(
  function Heading({ level, ...props }, ref) {
    return createElement("h" + level, { ...props, ref });
  },
);
