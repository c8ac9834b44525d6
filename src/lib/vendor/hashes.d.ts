// Types of hashes.js, the bundle scripts/bundle-vendor.mjs writes here.
export {sha256} from "@noble/hashes/sha2.js";
