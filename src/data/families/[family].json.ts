// One family's observations with their provenance (see ../observation-rows.ts), for its page.
import {parseArgs} from "node:util";
import {observationRows} from "../observation-rows.js";

const {values} = parseArgs({options: {family: {type: "string"}}});
if (!values.family) throw new Error("usage: [family].json.ts --family=<family>");
process.stdout.write(JSON.stringify(await observationRows(values.family)));
