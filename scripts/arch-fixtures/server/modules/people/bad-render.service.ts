import { render } from "@react-email/render";

export const toHtml = render;
