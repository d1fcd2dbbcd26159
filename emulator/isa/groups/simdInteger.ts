// Advanced SIMD integer arithmetic: one list of the forms and aliases of ./simdIntegerSame.ts (three same, two-
// register miscellaneous, across lanes), ./simdIntegerShift.ts (shift by immediate) and ./simdIntegerLong.ts
// (three different, by element), registered in ../registry.ts.

import { simdIntegerLongAliases, simdIntegerLongForms } from './simdIntegerLong.js';
import { simdIntegerSameAliases, simdIntegerSameForms } from './simdIntegerSame.js';
import { simdIntegerShiftAliases, simdIntegerShiftForms } from './simdIntegerShift.js';

export const simdIntegerForms = [...simdIntegerSameForms, ...simdIntegerShiftForms, ...simdIntegerLongForms];
export const simdIntegerAliases = [...simdIntegerSameAliases, ...simdIntegerShiftAliases, ...simdIntegerLongAliases];

/** Id of every Advanced SIMD integer form (the executor maps each to semantics). */
export type SimdIntegerFormId = (typeof simdIntegerForms)[number]['id'];
