// Every English message, one module per area of the interface; the keys are the typed message keys.
import { shell } from './shell';

export const en = { ...shell };
export type EnglishMessages = typeof en;
