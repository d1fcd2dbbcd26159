// The loads/stores encoding group (integer registers only; SIMD&FP register and structure loads/stores are in
// ./simdLoadStore.ts): single register in every addressing mode, pairs, exclusives, acquire/release, RCpc and LSE atomics,
// and the memory copy/set instructions (MOPS, including the tag-setting SETG*).
// The registry imports these two arrays; the forms themselves live in the loadStore*.ts files by family.

import { loadStoreSingleForms, loadStoreSingleAliases } from './loadStoreSingle.js';
import { loadStorePairForms } from './loadStorePair.js';
import { loadStoreAtomicForms, loadStoreAtomicAliases } from './loadStoreAtomic.js';
import { loadStoreMopsForms } from './loadStoreMops.js';

export const loadStoreForms = [...loadStoreSingleForms, ...loadStorePairForms, ...loadStoreAtomicForms, ...loadStoreMopsForms];

export const loadStoreAliases = [...loadStoreSingleAliases, ...loadStoreAtomicAliases];
