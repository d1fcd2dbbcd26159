// The loads/stores encoding group (integer registers only; SIMD&FP register loads/stores are not described
// yet): single register in every addressing mode, pairs, exclusives, acquire/release, RCpc and LSE atomics.
// The registry imports these two arrays; the forms themselves live in the loadStore*.ts files by family.

import { loadStoreSingleForms, loadStoreSingleAliases } from './loadStoreSingle.js';
import { loadStorePairForms } from './loadStorePair.js';
import { loadStoreAtomicForms, loadStoreAtomicAliases } from './loadStoreAtomic.js';

export const loadStoreForms = [...loadStoreSingleForms, ...loadStorePairForms, ...loadStoreAtomicForms];

export const loadStoreAliases = [...loadStoreSingleAliases, ...loadStoreAtomicAliases];
