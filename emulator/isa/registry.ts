// The one instruction table: every encoding group's forms and aliases, in the order the assembler tries them.
// `FormId` is the union of all non-alias form ids (the executor maps it to semantics); `AliasId` the aliases.
// To add an encoding group, import its two arrays here (see the guide at the top of ./table.ts).

import { dataProcessingImmediateAliases, dataProcessingImmediateForms } from './groups/dataProcessingImmediate.js';
import { loadStoreAliases, loadStoreForms } from './groups/loadStore.js';
import { dataProcessingRegisterAliases, dataProcessingRegisterForms } from './groups/dataProcessingRegister.js';
import { branchAliases, branchForms } from './groups/branch.js';
import { systemAliases, systemForms } from './groups/system.js';
import { memoryTaggingAliases, memoryTaggingForms } from './groups/memoryTagging.js';
import { simdLoadStoreAliases, simdLoadStoreForms } from './groups/simdLoadStore.js';
import { simdIntegerAliases, simdIntegerForms } from './groups/simdInteger.js';
import { simdPermuteAliases, simdPermuteForms } from './groups/simdPermute.js';
import { simdFloatScalarAliases, simdFloatScalarForms } from './groups/simdFloat.js';
import { simdFloatVectorAliases, simdFloatVectorForms } from './groups/simdFloatVector.js';
import { simdRdmAliases, simdRdmForms } from './groups/simdRdm.js';
import { simdAesAliases, simdAesForms } from './groups/simdAes.js';
import { simdShaAliases, simdShaForms } from './groups/simdSha.js';
import { simdSha3Aliases, simdSha3Forms } from './groups/simdSha3.js';
import { simdBf16Aliases, simdBf16Forms } from './groups/simdBf16.js';
import { simdI8mmAliases, simdI8mmForms } from './groups/simdI8mm.js';
import { sveDataAliases, sveDataForms } from './groups/sveData.js';
import { sveLoadStoreAliases, sveLoadStoreForms } from './groups/sveLoadStore.js';
import { sveArithAliases, sveArithForms } from './groups/sveArith.js';
import type { FormDef } from './table.js';

/** All real (non-alias) instruction forms. */
export const allForms = [
  ...dataProcessingImmediateForms,
  ...dataProcessingRegisterForms,
  ...loadStoreForms,
  ...branchForms,
  ...systemForms,
  ...memoryTaggingForms,
  ...simdLoadStoreForms,
  ...simdIntegerForms,
  ...simdPermuteForms,
  ...simdFloatVectorForms,
  ...simdFloatScalarForms,
  ...simdRdmForms,
  ...simdAesForms,
  ...simdShaForms,
  ...simdSha3Forms,
  ...simdBf16Forms,
  ...simdI8mmForms,
  ...sveDataForms,
  ...sveLoadStoreForms,
  ...sveArithForms,
];

/** All aliases (preferred disassembly and assembler-only spellings). */
export const allAliases = [
  ...dataProcessingImmediateAliases,
  ...dataProcessingRegisterAliases,
  ...loadStoreAliases,
  ...branchAliases,
  ...systemAliases,
  ...memoryTaggingAliases,
  ...simdLoadStoreAliases,
  ...simdIntegerAliases,
  ...simdPermuteAliases,
  ...simdFloatVectorAliases,
  ...simdFloatScalarAliases,
  ...simdRdmAliases,
  ...simdAesAliases,
  ...simdShaAliases,
  ...simdSha3Aliases,
  ...simdBf16Aliases,
  ...simdI8mmAliases,
  ...sveDataAliases,
  ...sveLoadStoreAliases,
  ...sveArithAliases,
];

/** Id of every non-alias instruction form: `{ [K in FormId]: Semantics }` proves the executor covers them all. */
export type FormId = (typeof allForms)[number]['id'];
/** Id of every alias. */
export type AliasId = (typeof allAliases)[number]['id'];

/**
 * Compile-time guard: if any group builds a form with a plain `string` id (a non-generic helper), FormId
 * collapses to `string` and the executor's coverage check proves nothing. This line then fails to compile.
 */
const formIdIsLiteralUnion: string extends FormId ? 'FormId collapsed to string: a group builds ids as plain strings' : true = true;
void formIdIsLiteralUnion;

/** Forms then aliases, as one list. */
export const allDefs: readonly FormDef[] = [...allForms, ...allAliases];
