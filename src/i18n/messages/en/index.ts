// Every English message, one module per area of the interface; the keys are the typed message keys.
import { shell } from './shell';
import { diagram } from './diagram';

export const en = { ...shell, ...diagram };
export type EnglishMessages = typeof en;
