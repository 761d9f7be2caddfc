import { Button } from "../../../components/button";

export const widget = Button;
