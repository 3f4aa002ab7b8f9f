// Every English message, one module per area of the interface; the keys are the typed message keys.
import { shell } from './shell';
import { gallery } from './gallery';
import { diagram } from './diagram';

export const en = { ...shell, ...gallery, ...diagram };
export type EnglishMessages = typeof en;
