// Every family's observations with their provenance (see observation-rows.ts), for the overview.
import {observationRows} from "./observation-rows.js";

process.stdout.write(JSON.stringify(await observationRows()));
