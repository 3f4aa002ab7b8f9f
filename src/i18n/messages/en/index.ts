// Every English message, one module per area of the interface; the keys are the typed message keys.
import { shell } from './shell';
import { gallery } from './gallery';
import { diagram } from './diagram';
import { lessons } from './lessons';
import { editor } from './editor';

export const en = { ...shell, ...gallery, ...diagram, ...lessons, ...editor };
export type EnglishMessages = typeof en;
