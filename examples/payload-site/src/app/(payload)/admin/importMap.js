import { SmulaLanguageSelect as SmulaLanguageSelect_4eb1a320c66c0ef8fe1bd36dbd725311 } from '@smula/cms-plugin/client'
import { SmulaConfigStatus as SmulaConfigStatus_4eb1a320c66c0ef8fe1bd36dbd725311 } from '@smula/cms-plugin/client'
import { SmulaTestConnection as SmulaTestConnection_4eb1a320c66c0ef8fe1bd36dbd725311 } from '@smula/cms-plugin/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@smula/cms-plugin/client#SmulaLanguageSelect": SmulaLanguageSelect_4eb1a320c66c0ef8fe1bd36dbd725311,
  "@smula/cms-plugin/client#SmulaConfigStatus": SmulaConfigStatus_4eb1a320c66c0ef8fe1bd36dbd725311,
  "@smula/cms-plugin/client#SmulaTestConnection": SmulaTestConnection_4eb1a320c66c0ef8fe1bd36dbd725311,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
