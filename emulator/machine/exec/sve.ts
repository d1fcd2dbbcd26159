// Semantics of the SVE forms of the instruction table (emulator/isa/groups/sveData.ts, sveLoadStore.ts, sveArith.ts). The
// emulator neither implements nor advertises SVE (ID_AA64PFR0_EL1.SVE = 0, no HWCAP_SVE), so, as on a CPU without
// SVE (Linux: SIGILL with ILL_ILLOPC), every SVE form raises the same undefined-instruction fault as a word the
// table does not describe.

import { sveDataForms, type SveDataFormId } from '../../isa/groups/sveData.js';
import { sveLoadStoreForms, type SveLoadStoreFormId } from '../../isa/groups/sveLoadStore.js';
import { sveArithForms, type SveArithFormId } from '../../isa/groups/sveArith.js';
import { type Builder, undefinedOp } from './common.js';

const undefinedInstruction: Builder = (d) => undefinedOp(d.word);

/** Every SVE form: an undefined instruction. */
export const sveSemantics = Object.fromEntries(
  [...sveDataForms, ...sveLoadStoreForms, ...sveArithForms].map((f) => [f.id, undefinedInstruction]),
) as Readonly<Record<SveDataFormId | SveLoadStoreFormId | SveArithFormId, Builder>>;
